// The optimized function is entered through Function.prototype.call and
// apply (builtins calling back into JavaScript) and deopts there: first on
// a double, then (re-optimized for float64) on a missing argument.
// deopt: function=combine reason=not a Smi
// deopt: function=combine reason=not a Number
function combine(a, b) { return a * 10 + b; }

%PrepareFunctionForOptimization(combine);
console.log(combine.call(null, 1, 2));
console.log(combine.apply(null, [3, 4]));
%OptimizeFunctionOnNextCall(combine);
console.log(combine.call(null, 5, 6));
console.log(combine.call(null, 7, 0.5));
%OptimizeFunctionOnNextCall(combine);
console.log(combine.apply(null, [8, 9]));
console.log(combine.apply(null, [1, 2147483647]));
console.log(combine.apply(null, [2]));
console.log(combine.call(null, 3, 4, 5));
