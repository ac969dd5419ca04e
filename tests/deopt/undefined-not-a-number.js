// A missing argument is undefined: the float64 check on it fails.
// deopt: function=mix reason=not a Number
function mix(a, b) { return a * 1.5 + b; }

%PrepareFunctionForOptimization(mix);
console.log(mix(2, 0.5));
console.log(mix(1.5, 2.25));
%OptimizeFunctionOnNextCall(mix);
console.log(mix(4, 0.125));
console.log(mix(2));
console.log(mix());
console.log(mix(2, null));
console.log(mix(2, true));
