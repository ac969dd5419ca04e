// Optimized code's generic addition calls a valueOf method (a runtime
// call back into JavaScript); that valueOf is itself optimized and deopts.
// deopt: function=valueOf reason=overflow
function plus(a, b) { return a + b; }
function valueOf() { return counter.n * 1000; }
const counter = { n: 1 };
const box = { valueOf };

%PrepareFunctionForOptimization(plus);
%PrepareFunctionForOptimization(valueOf);
console.log(plus('s', 1));
console.log(plus(box, 2));
console.log(plus(box, 'x'));
%OptimizeFunctionOnNextCall(plus);
%OptimizeFunctionOnNextCall(valueOf);
console.log(plus(box, 3));
counter.n = 3000000;
console.log(plus(box, 4));
console.log(plus(5, box));
