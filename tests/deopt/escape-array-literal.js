// Escape analysis: a non-escaping array literal is rebuilt with its
// elements when the sum of its elements overflows.
// deopt: function=triple reason=overflow materialized=1
function triple(a, b) {
  const arr = [a, b, a - b];
  const s = arr[0] + arr[1];
  return arr.length + ' ' + arr.join('/') + ' ' + s;
}

%PrepareFunctionForOptimization(triple);
console.log(triple(1, 2));
console.log(triple(5, 3));
%OptimizeFunctionOnNextCall(triple);
console.log(triple(10, 20));
console.log(triple(2147483647, 1));
console.log(triple(4, 4));
