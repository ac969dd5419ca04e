// Named loads on a string receiver (`s.length`, `s.charCodeAt`) ran during
// warm-up, so the optimized code must not treat them as never executed: no
// deopt is expected while the inputs stay strings.
// deopt: none
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function code(s) { return s.length * 1000 + s.charCodeAt(0); }

%PrepareFunctionForOptimization(code);
console.log(code('abc'));
console.log(code('hello'));
%OptimizeFunctionOnNextCall(code);
console.log(code('xy'));
console.log('[opt] code', status(code));
console.log(code('z'));
console.log('[opt] code', status(code));
