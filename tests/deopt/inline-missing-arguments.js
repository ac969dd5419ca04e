// Needs inlining: a callee inlined at a call site that passes fewer
// arguments than it declares (the missing one is undefined) deopts; the
// rebuilt callee frame must still see `c` as undefined.
// deopt: function=outer reason=not a Smi frames=2
function inner(a, b, c) {
  const p = a * b;
  if (c === undefined) return p;
  return p + c;
}
function outer(x) { return inner(x, 3) + ' ' + inner(x, 4, 5); }

%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(outer);
console.log(outer(1));
console.log(outer(2));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(3));
console.log(outer(1.5));
console.log(outer(4));
