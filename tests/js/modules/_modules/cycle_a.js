exports.name = 'a';
exports.loaded = false;
const b = require('./cycle_b.js');
console.log('in a, b.loaded =', b.loaded, 'b.name =', b.name);
exports.fromB = b.name;
exports.loaded = true;
