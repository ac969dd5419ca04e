// Same map, but a field that held small integers now holds a double:
// the load passes its map check and the int32 guard on the value fails.
// deopt: function=inc reason=not a Smi
function inc(o) { return o.n + 1; }

const cell = { n: 1 };
%PrepareFunctionForOptimization(inc);
console.log(inc(cell));
console.log(inc({ n: 41 }));
%OptimizeFunctionOnNextCall(inc);
console.log(inc(cell));
cell.n = 0.5;
console.log(inc(cell));
cell.n = 'str';
console.log(inc(cell));
