// A branch never taken during warm-up has no feedback: the optimizer
// compiles it as an unconditional soft deopt, reached later.
// deopt: function=clamp reason=Insufficient type feedback for generic named access
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function clamp(x, limit) {
  if (x > limit) {
    return limit * 2 - x;
  }
  return x + 1;
}

%PrepareFunctionForOptimization(clamp);
console.log(clamp(1, 10));
console.log(clamp(5, 10));
%OptimizeFunctionOnNextCall(clamp);
console.log(clamp(9, 10));
console.log('[opt] clamp', status(clamp));
console.log(clamp(15, 10));
console.log('[opt] clamp', status(clamp));
console.log(clamp(12, 10), clamp(3, 10));
