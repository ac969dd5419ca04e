// Inlining: a leaf callee called with more arguments than it declares
// (the extra ones are computed values) deopts; the rebuilt callee frame
// keeps the actual argument count, and the caller's frame resumes after
// the call with its own values intact.
// deopt: function=outer reason=not a Smi frames=2
function weigh(a, b) { return a * b + 1; }
function outer(x, y, z) {
  const extra = x - y;
  const r = weigh(z, y, extra, x + y);
  return r + ' ' + extra;
}

%PrepareFunctionForOptimization(weigh);
%PrepareFunctionForOptimization(outer);
console.log(outer(2, 3, 4));
console.log(outer(4, 5, 6));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(6, 7, 8));
console.log(outer(6, 2, 0.5));
console.log(outer(8, 9, 10));
