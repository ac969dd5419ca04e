// The optimized function's own arguments object is removed: `length` is the
// activation's argument count and `arguments[i]` reads its arguments behind
// a bounds check. A deopt rebuilds the object from the activation (one
// materialized object), and fewer arguments than ever seen fail the bounds
// check.
// deopt: function=scaled reason=not a Smi frames=1 materialized=1
// deopt: function=third reason=out of bounds
'use strict';
function scaled(k) {
  const args = arguments;
  let s = 0;
  for (let i = 1; i < args.length; i++) s += args[i] * k;
  return [s, args.length, args];
}
function third() { return arguments[2]; }

%PrepareFunctionForOptimization(scaled);
console.log(scaled(2, 1, 2, 3));
console.log(scaled(3, 4));
%OptimizeFunctionOnNextCall(scaled);
console.log(scaled(2, 5, 6, 7, 8));
console.log(scaled(2, 5, 'six', 7));
console.log(scaled(1));

%PrepareFunctionForOptimization(third);
console.log(third(1, 2, 3), third('a', 'b', 'c', 'd'));
%OptimizeFunctionOnNextCall(third);
console.log(third(7, 8, 9));
console.log(third(7, 8));
console.log(third(7, 8, 9, 10));
