// An element load that only saw in-bounds indices is optimized with a
// bounds check; reading past the end deopts and the interpreter returns
// undefined.
// deopt: function=at reason=out of bounds
function at(a, i) { return a[i]; }
const arr = [10, 20, 30];
%PrepareFunctionForOptimization(at);
for (let i = 0; i < 3; i++) console.log(at(arr, i));
%OptimizeFunctionOnNextCall(at);
console.log(at(arr, 2));
console.log(at(arr, 3));
console.log(at(arr, -1));
