// Needs escape analysis: `p` never escapes, so its allocation is removed
// and its fields live in registers; when the addition deopts, the
// deoptimizer must allocate it again (one materialized object) because the
// interpreter reads it after the deopt point.
// deopt: function=sum reason=not a Smi materialized=1
function sum(x, y) {
  const p = { x: x, y: y };
  const s = p.x + p.y;
  return s + ' from ' + p.x + '+' + p.y;
}

%PrepareFunctionForOptimization(sum);
console.log(sum(1, 2));
console.log(sum(3, 4));
%OptimizeFunctionOnNextCall(sum);
console.log(sum(5, 6));
console.log(sum(7, 0.5));
console.log(sum('a', 1));
