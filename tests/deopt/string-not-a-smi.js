// A string reaches an addition that only ever saw small integers: the
// int32 unboxing guard fails ("not a Smi") and the interpreter concatenates.
// deopt: function=add reason=not a Smi
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function add(a, b) { return a + b; }

%PrepareFunctionForOptimization(add);
console.log(add(1, 2));
console.log(add(3, 4));
%OptimizeFunctionOnNextCall(add);
console.log(add(5, 6));
console.log('[opt] add', status(add));
console.log(add('1', 2));
console.log('[opt] add', status(add));
console.log(add(3, '4'));
console.log(add('x', 'y'));
console.log(add(7, 8));
