// A store site that only wrote inside the array is optimized with a bounds
// check; writing past the end (growing the array) deopts.
// deopt: function=put reason=out of bounds
function put(a, i, v) { a[i] = v; return a.length; }
const arr = [1, 2, 3, 4];
%PrepareFunctionForOptimization(put);
console.log(put(arr, 0, 5), put(arr, 3, 6));
%OptimizeFunctionOnNextCall(put);
console.log(put(arr, 1, 7));
console.log(put(arr, 4, 8));
console.log(arr);
