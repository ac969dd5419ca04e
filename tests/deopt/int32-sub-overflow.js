// Int32 subtraction overflows below -2^31.
// deopt: function=sub reason=overflow
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function sub(a, b) { return a - b; }

%PrepareFunctionForOptimization(sub);
console.log(sub(10, 3));
console.log(sub(3, 10));
%OptimizeFunctionOnNextCall(sub);
console.log(sub(-5, 5));
console.log('[opt] sub', status(sub));
console.log(sub(-2147483648, 1));
console.log('[opt] sub', status(sub));
console.log(sub(2147483647, -2147483648));
console.log(sub(0, -2147483648));
