exports.name = 'b';
exports.loaded = false;
const a = require('./cycle_a.js');
console.log('in b, a.loaded =', a.loaded, 'a.name =', a.name);
exports.sawA = { loaded: a.loaded, name: a.name };
exports.loaded = true;
