'use strict';
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
try { frozen.a = 2; } catch (e) { console.log(e.name, e.message); }
frozen.nested.b = 3;
console.log(frozen.nested.b);
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf([])).includes('map'));
console.log(Object.entries(Object.getOwnPropertyDescriptors({ get x() { return 1; }, y: 2 })).map(([k, d]) => `${k}:${'get' in d ? 'accessor' : 'data'}`));
const defined = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get() { return this.a + 1; }, enumerable: true },
  c: { value: 3 },
});
console.log(defined, defined.c, Object.keys(defined));
try { defined.a = 5; } catch (e) { console.log(e.name, e.message); }
try { delete defined.c; } catch (e) { console.log(e.name, e.message); }
console.log(Object.is(defined.a, 1));
const grouped = {};
for (const [k, v] of [['x', 1], ['y', 2], ['x', 3]]) grouped[k] = [...(grouped[k] ?? []), v];
console.log(grouped);
console.log([1, 2, 3].includes(2) && 'yes', null ?? 'nullish', 0 || 'falsy', 0 ?? 'not nullish');
