// Soft deopt on a cold branch, then re-optimization with the branch's
// feedback now present: the second code runs both paths without deopting.
// deopt: function=pick reason=Insufficient type feedback for generic named access
// deopt: exactly
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function pick(flag, a, b) {
  if (flag) {
    return a * b;
  }
  return a + b;
}

%PrepareFunctionForOptimization(pick);
console.log(pick(false, 2, 3));
console.log(pick(false, 4, 5));
%OptimizeFunctionOnNextCall(pick);
console.log(pick(false, 6, 7));
console.log('[opt] pick', status(pick));
console.log(pick(true, 6, 7));
console.log('[opt] pick', status(pick));
%OptimizeFunctionOnNextCall(pick);
console.log(pick(true, 8, 9));
console.log('[opt] pick', status(pick));
console.log(pick(false, 8, 9));
console.log(pick(true, 10, 11));
console.log('[opt] pick', status(pick));
