// The cost of one deopt of a 3-frame inlined stack with two materialized
// objects: `outer` keeps two removed objects alive across a call to
// `middle`, inlined together with its callee `inner`, whose int32
// speculation fails once. Run with `--allow-natives-syntax --trace-deopt`:
// the bailout line reports "frames 3, materialized 2, took … ms" (the
// deoptimizer's own time).
function inner(a, b) { return a + b; }
function middle(a, b) { return inner(a, b) - 1; }
function outer(x) {
  const p = { x: x, y: 1 };
  const q = { p: p, tag: 2 };
  const r = middle(x, q.tag);
  return r + q.p.y + p.x;
}
%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(middle);
%PrepareFunctionForOptimization(outer);
for (let i = 0; i < 20; i++) outer(i);
%OptimizeFunctionOnNextCall(outer);
console.log(outer(1));
console.log(outer(2147483647));
