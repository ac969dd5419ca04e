// A comparison speculated on float64 (after double feedback) meets a
// string and an object with valueOf.
// deopt: function=between reason=not a Number
function between(x, lo, hi) {
  if (x < lo) return 'below';
  if (x > hi) return 'above';
  return 'inside';
}

%PrepareFunctionForOptimization(between);
console.log(between(1.5, 0.5, 2.5));
console.log(between(0.25, 0.5, 2.5));
console.log(between(3.5, 0.5, 2.5));
%OptimizeFunctionOnNextCall(between);
console.log(between(1, 0.5, 2.5));
console.log(between('2', 0.5, 2.5));
console.log(between({ valueOf() { return 9; } }, 0.5, 2.5));
console.log(between(2.5, 0.5, 2.5));
