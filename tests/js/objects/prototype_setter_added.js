// Stores that add a property are cached as map transitions; a setter or a
// read-only property of that name appearing later on the prototype chain
// (or a new prototype, or a proxy in the chain) must be seen.
function add(o, v) { o.z = v; return o; }
function fresh() { return { a: 1 }; }
for (let i = 0; i < 50; i++) add(fresh(), i);
console.log(Object.keys(add(fresh(), 1)));

const seen = [];
Object.defineProperty(Object.prototype, 'z', {
  set(v) { seen.push(v); },
  configurable: true,
});
const o1 = add(fresh(), 2);
console.log(Object.keys(o1), o1.hasOwnProperty('z'), seen);
delete Object.prototype.z;
console.log(Object.keys(add(fresh(), 3)));

Object.defineProperty(Object.prototype, 'z', { value: 'read-only', configurable: true });
const o2 = add(fresh(), 4);
console.log(Object.keys(o2), o2.z);
delete Object.prototype.z;

class Base {}
function addTo(o) { o.tag = 'own'; return o; }
for (let i = 0; i < 50; i++) addTo(new Base());
Object.defineProperty(Base.prototype, 'tag', { set(v) { this.viaSetter = v; }, configurable: true });
console.log(Object.keys(addTo(new Base())));

const proto = {};
const child = Object.create(proto);
for (let i = 0; i < 50; i++) add(Object.create(proto), i);
const trapped = [];
Object.setPrototypeOf(proto, new Proxy({}, {
  set(target, key, value, receiver) { trapped.push(key); return true; },
}));
console.log(Object.keys(add(child, 5)), trapped);

// A setter two prototypes up that defines the property on the receiver:
// every store must still call it.
let calls = 0;
class A {
  set x(v) {
    calls++;
    Object.defineProperty(this, 'x', { value: v * 2, writable: true, enumerable: true, configurable: true });
  }
}
class B extends A {}
function f(o, v) { o.x = v; return o; }
let r;
for (let i = 0; i < 500; i++) r = f(new B(), i);
console.log(calls, r.x);
