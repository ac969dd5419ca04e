// A sort comparator optimized for int32 elements deopts when the array
// holds doubles; the sort completes with the interpreter's results.
// deopt: function=byValue reason=not a Smi
function byValue(a, b) { return a - b; }

%PrepareFunctionForOptimization(byValue);
console.log([3, 1, 2].sort(byValue));
console.log([10, -5, 7, 0].sort(byValue));
%OptimizeFunctionOnNextCall(byValue);
console.log([9, 8, 7, 6, 5, 4, 3, 2, 1].sort(byValue));
console.log([2.5, 1, 3, 0.5, 2].sort(byValue));
console.log([5, 40, 100, 1].sort(byValue));
