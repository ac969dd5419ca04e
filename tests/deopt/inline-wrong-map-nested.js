// Needs inlining: inner is inlined into middle, and middle into outer.
// The map check inside inner (twice inlined) fails, so the deopt of outer
// rebuilds three interpreter frames: outer, middle, inner.
// deopt: function=outer reason=wrong map frames=3
function inner(o) { return o.x; }
function middle(o, k) { return inner(o) + k; }
function outer(o) { return middle(o, 1) * 2; }

%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(middle);
%PrepareFunctionForOptimization(outer);
console.log(outer({ x: 1 }));
console.log(outer({ x: 2 }));
%OptimizeFunctionOnNextCall(outer);
console.log(outer({ x: 3 }));
console.log(outer({ y: 0, x: 4 }));
console.log(outer({ x: 5 }));
