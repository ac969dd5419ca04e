// The loop condition itself deopts: `x` is a loop phi that the call to
// next() turns into a double in some iteration (next's double branch has
// feedback, so an inlined next computes it without deopting), and the
// int32 comparison at the loop header rejects it. The interpreter resumes
// at the header with the phis (x, steps, trail) as they were at the end of
// the last iteration.
// deopt: function=walk reason=not a Smi frames=1
function next(x) {
  if (x > 6) return x + 0.5;
  return x + 2;
}
function walk(start, limit) {
  let x = start;
  let steps = 0;
  let trail = '';
  while (x < limit) {
    trail = trail + x + ' ';
    x = next(x);
    steps = steps + 1;
  }
  return steps + ': ' + trail + '-> ' + x;
}

console.log(next(7), next(8));
%PrepareFunctionForOptimization(walk);
console.log(walk(0, 6));
console.log(walk(1, 5));
%OptimizeFunctionOnNextCall(walk);
console.log(walk(2, 6));
console.log(walk(0, 9));
console.log(walk(3, 12));
