// A loop whose running product overflows int32 after some iterations:
// the deopt happens inside the loop body and the interpreter continues the
// remaining iterations from the loop-carried values (the phis).
// deopt: function=factorial reason=overflow
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function factorial(n) {
  let acc = 1;
  let i = 2;
  while (i <= n) {
    acc = acc * i;
    i = i + 1;
  }
  return acc;
}

%PrepareFunctionForOptimization(factorial);
console.log(factorial(5));
console.log(factorial(7));
%OptimizeFunctionOnNextCall(factorial);
console.log(factorial(10));
console.log('[opt] factorial', status(factorial));
console.log(factorial(15));
console.log('[opt] factorial', status(factorial));
console.log(factorial(20));
console.log(factorial(12));
