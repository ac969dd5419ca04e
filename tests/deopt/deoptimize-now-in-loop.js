// %DeoptimizeNow in the middle of a loop: the interpreter resumes right
// after the call, in the same iteration, with the loop's values (the
// induction variable and the running sum) rebuilt from the optimized frame.
// deopt: function=sumTo reason=%DeoptimizeNow
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function sumTo(n, stopAt) {
  let sum = 0;
  let i = 0;
  while (i < n) {
    sum = sum + i * 3;
    if (i === stopAt) {
      %DeoptimizeNow();
      sum = sum + 1000;
    }
    i = i + 1;
  }
  return sum;
}

%PrepareFunctionForOptimization(sumTo);
console.log(sumTo(10, -1));
console.log(sumTo(10, 4));
%OptimizeFunctionOnNextCall(sumTo);
console.log(sumTo(20, -1));
console.log('[opt] sumTo', status(sumTo));
console.log(sumTo(20, 7));
console.log('[opt] sumTo', status(sumTo));
console.log(sumTo(20, 19));
