// ++ and postfix ++ on int32 values at the top of the range: the Inc
// guard overflows. (`x++` compiles to ToNumeric + Inc.)
// deopt: function=preInc reason=overflow
// deopt: function=postInc reason=overflow
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function preInc(x) { return ++x; }
function postInc(x) { const old = x++; return old + ',' + x; }

%PrepareFunctionForOptimization(preInc);
%PrepareFunctionForOptimization(postInc);
console.log(preInc(1), postInc(1));
console.log(preInc(-5), postInc(-5));
%OptimizeFunctionOnNextCall(preInc);
%OptimizeFunctionOnNextCall(postInc);
console.log(preInc(41), postInc(41));
console.log('[opt] preInc', status(preInc));
console.log('[opt] postInc', status(postInc));
console.log(preInc(2147483647));
console.log(postInc(2147483647));
console.log('[opt] preInc', status(preInc));
console.log('[opt] postInc', status(postInc));
console.log(preInc(0), postInc(0));
