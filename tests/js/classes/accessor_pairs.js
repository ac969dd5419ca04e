// Accessor pairs completed by a second definition (get then set, set then
// get, object literals, defineProperty) keep both halves, their
// attributes, and stay fast through later redefinitions; hot assignments
// through inherited setters see every redefinition.
class A {
  get x() { return 'A.get'; }
  set x(v) { this.log.push('A.set ' + v); }
}
class B {
  set x(v) { this.log.push('B.set ' + v); }
  get x() { return 'B.get'; }
  static get s() { return 'static get'; }
  static set s(v) { B.saved = v; }
}
for (const C of [A, B]) {
  const d = Object.getOwnPropertyDescriptor(C.prototype, 'x');
  console.log(C.name, typeof d.get, typeof d.set, d.enumerable, d.configurable);
  const o = new C();
  o.log = [];
  o.x = 1;
  console.log(o.x, o.log);
}
B.s = 5;
console.log(B.s, B.saved);

const lit = {
  get v() { return this._v * 2; },
  set v(x) { this._v = x; },
  _v: 1,
};
lit.v = 21;
console.log(lit.v, Object.keys(lit), JSON.stringify(Object.getOwnPropertyDescriptor(lit, 'v')));

function assignAll(objects, value) {
  for (const o of objects) o.x = value;
}
const objs = [];
for (let i = 0; i < 4; i++) {
  const o = new A();
  o.log = [];
  objs.push(o);
}
for (let i = 0; i < 2000; i++) assignAll(objs, i);
console.log(objs[0].log.length, objs[3].log[1999]);
Object.defineProperty(A.prototype, 'x', { set(v) { this.log.push('redefined ' + v); } });
assignAll(objs, 'last');
console.log(objs[0].log.length, objs[0].log[2000], objs[0].x);
Object.defineProperty(A.prototype, 'x', { get() { return 'new getter'; } });
assignAll(objs, 'again');
console.log(objs[1].log[2001], objs[1].x);
Object.defineProperty(A.prototype, 'x', { value: 'data', writable: true });
assignAll(objs, 'own');
console.log(objs[2].x, Object.keys(objs[2]), A.prototype.x);
