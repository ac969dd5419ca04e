// Needs inlining: %DeoptimizeNow inside an inlined callee. The caller's
// values computed before the call, and the callee's own locals, must be
// in the two rebuilt frames.
// deopt: function=outer reason=%DeoptimizeNow frames=2
function inner(v, w) {
  const t = v * w;
  %DeoptimizeNow();
  return t + 1;
}
function outer(a, b) {
  const before = a - b;
  const label = 'r' + a;
  const r = inner(a, b);
  return label + ' ' + before + ' ' + r;
}

%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(outer);
console.log(outer(3, 4));
console.log(outer(5, 6));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(7, 8));
console.log(outer(9, 10));
