// After double feedback the operation is speculated on float64; a string
// fails the number check ("not a Number").
// deopt: function=half reason=not a Number
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function half(x, y) { return x * 0.5 - y; }

%PrepareFunctionForOptimization(half);
console.log(half(3, 0.25));
console.log(half(1.5, 2.5));
%OptimizeFunctionOnNextCall(half);
console.log(half(7, 1.5));
console.log('[opt] half', status(half));
console.log(half('9', 0.5));
console.log('[opt] half', status(half));
console.log(half('abc', 1));
console.log(half(4, '1'));
