// Callbacks get extra arguments from the builtin (index, array): the
// optimized callback uses the index; forEach and reduce drive it, and the
// deopt happens when a value overflows.
// deopt: function=weigh reason=overflow
// deopt: function=acc reason=not a Smi
function weigh(v, i) { return v * (i + 1); }
function acc(total, v) { return total + v; }

%PrepareFunctionForOptimization(weigh);
%PrepareFunctionForOptimization(acc);
console.log([1, 2, 3].map(weigh).reduce(acc, 0));
console.log([4, 5, 6].map(weigh).reduce(acc, 0));
%OptimizeFunctionOnNextCall(weigh);
%OptimizeFunctionOnNextCall(acc);
console.log([7, 8, 9].map(weigh).reduce(acc, 0));
console.log([1, 1500000000, 1].map(weigh));
const out = [];
[10, 20, 30].forEach(function (v, i) { out.push(weigh(v, i)); });
console.log(out);
console.log([1, 2, 3].reduce(acc, 0.5));
console.log([1, 2, 3].reduce(acc, ''));
