// The arguments object of an inlined callee is removed: `arguments.length`
// and `arguments[k]` read the call's values. A guard failing inside the
// callee rebuilds it (one object, materialized) in the callee's frame.
// deopt: function=caller reason=not a Smi frames=2 materialized=1
function describe() {
  return arguments.length + ':' + arguments[0] + arguments[1];
}
function scaled(a, b) {
  'use strict';
  const args = arguments;
  return args[0] * args[1] + args.length + (args === arguments ? '' : '!');
}
function caller(x, y) {
  return describe(x, y) + ' ' + scaled(x, y);
}

%PrepareFunctionForOptimization(describe);
%PrepareFunctionForOptimization(scaled);
%PrepareFunctionForOptimization(caller);
console.log(caller(1, 2));
console.log(caller(3, 4));
%OptimizeFunctionOnNextCall(caller);
console.log(caller(5, 6));
console.log(caller(5.5, 6));
console.log(caller('a', 6));
