// -0 from a multiplication feeding later arithmetic: the deopt happens at
// the multiply; the interpreter then divides by -0.
// deopt: function=scale reason=minus zero
function scale(x, k) {
  const p = x * k;
  return 1 / p + 10;
}

%PrepareFunctionForOptimization(scale);
console.log(scale(2, 3));
console.log(scale(-4, 2));
%OptimizeFunctionOnNextCall(scale);
console.log(scale(5, 5));
console.log(scale(-6, 0));
console.log(scale(0, -1));
