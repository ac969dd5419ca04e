// The optimized function calls a global function (LdaGlobal + call). With
// one target seen, the call is specialized to it (inlined behind a
// call-target check); replacing the global fails the check.
// deopt: function=useHelper reason=wrong call target
globalThis.helper = function (x) { return x + 1; };
function useHelper(x) { return helper(x) + 100; }

%PrepareFunctionForOptimization(useHelper);
console.log(useHelper(1));
console.log(useHelper(2));
%OptimizeFunctionOnNextCall(useHelper);
console.log(useHelper(3));
globalThis.helper = function (x) { return 'h' + x; };
console.log(useHelper(4));
console.log(useHelper(5));
