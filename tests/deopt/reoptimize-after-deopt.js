// Optimize, deopt, re-optimize with the wider feedback: the second code
// handles strings generically and does not deopt again.
// deopt: function=add reason=not a Smi
// deopt: exactly
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function add(a, b) { return a + b; }

%PrepareFunctionForOptimization(add);
console.log(add(1, 2));
console.log(add(3, 4));
%OptimizeFunctionOnNextCall(add);
console.log(add(5, 6));
console.log('[opt] add', status(add));
console.log(add('a', 'b'));
console.log('[opt] add', status(add));
%OptimizeFunctionOnNextCall(add);
console.log(add('c', 1));
console.log('[opt] add', status(add));
console.log(add(7, 8));
console.log(add('d', 'e'));
console.log('[opt] add', status(add));
