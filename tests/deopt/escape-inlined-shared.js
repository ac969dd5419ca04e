// Needs inlining and escape analysis: a non-escaping object is passed to
// an inlined callee that deopts. Both rebuilt frames must refer to one
// materialized object: the callee's write after the deopt is seen by the
// caller.
// deopt: function=caller reason=not a Smi frames=2 materialized=1
function bump(o, by) {
  const n = o.count + by;
  o.count = n;
  return n;
}
function caller(start, by) {
  const o = { count: start };
  const r = bump(o, by);
  return r + ' ' + o.count;
}

%PrepareFunctionForOptimization(bump);
%PrepareFunctionForOptimization(caller);
console.log(caller(1, 2));
console.log(caller(3, 4));
%OptimizeFunctionOnNextCall(caller);
console.log(caller(5, 6));
console.log(caller(5, 0.5));
console.log(caller(7, 8));
