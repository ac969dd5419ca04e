// An exception thrown by a callee passes through an optimized activation
// (without deopting it) to the caller's catch; the optimized code then
// deopts on a later call and still computes the right value.
// deopt: function=twice reason=not a Smi
function check(v) {
  if (v < 0) throw new RangeError('negative: ' + v);
  return v;
}
function twice(v) { return check(v) * 2; }
function run(v) {
  try {
    return twice(v);
  } catch (e) {
    return e.name + ' ' + e.message;
  }
}

%PrepareFunctionForOptimization(twice);
console.log(run(1));
console.log(run(2));
// The throw path has run too, so the inlined `check` has feedback there.
console.log(run(-1));
%OptimizeFunctionOnNextCall(twice);
console.log(run(3));
console.log(run(-4));
console.log(run(5));
console.log(run(2.5));
console.log(run(-0.5));
