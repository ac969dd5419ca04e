// 0 * -5 is -0, which no int32 holds: the multiplication guard
// deoptimizes (reason: minus zero) and the interpreter returns -0.
// deopt: function=mul reason=minus zero
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function mul(a, b) { return a * b; }

%PrepareFunctionForOptimization(mul);
console.log(mul(2, 3));
console.log(mul(4, 5));
%OptimizeFunctionOnNextCall(mul);
console.log(mul(0, 7));
console.log('[opt] mul', status(mul));
const r = mul(0, -5);
console.log(r, Object.is(r, -0), 1 / r);
console.log('[opt] mul', status(mul));
console.log(mul(-3, 0), Object.is(mul(-3, 0), -0));
