// Needs escape analysis: two non-escaping objects share a third. The
// deoptimizer must materialize the shared object once, so that identity
// holds in the interpreter after the deopt.
// deopt: function=pair reason=not a Smi materialized=3
function pair(n, k) {
  const shared = { n: n };
  const a = { s: shared, tag: 'a' };
  const b = { s: shared, tag: 'b' };
  const t = a.s.n + k;
  b.s.n = t;
  return (a.s === b.s) + ' ' + a.s.n + ' ' + b.s.n + ' ' + a.tag + b.tag;
}

%PrepareFunctionForOptimization(pair);
console.log(pair(1, 2));
console.log(pair(3, 4));
%OptimizeFunctionOnNextCall(pair);
console.log(pair(5, 6));
console.log(pair(5, 6.5));
console.log(pair(7, 8));
