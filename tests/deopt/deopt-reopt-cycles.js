// Ten rounds of optimize + %DeoptimizeNow: each round's optimized code
// deopts in the middle and the round's result must not change. (Unspool
// stops re-optimizing a function that deopted too often; at least three
// bailouts are expected.)
// deopt: function=round reason=%DeoptimizeNow
// deopt: function=round reason=%DeoptimizeNow
// deopt: function=round reason=%DeoptimizeNow
function round(n, stop) {
  let a = n;
  let b = n * 2;
  if (stop) {
    %DeoptimizeNow();
  }
  a = a + b;
  return a * 3;
}

%PrepareFunctionForOptimization(round);
console.log(round(1, false), round(2, true));
for (let i = 0; i < 10; i += 1) {
  %OptimizeFunctionOnNextCall(round);
  console.log(i, round(i, false), round(i + 100, true), round(i, false));
}
