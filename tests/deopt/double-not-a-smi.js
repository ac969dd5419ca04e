// A double where only int32s were seen: "not a Smi".
// deopt: function=mul reason=not a Smi
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function mul(a, b) { return a * b; }

%PrepareFunctionForOptimization(mul);
console.log(mul(2, 3));
console.log(mul(4, 5));
%OptimizeFunctionOnNextCall(mul);
console.log(mul(6, 7));
console.log('[opt] mul', status(mul));
console.log(mul(2, 0.5));
console.log('[opt] mul', status(mul));
console.log(mul(1.25, 4));
console.log(mul(1e300, 1e10));
console.log(mul(NaN, 1));
