// A guard fails inside the try block of an optimized function; the
// interpreter then throws in the same try. The finally block runs, the
// exception propagates to the caller's catch, and the counter the finally
// block updates is right.
// deopt: function=step reason=not a Smi
let cleanups = 0;
function step(a, b) {
  try {
    const sum = a + b;
    if (sum > 1000) throw new RangeError('sum ' + sum);
    return sum;
  } finally {
    cleanups++;
  }
}
function drive(a, b) {
  try {
    return step(a, b);
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}

%PrepareFunctionForOptimization(step);
console.log(drive(1, 2), drive(3, 4), drive(999, 2));
%OptimizeFunctionOnNextCall(step);
console.log(drive(5, 6));
console.log(drive(1000.5, 1));
console.log(drive(7, 8), cleanups);
