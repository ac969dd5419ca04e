// Int32 multiplication overflows: 65536 * 65536 is 2^32.
// deopt: function=mul reason=overflow
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function mul(a, b) { return a * b; }

%PrepareFunctionForOptimization(mul);
console.log(mul(6, 7));
console.log(mul(-3, 9));
%OptimizeFunctionOnNextCall(mul);
console.log(mul(1000, 1000));
console.log('[opt] mul', status(mul));
console.log(mul(65536, 65536));
console.log('[opt] mul', status(mul));
console.log(mul(-2147483648, -1));
console.log(mul(46341, 46341));
