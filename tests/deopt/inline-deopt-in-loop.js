// Needs inlining: a callee inlined in a loop deopts in some iteration (its
// int32 multiplication overflows); the rebuilt frames are the loop's function (with its phis) and the callee.
// deopt: function=sumSquares reason=overflow frames=2
function sq(v) { return v * v; }
function sumSquares(arr) {
  let s = 0;
  let i = 0;
  while (i < arr.length) {
    s = s + sq(arr[i]);
    i = i + 1;
  }
  return s;
}

%PrepareFunctionForOptimization(sq);
%PrepareFunctionForOptimization(sumSquares);
console.log(sumSquares([1, 2, 3]));
console.log(sumSquares([4, 5]));
%OptimizeFunctionOnNextCall(sumSquares);
console.log(sumSquares([6, 7, 8]));
console.log(sumSquares([1, 2, 65536, 3]));
console.log(sumSquares([2, 2]));
