// Escape analysis through a loop: a non-escaping accumulator object is
// updated in a loop (its fields become loop phis); a deopt in the third
// iteration must rebuild it with the field values of that iteration.
// deopt: function=stats reason=not a Smi materialized=1
function tagged(...values) {
  // Tagged (not double) elements, so a double element fails the Smi
  // check of the addition rather than the array's map check.
  const a = [{}];
  for (const v of values) a.push(v);
  a.shift();
  return a;
}

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
console.log(stats(tagged(1, 2, 3)));
console.log(stats(tagged(4, 5)));
%OptimizeFunctionOnNextCall(stats);
console.log(stats(tagged(6, 7, 8, 9)));
console.log(stats(tagged(1, 2, 2.5, 3)));
console.log(stats(tagged()));
