// Int32 `%` guards the two results that are not int32: a zero remainder of
// a negative dividend (-0) and a zero divisor (NaN).
// deopt: function=rem reason=minus zero
// deopt: function=rem2 reason=division by zero
function rem(a, b) { return a % b; }
function rem2(a, b) { return a % b; }

%PrepareFunctionForOptimization(rem);
console.log(rem(7, 3), rem(-7, 3), rem(7, -3));
%OptimizeFunctionOnNextCall(rem);
console.log(rem(9, 4), rem(-9, 4));
console.log(Object.is(rem(-6, 3), -0), 1 / rem(-6, 3));
console.log(rem(-2147483648, -1));

%PrepareFunctionForOptimization(rem2);
console.log(rem2(10, 4), rem2(-10, 4));
%OptimizeFunctionOnNextCall(rem2);
console.log(rem2(11, 4));
console.log(rem2(5, 0), rem2(-5, 0));
console.log(rem2(5.5, 2), rem2(2 ** 40, 7));
