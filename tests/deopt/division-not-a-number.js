// Division is speculated on float64 even with int32 inputs; a string
// dividend fails the number check.
// deopt: function=div reason=not a Number
function div(a, b) { return a / b; }

%PrepareFunctionForOptimization(div);
console.log(div(6, 3));
console.log(div(7, 2));
%OptimizeFunctionOnNextCall(div);
console.log(div(1, 3));
console.log(div(1, 0), div(-1, 0), div(0, 0));
console.log(div('12', 4));
console.log(div('x', 4));
console.log(div(9, 3));
