// helper module: uses exports.x = ...
exports.add = (a, b) => a + b;
exports.mul = (a, b) => a * b;
exports.PI_ISH = 3.14;
let loadCount = (globalThis.__mathLoads = (globalThis.__mathLoads || 0) + 1);
exports.loadCount = loadCount;
