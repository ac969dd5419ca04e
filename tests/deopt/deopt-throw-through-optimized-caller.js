// Flags: --no-inline
// Optimized `outer` calls optimized `inner` (not inlined); inner deopts, and the interpreter (finishing
// inner's activation) throws. The exception unwinds through outer's
// optimized code, without deopting it, to the interpreted caller's catch;
// outer's code is still usable afterwards.
// deopt: function=inner reason=wrong map frames=1
// deopt: exactly
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function label(v) { return v.label; }
function inner(o) {
  const v = o.value;
  return label(v);
}
function outer(o, k) {
  const r = inner(o);
  return r + k;
}
function guarded(o, k) {
  try {
    return outer(o, k);
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}

%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(outer);
console.log(guarded({ value: { label: 'a' } }, '!'));
console.log(guarded({ value: { label: 'b' } }, '?'));
%OptimizeFunctionOnNextCall(inner);
%OptimizeFunctionOnNextCall(outer);
console.log(guarded({ value: { label: 'c' } }, '.'));
console.log(guarded({ other: 0, value: null }, '.'));
console.log('[opt] inner', status(inner));
console.log(guarded({ value: { label: 'd' } }, '#'));
