// Needs escape analysis: a non-escaping accumulator object updated in a
// loop; the deopt in some iteration must rebuild it with the field values
// of that iteration.
// deopt: function=stats reason=not a Smi materialized=1
function stats(values) {
  const acc = { sum: 0, count: 0 };
  let i = 0;
  while (i < values.length) {
    acc.sum = acc.sum + values[i];
    acc.count = acc.count + 1;
    i = i + 1;
  }
  return acc.count + ' values, sum ' + acc.sum;
}

%PrepareFunctionForOptimization(stats);
console.log(stats([1, 2, 3]));
console.log(stats([4, 5]));
%OptimizeFunctionOnNextCall(stats);
console.log(stats([6, 7, 8, 9]));
console.log(stats([1, 2, 2.5, 3]));
console.log(stats([]));
