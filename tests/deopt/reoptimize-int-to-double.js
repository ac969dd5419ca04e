// Int32 code deopts on a double; the re-optimized code speculates float64
// and then deopts on a string ("not a Number"); the third code is generic.
// deopt: function=scale reason=not a Smi
// deopt: function=scale reason=not a Number
// deopt: exactly
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function scale(x, k) { return x * k; }

%PrepareFunctionForOptimization(scale);
console.log(scale(2, 3));
console.log(scale(4, 5));
%OptimizeFunctionOnNextCall(scale);
console.log(scale(6, 7));
console.log('[opt] scale', status(scale));
console.log(scale(1.5, 2));
console.log('[opt] scale', status(scale));
%OptimizeFunctionOnNextCall(scale);
console.log(scale(2.5, 4));
console.log('[opt] scale', status(scale));
console.log(scale('3', 3));
console.log('[opt] scale', status(scale));
%OptimizeFunctionOnNextCall(scale);
console.log(scale('4', 0.25));
console.log('[opt] scale', status(scale));
console.log(scale(10, 10), scale('x', 1));
console.log('[opt] scale', status(scale));
