// Called with fewer arguments than parameters: the missing one is
// undefined, which the int32 guard rejects; the interpreter yields NaN.
// Extra arguments are accepted and ignored before and after the deopt.
// deopt: function=sum3 reason=not a Smi
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function sum3(a, b, c) { return a + b + c; }

%PrepareFunctionForOptimization(sum3);
console.log(sum3(1, 2, 3));
console.log(sum3(4, 5, 6, 7));
%OptimizeFunctionOnNextCall(sum3);
console.log(sum3(10, 20, 30, 40, 50));
console.log('[opt] sum3', status(sum3));
console.log(sum3(1, 2));
console.log('[opt] sum3', status(sum3));
console.log(sum3(1));
console.log(sum3(1, 2, 3, 'extra'));
console.log(sum3(1, 2, '3'));
