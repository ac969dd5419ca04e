// A store into small-integer elements checks that the value is a small
// integer; storing a double would change the elements kind, so the
// optimized code deopts and the interpreter stores it (the array becomes
// PACKED_DOUBLE).
// deopt: function=fill reason=not a Smi
function fill(a, v) {
  for (let i = 0; i < a.length; i++) a[i] = v;
  return a;
}
%PrepareFunctionForOptimization(fill);
console.log(fill([0, 0, 0], 1));
console.log(fill([0, 0], 2));
%OptimizeFunctionOnNextCall(fill);
console.log(fill([0, 0, 0], 3));
console.log(fill([0, 0, 0], 1.5));
