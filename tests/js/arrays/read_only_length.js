// A read-only array length (defineProperty, freeze): growing fails, elements stay writable.
'use strict';
const a = [1, 2, 3];
Object.defineProperty(a, 'length', { writable: false });
console.log(Object.getOwnPropertyDescriptor(a, 'length'));
for (const f of [() => a.push(4), () => { a[3] = 4; }, () => { a.length = 1; }, () => Object.defineProperty(a, 3, { value: 1 })]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.message); }
}
a[0] = 9; console.log(a, a.length, Object.isFrozen(a), Reflect.set(a, 5, 1), Reflect.defineProperty(a, 'length', { value: 3 }), Reflect.defineProperty(a, 'length', { value: 2 }));
const b = Object.freeze([1, 2]);
console.log(Object.getOwnPropertyDescriptor(b, 'length'), Object.isFrozen(b), b);
const c = [1, 2, 3, 4];
Object.defineProperty(c, 'length', { value: 2, writable: false });
console.log(c, c.length, Object.keys(c));
const s = Object.seal([1]); console.log(Object.getOwnPropertyDescriptor(s, 'length'), Object.isSealed(s));
