// Lazy deopt: `outer` is optimized and on the stack when the function it
// calls discards outer's code (%DeoptimizeFunction). The activation keeps
// running until that call returns, then deoptimizes lazily and finishes in
// the interpreter, resuming after the call with its result.
// deopt: function=outer reason=code invalidated kind=deopt-lazy
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
let invalidate = false;
function callee(x) {
  if (invalidate) %DeoptimizeFunction(outer);
  return x * 2;
}
function outer(a) {
  const before = a + 1;
  const r = callee(a);
  return before + r;
}
%PrepareFunctionForOptimization(outer);
console.log(outer(1));
console.log(outer(2));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(3));
console.log('[opt] outer', status(outer));
invalidate = true;
console.log(outer(4));
console.log('[opt] outer', status(outer));
