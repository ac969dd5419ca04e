// The optimized function's own arguments object, removed while it does not
// escape: lengths, indices inside and outside, leaks, apply, deopts.
"use strict";
function sum() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
function first() { return arguments.length > 0 ? arguments[0] : 'none'; }
function sloppyMax(a, b) { return arguments.length + (arguments[1] === undefined ? 0 : 1); }
function leak() { return arguments; }
function passOn() { return sum.apply(null, arguments); }
let t = 0;
for (let i = 0; i < 20000; i++) { t += sum(i, 1, 2) + sum() + sum(1) + first(i) + sloppyMax(i) + passOn(1, 2, i); }
console.log(t, first(), leak(1, 2, 3), passOn(5, 6));
// deopt with the arguments object live: a string arrives
function withDeopt(x) { const a = arguments; let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * 2; return [s, a.length, a]; }
for (let i = 0; i < 10000; i++) withDeopt(1, 2, i);
console.log(withDeopt(1, 2, 3), withDeopt('x', 4), withDeopt(1, 2, 3, 4, 5));
function oob() { return arguments[3]; }
for (let i = 0; i < 10000; i++) oob(1, 2, 3, 4);
console.log(oob(1), oob(1, 2, 3, 4, 5));
