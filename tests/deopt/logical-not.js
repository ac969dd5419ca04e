// `!x` in an optimized function, which then deopts on a string.
// deopt: function=flip reason=not a Number or Oddball
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function flip(x, y) { return !x + y; }

%PrepareFunctionForOptimization(flip);
console.log(flip(0, 1));
console.log(flip(5, 2));
%OptimizeFunctionOnNextCall(flip);
console.log(flip(1, 3));
console.log('[opt] flip', status(flip));
console.log(flip('', 'y'));
console.log('[opt] flip', status(flip));
