// The deopt happens at an instruction whose input is in the accumulator:
// the product a * b is still in the accumulator when the following
// addition overflows, and the interpreter redoes only the addition.
// deopt: function=fma reason=overflow
function fma(a, b, c) { return c + a * b; }
// Here the left operand of the failing addition is the accumulator of a
// previous call's result, and the right a double.
// deopt: function=chain reason=not a Smi
function id(x) { return x; }
function chain(x, y) { return id(x) + id(y) * 2; }

%PrepareFunctionForOptimization(fma);
console.log(fma(2, 3, 4));
console.log(fma(5, 6, 7));
%OptimizeFunctionOnNextCall(fma);
console.log(fma(100, 100, 1));
console.log(fma(46340, 46340, 2147483647));
console.log(fma(3, 3, 3));

%PrepareFunctionForOptimization(chain);
console.log(chain(1, 2));
console.log(chain(3, 4));
%OptimizeFunctionOnNextCall(chain);
console.log(chain(5, 6));
console.log(chain(5, 6.5));
console.log(chain('a', 1));
