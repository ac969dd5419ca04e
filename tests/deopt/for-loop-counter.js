// A plain `for (let i = 0; i < n; i++)` loop (the increment is ToNumeric
// + Inc) whose body deopts on an array of doubles (a map its elements kind changes); the interpreter
// resumes with i and the running sum.
// deopt: function=sumArray reason=wrong map
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function sumArray(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i];
  }
  return s;
}

%PrepareFunctionForOptimization(sumArray);
console.log(sumArray([1, 2, 3]));
console.log(sumArray([4, 5, 6]));
%OptimizeFunctionOnNextCall(sumArray);
console.log(sumArray([7, 8, 9, 10]));
console.log('[opt] sumArray', status(sumArray));
console.log(sumArray([1, 2, 0.25, 3]));
console.log('[opt] sumArray', status(sumArray));
