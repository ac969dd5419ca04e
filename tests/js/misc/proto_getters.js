const base = {
  get description() { return `${this.kind}:${this.name}`; },
  set name(v) { this._name = v.toUpperCase(); },
  get name() { return this._name ?? 'unnamed'; },
  kind: 'base',
};
const mid = Object.create(base);
mid.kind = 'mid';
const leaf = Object.create(mid);
console.log(leaf.description);
leaf.name = 'leafy';
console.log(leaf.description, Object.keys(leaf), Object.hasOwn(leaf, 'name'));
console.log(mid.name, base.name);
class A {
  get who() { return 'A.who(' + this.tag + ')'; }
  get tag() { return 'a'; }
}
class B extends A {
  get tag() { return 'b'; }
}
class C extends B {
  get who() { return 'C+' + super.who; }
}
console.log(new A().who, new B().who, new C().who);
const calls = [];
const proto = {
  get lazy() {
    calls.push('computed');
    Object.defineProperty(this, 'lazy', { value: 'cached', writable: false });
    return 'first';
  },
};
const o1 = Object.create(proto);
console.log(o1.lazy, o1.lazy, o1.lazy, calls);
const o2 = Object.create(proto);
console.log(o2.lazy, calls.length);
const readOnlyProto = Object.create(Object.defineProperty({}, 'fixed', { value: 1, writable: false }));
readOnlyProto.fixed = 2;
console.log(readOnlyProto.fixed, Object.keys(readOnlyProto));
const setterOnly = Object.create({ set v(x) { this.log = (this.log || '') + x; } });
setterOnly.v = 'a';
setterOnly.v = 'b';
console.log(setterOnly.v, setterOnly.log, Object.keys(setterOnly));
