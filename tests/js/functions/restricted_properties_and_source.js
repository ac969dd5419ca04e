// Function objects' restricted properties and the source text toString shows.
function f(){}
console.log(Object.getOwnPropertyNames(f), f.caller, f.arguments);
console.log(Object.getOwnPropertyNames(function(){ 'use strict' }));
const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable);
const e = Object.getOwnPropertyDescriptor(Function.prototype, 'arguments');
console.log(d.get === e.get);
try { (function(){ 'use strict' }).caller; } catch (x) { console.log(x.constructor.name, x.message); }
try { (() => 1).arguments; } catch (x) { console.log(x.constructor.name); }
console.log(Object.getOwnPropertyDescriptor(f, 'caller'));
class C { m() {} }
try { new C().m.caller } catch (x) { console.log(x.constructor.name); }
var o = { get /* a */ f() { return 1; }, async * g() {}, ["h"]() {} };
console.log(Object.getOwnPropertyDescriptor(o, "f").get.toString());
console.log(o.g.toString());
console.log(o.h.toString());
class C2 { static m() {} #p() {} static q(c) { return c.#p; } }
console.log(C2.m.toString());
console.log(C2.q(new C2()).toString());
class D { static /* s */ async *gen() {} get [`k${1}`]() { return 1; } set v(x) {} }
console.log(D.gen.toString());
console.log(Object.getOwnPropertyDescriptor(D.prototype, 'k1').get.toString());
console.log(Object.getOwnPropertyDescriptor(D.prototype, 'v').set.toString());
console.log(Object.getOwnPropertyNames(new Function('a', 'return a')), Object.getOwnPropertyNames(f.bind(null)));
