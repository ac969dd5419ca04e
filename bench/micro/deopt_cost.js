// The cost of one deopt with an inlined frame and two materialized
// objects: `outer` keeps two removed objects alive across an inlined call
// to `inner`, whose int32 speculation fails once. Run with
// `--allow-natives-syntax --trace-deopt`: the bailout line reports
// "frames 2, materialized 2, took … ms" (the deoptimizer's own time).
function inner(a, b) { return a + b; }
function outer(x) {
  const p = { x: x, y: 1 };
  const q = { p: p, tag: 2 };
  const r = inner(x, q.tag);
  return r + q.p.y + p.x;
}
%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(outer);
for (let i = 0; i < 20; i++) outer(i);
%OptimizeFunctionOnNextCall(outer);
console.log(outer(1));
console.log(outer(2147483647));
