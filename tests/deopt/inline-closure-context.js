// Inlining a closure: the callee reads a variable captured from its own
// defining function (its context is not the caller's). When the inlined
// multiplication deopts, the callee's rebuilt frame needs that context.
// deopt: function=applyScale reason=not a Smi frames=2
function makeScaler(k) {
  const scale = function (v) { return v * k; };
  return scale;
}
const triple = makeScaler(3);
function applyScale(x, y) { return triple(x) + y; }

%PrepareFunctionForOptimization(triple);
%PrepareFunctionForOptimization(applyScale);
console.log(applyScale(1, 2));
console.log(applyScale(3, 4));
%OptimizeFunctionOnNextCall(applyScale);
console.log(applyScale(5, 6));
console.log(applyScale(0.5, 1));
console.log(applyScale(7, 8));
