// %DeoptimizeNow at the bottom of a recursion: only the innermost
// activation deopts; the outer optimized activations combine its result.
// deopt: function=walk reason=%DeoptimizeNow
function walk(n, acc) {
  if (n === 0) {
    %DeoptimizeNow();
    return acc;
  }
  return walk(n - 1, acc + n) * 2;
}

%PrepareFunctionForOptimization(walk);
console.log(walk(3, 0));
console.log(walk(4, 1));
%OptimizeFunctionOnNextCall(walk);
console.log(walk(5, 0));
console.log(walk(6, 2));
