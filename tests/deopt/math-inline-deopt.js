// Math.sqrt of a number is computed inline (behind a check that the callee
// is still Math.sqrt); a string argument fails the number check and deopts.
// deopt: function=len reason=not a Number
function len(x, y) { return Math.sqrt(x * x + y * y); }
%PrepareFunctionForOptimization(len);
console.log(len(3, 4), len(0.5, 1.5));
%OptimizeFunctionOnNextCall(len);
console.log(len(6, 8));
console.log(len({ valueOf() { return 5; } }, 12));
