// Cyclic requires: b sees a partially-initialised a
console.log('requiring a');
const a = require('./_modules/cycle_a.js');
console.log('a done:', a);
const b = require('./_modules/cycle_b.js');
console.log('b from cache:', b);
console.log(a.fromB, b.sawA);
console.log('a.loaded', a.loaded, 'b.loaded', b.loaded);
const a2 = require('./_modules/cycle_a.js');
const b2 = require('./_modules/cycle_b.js');
console.log(a2 === a, b2 === b);
console.log(Object.keys(a), Object.keys(b));
console.log(typeof a.fromB, typeof b.sawA.loaded);
// requiring b first from a fresh name would still hit the cache
const viaB = require('./_modules/cycle_b');
console.log(viaB === b);
console.log('done');
