// -- on int32 values at the bottom of the range: the Dec guard overflows.
// deopt: function=preDec reason=overflow
// deopt: function=postDec reason=overflow
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function preDec(x) { return --x; }
function postDec(x) { const old = x--; return old + ',' + x; }

%PrepareFunctionForOptimization(preDec);
%PrepareFunctionForOptimization(postDec);
console.log(preDec(1), postDec(1));
console.log(preDec(-5), postDec(-5));
%OptimizeFunctionOnNextCall(preDec);
%OptimizeFunctionOnNextCall(postDec);
console.log(preDec(41), postDec(41));
console.log('[opt] preDec', status(preDec));
console.log('[opt] postDec', status(postDec));
console.log(preDec(-2147483648));
console.log(postDec(-2147483648));
console.log('[opt] preDec', status(preDec));
console.log('[opt] postDec', status(postDec));
console.log(preDec(0), postDec(0));
