// A holey array's element load checks for the hole; reading a hole
// deopts, and the interpreter finds the element on the prototype chain
// (here: nothing, so undefined).
// deopt: function=sumFirst reason=hole
function sumFirst(a, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    s = s + (v === undefined ? 100 : v);
  }
  return s;
}
const holey = [1, 2, 3, 4];
holey[6] = 7;
%PrepareFunctionForOptimization(sumFirst);
console.log(sumFirst(holey, 4));
console.log(sumFirst(holey, 3));
%OptimizeFunctionOnNextCall(sumFirst);
console.log(sumFirst(holey, 4));
console.log(sumFirst(holey, 7));
