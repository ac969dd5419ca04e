// A branch inside a loop that was never taken during warm-up: the soft
// deopt happens in a later iteration, with the loop's phis live.
// deopt: function=scan reason=Insufficient type feedback for generic named access
function scan(values, threshold) {
  let small = 0;
  let big = '';
  let i = 0;
  while (i < values.length) {
    const v = values[i];
    if (v > threshold) {
      big = big + '[' + v + ']';
    } else {
      small = small + v;
    }
    i = i + 1;
  }
  return small + ' ' + big;
}

%PrepareFunctionForOptimization(scan);
console.log(scan([1, 2, 3], 10));
console.log(scan([4, 5], 10));
%OptimizeFunctionOnNextCall(scan);
console.log(scan([6, 7, 8], 10));
console.log(scan([1, 2, 30, 4, 50], 10));
console.log(scan([100, 1], 10));
