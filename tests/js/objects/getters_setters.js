const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get c() { return this._c; },
};
console.log(temp.f, temp.c);
temp.f = 212;
console.log(temp.f, temp.c);
temp.c = 0;
console.log(temp.c);
const log = [];
const tracked = {
  _v: 0,
  get v() { log.push('get'); return this._v; },
  set v(n) { log.push('set ' + n); this._v = n; },
};
tracked.v++;
tracked.v += 10;
console.log(tracked.v, log);
const o = {};
Object.defineProperty(o, 'ro', { value: 1, writable: false, enumerable: true });
o.ro = 2;
console.log(o.ro);
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
console.log(Object.keys(o), o.hidden, JSON.stringify(o));
Object.defineProperty(o, 'computed', { get() { return this.ro * 100; }, enumerable: true, configurable: true });
console.log(o.computed, o);
const desc = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(Object.getOwnPropertyDescriptor(o, 'ro'));
const onlyGetter = { get g() { return 1; } };
onlyGetter.g = 5;
console.log(onlyGetter.g);
const proto = { get kind() { return 'proto-' + this.name; } };
const child = Object.create(proto);
child.name = 'child';
console.log(child.kind);
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
