// Needs inlining: the call site saw one target during warm-up, so the
// optimizer inlines it behind a target check; another function fails it.
// deopt: function=apply1 reason=wrong call target
function double(x) { return x * 2; }
function negate(x) { return 0 - x; }
function apply1(f, x) { return f(x) + 1; }

%PrepareFunctionForOptimization(double);
%PrepareFunctionForOptimization(apply1);
console.log(apply1(double, 1));
console.log(apply1(double, 2));
%OptimizeFunctionOnNextCall(apply1);
console.log(apply1(double, 3));
console.log(apply1(negate, 4));
console.log(apply1(double, 5));
