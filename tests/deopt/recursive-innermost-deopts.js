// Only the innermost of several optimized activations deopts (its guard
// sees an overflow); the outer activations keep running the old optimized
// code, whose guards still hold (the leaf's `| 0` brings the result back
// into int32), and receive the interpreter's result.
// deopt: function=down reason=overflow
// deopt: exactly
function down(n, x) {
  if (n === 0) return (x + 1) | 0;
  return down(n - 1, x) + 1;
}

%PrepareFunctionForOptimization(down);
console.log(down(3, 10));
console.log(down(5, 20));
%OptimizeFunctionOnNextCall(down);
console.log(down(4, 30));
console.log(down(6, 2147483647));
console.log(down(2, 5));
