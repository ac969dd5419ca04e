// An object returned by an inlined callee stays removed in the caller
// (the callee's return merges into the caller); two of them are rebuilt
// when a guard in the caller fails.
// deopt: function=length reason=not a Smi materialized=2
function point(x, y) {
  return { x: x, y: y };
}
function length(ax, ay, bx, by) {
  const a = point(ax, ay);
  const b = point(bx, by);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return dx * dx + dy * dy + ' from ' + a.x + ',' + a.y + ' to ' + b.x + ',' + b.y;
}

%PrepareFunctionForOptimization(point);
%PrepareFunctionForOptimization(length);
console.log(length(0, 0, 3, 4));
console.log(length(1, 1, 4, 5));
%OptimizeFunctionOnNextCall(length);
console.log(length(2, 2, 5, 6));
console.log(length(2, 2, 5.5, 6));
console.log(length(0, 0, 1, 1));
