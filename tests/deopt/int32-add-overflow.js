// Int32 addition speculated from Smi feedback overflows past 2^31-1: the
// guard deoptimizes and the interpreter produces the double result.
// deopt: function=add reason=overflow
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function add(a, b) { return a + b; }

%PrepareFunctionForOptimization(add);
console.log(add(1, 2));
console.log(add(-7, 3));
%OptimizeFunctionOnNextCall(add);
console.log(add(100, 200));
console.log('[opt] add', status(add));
console.log(add(0x7fffffff, 1));
console.log('[opt] add', status(add));
console.log(add(2147483000, 2147483000));
console.log(add(-2147483648, -1));
