// The optimized function is called by a builtin (Array.prototype.map) and
// deopts in the middle of the array; map receives the interpreter's result
// and carries on with the next elements.
// deopt: function=square reason=not a Smi
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function square(x) { return x * x; }

%PrepareFunctionForOptimization(square);
console.log([1, 2, 3].map(square));
console.log([4, 5].map(square));
%OptimizeFunctionOnNextCall(square);
console.log([6, 7, 8].map(square));
console.log('[opt] square', status(square));
console.log([9, 10, 1.5, 11, 12].map(square));
console.log('[opt] square', status(square));
console.log(['3', 4].map(square));
