// Shrinking an array's length stops above a non-configurable element:
// [[Set]] fails (a TypeError in strict code), defineProperty throws, and
// Reflect answers false; elements above it are deleted first.
function fresh() {
  const a = [0, 1, 2, 3, 4];
  Object.defineProperty(a, '2', { value: 'fixed', configurable: false });
  return a;
}
let a = fresh();
a.length = 1;
console.log(a.length, a);
a = fresh();
try { (function () { 'use strict'; a.length = 0; })(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(a.length, a);
a = fresh();
try { Object.defineProperty(a, 'length', { value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(a.length, Reflect.set(fresh(), 'length', 0), Reflect.defineProperty(fresh(), 'length', { value: 0 }));
a = fresh();
a.length = 3;
console.log(a.length, a);
// Species results are written with CreateDataPropertyOrThrow.
class Frozen extends Array {
  static get [Symbol.species]() { return function () { return Object.freeze([]); }; }
}
for (const method of ['map', 'filter', 'slice', 'concat', 'flat', 'splice']) {
  try {
    const r = Frozen.from([1, 2])[method]((x) => x);
    console.log(method, r);
  } catch (e) {
    console.log(method, e.constructor.name, e.message);
  }
}
const nullCtor = [1, 2];
nullCtor.constructor = null;
try { nullCtor.map((x) => x); } catch (e) { console.log(e.constructor.name, e.message); }
const speciesNull = [1, 2];
speciesNull.constructor = { [Symbol.species]: null };
console.log(speciesNull.map((x) => x * 2));
