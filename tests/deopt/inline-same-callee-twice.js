// Needs inlining: one callee inlined at two call sites. The second site's
// map check fails; the first site's result (already computed in the outer
// frame) must survive the deopt, which rebuilds outer + getX.
// deopt: function=dist reason=wrong map frames=2
function getX(p) { return p.x; }
function dist(a, b) {
  const xa = getX(a);
  const xb = getX(b);
  return xb - xa;
}

const p1 = { x: 3, y: 0 };
const p2 = { x: 10, y: 0 };
%PrepareFunctionForOptimization(getX);
%PrepareFunctionForOptimization(dist);
console.log(dist(p1, p2));
console.log(dist(p2, p1));
%OptimizeFunctionOnNextCall(dist);
console.log(dist(p1, p2));
console.log(dist(p1, { y: 1, x: 100 }));
console.log(dist({ x: 7 }, p2));
