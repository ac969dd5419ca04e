// A removed arguments object stored into a removed object that is itself
// one of the arguments: a cycle between two removed allocations. The
// deopt must rebuild both with their identity (o.args[0] === o).
// deopt: function=outer reason=not a Smi frames=2 materialized=2
function link(o, n) {
  'use strict';
  o.args = arguments;
  o.total = o.total + n;
  return o;
}
function outer(n) {
  const o = link({ total: 1 }, n);
  return o.total + ' ' + (o.args[0] === o) + ' ' + o.args.length;
}

%PrepareFunctionForOptimization(link);
%PrepareFunctionForOptimization(outer);
console.log(outer(1));
console.log(outer(2));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(3));
console.log(outer(0.5));
console.log(outer(4));
