// Bitwise operations speculate int32 inputs; a fractional double and a
// number outside int32 both fail the Smi check (the interpreter truncates).
// deopt: function=mask reason=not a Smi
function mask(a, b) { return (a & b) | (a >> 1); }

%PrepareFunctionForOptimization(mask);
console.log(mask(12, 10));
console.log(mask(255, 15));
%OptimizeFunctionOnNextCall(mask);
console.log(mask(-8, 7));
console.log(mask(12.75, 10));
console.log(mask(2 ** 32 + 5, 0xff));
console.log(mask('7', 3));
