// Summing an array whose elements were all small integers during warm-up;
// an array with a double element has another map (PACKED_DOUBLE), so the
// element load deopts on its map check, and the
// interpreter finishes the sum from that element on.
// deopt: function=sum reason=wrong map
function sum(arr) {
  let s = 0;
  let i = 0;
  const n = arr.length;
  while (i < n) {
    s = s + arr[i];
    i = i + 1;
  }
  return s;
}

%PrepareFunctionForOptimization(sum);
console.log(sum([1, 2, 3]));
console.log(sum([4, 5, 6, 7]));
%OptimizeFunctionOnNextCall(sum);
console.log(sum([10, 20, 30, 40, 50]));
console.log(sum([1, 2, 3, 0.5, 4, 5]));
console.log(sum([1, 2, 'x', 3]));
console.log(sum([]));
