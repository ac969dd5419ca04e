// Values of every kind computed before %DeoptimizeNow and used after it
// must survive: int32 and float64 results (boxed by the deoptimizer),
// strings, objects, booleans, undefined, null and parameters.
// deopt: function=compute reason=%DeoptimizeNow
function compute(a, b, obj, label) {
  const i = a * b + 7;
  const d = a / 4 + b;
  const s = label + ':' + a;
  const big = i * 1000;
  const cmp = a < b;
  const field = obj.value;
  const nothing = undefined;
  const empty = null;
  %DeoptimizeNow();
  return [i, d, s, big, cmp, field, nothing, empty, a, b, label, obj.value + i].join('|');
}

%PrepareFunctionForOptimization(compute);
console.log(compute(3, 5, { value: 'v' }, 'x'));
console.log(compute(2, 9, { value: 'w' }, 'y'));
%OptimizeFunctionOnNextCall(compute);
console.log(compute(7, 11, { value: 'z' }, 'q'));
console.log(compute(-6, 13, { value: 'k' }, 'r'));
