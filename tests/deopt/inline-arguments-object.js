// A callee using `arguments` is inlined at a call site
// passing more arguments than it declares; it deopts after reading them,
// and the rebuilt frame (and its arguments object) must hold all of them.
// deopt: function=outer reason=not a Smi frames=2
function inner(x) {
  const n = arguments.length;
  const last = arguments[n - 1];
  const v = x + last;
  return n + ':' + v + ':' + arguments[1];
}
function outer(a, b, c) { return inner(a, b, c); }

%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(outer);
console.log(outer(1, 2, 3));
console.log(outer(4, 5, 6));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(7, 8, 9));
console.log(outer(7, 8, 0.5));
console.log(outer(1, 'b', 3));
