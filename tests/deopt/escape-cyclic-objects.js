// Needs escape analysis: two non-escaping objects pointing at each other.
// Materializing them must recreate the cycle (a.other.other === a).
// deopt: function=cycle reason=not a Smi materialized=2
function cycle(x, y) {
  const a = { v: x, other: null };
  const b = { v: y, other: a };
  a.other = b;
  const s = a.v + a.other.v;
  return s + ' ' + (a.other.other === a) + ' ' + (b.other.other === b) + ' ' + b.other.v;
}

%PrepareFunctionForOptimization(cycle);
console.log(cycle(1, 2));
console.log(cycle(3, 4));
%OptimizeFunctionOnNextCall(cycle);
console.log(cycle(5, 6));
console.log(cycle(5, 0.5));
console.log(cycle(7, 8));
