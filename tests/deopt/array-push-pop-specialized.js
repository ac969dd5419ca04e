// `a.push(v)` and `a.pop()` on a packed array become a map check and
// machine code on the elements (no builtin call); `a.length` of a
// packed array is its element count. A double pushed into a Smi array
// would change the elements kind: that deopts, and the push still happens.
// deopt: function=collect reason=not a Smi
function collect(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number') out.push(v);
  }
  const last = out.pop();
  return out.length + ':' + last + ':' + out.join(',');
}

%PrepareFunctionForOptimization(collect);
console.log(collect(['a', 1, 2, 3]));
console.log(collect(['b', 4, 5]));
%OptimizeFunctionOnNextCall(collect);
console.log(collect(['c', 6, 7, 8, 9]));
console.log(collect(['d', 1, 2.5, 3]));
console.log(collect(['e']));
