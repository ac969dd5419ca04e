'use strict';
// Number -> string round-tripping in several magnitudes
const vals = [];
for (let e = -10; e <= 25; e += 5) vals.push(10 ** e);
for (const v of vals) console.log(v, String(v * 1.5), -v / 3);
const specials = [1e21 - 1e5, 999999999999999900000, 1e21, 1.2345e-7, 0.00001, 1 / 1024,
  2 ** -20, 2 ** 64, 123456789.123456789, 0.1 * 0.1, 1.1 * 1.1, 100 / 3];
for (const v of specials) console.log(v);
console.log(specials);
console.log((1234.5678).toFixed(2), (0.000001).toFixed(7), (1e21).toFixed(2));
console.log((123.456).toPrecision(4), (0.00123).toPrecision(2), (123456).toPrecision(2));
console.log((123456).toExponential(2), (0.00015).toExponential(), (1).toExponential(3));
const boundaries = [999999999999999999999, 1000000000000000000000, 0.000001, 0.00000099999];
for (const b of boundaries) console.log(b, String(b), b.toString().length);
for (let e = 15; e <= 23; e++) console.log(e, 10 ** e, -(10 ** e) * 1.25);
for (let e = -5; e >= -9; e--) console.log(e, 10 ** e, 3 * 10 ** e);
console.log(2 ** -1074, 2 ** 1023, 2 ** 1024);
