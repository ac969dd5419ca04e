// Recursion through optimized code: every level is an optimized
// activation of the same code when the innermost returns a double. Each
// level's `+ 1` then fails its int32 guard in turn, so every activation
// deoptimizes (the outer ones run code already discarded by the first).
// deopt: function=depth reason=not a Smi
// deopt: function=depth reason=not a Smi
// deopt: function=depth reason=not a Smi
// deopt: function=depth reason=not a Smi
// deopt: function=depth reason=not a Smi
function depth(n, base) {
  if (n === 0) return base;
  return depth(n - 1, base) + 1;
}

%PrepareFunctionForOptimization(depth);
console.log(depth(3, 10));
console.log(depth(4, 20));
%OptimizeFunctionOnNextCall(depth);
console.log(depth(5, 100));
console.log(depth(5, 0.5));
console.log(depth(3, 'x'));
console.log(depth(6, 1));
