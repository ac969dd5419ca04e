// Flags: --no-inline
// Both caller and callee are optimized, and the callee is not inlined. The callee deopts on a string and
// returns a string; back in the caller's optimized code, the int32 guard
// on the call's result fails too, so the caller deopts after the callee.
// deopt: function=inner reason=not a Smi frames=1
// deopt: function=outer reason=not a Smi frames=1
function id(v) { return v; }
function inner(x) { return id(x) + 1; }
function outer(x) { return inner(x) * 2; }

%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(outer);
console.log(outer(1));
console.log(outer(2));
%OptimizeFunctionOnNextCall(inner);
%OptimizeFunctionOnNextCall(outer);
console.log(outer(3));
console.log(outer('4'));
console.log(outer(5));
