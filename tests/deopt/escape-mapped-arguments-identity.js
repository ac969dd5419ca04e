// Reading a mapped arguments object in an inlined callee allocates the
// caller's removed object passed as an argument; identity survives the
// deopt that follows in the callee.
// deopt: function=f reason=not a Smi frames=2
function inner(a, v) { let x = arguments[0]; x.v = x.v + v; return x; }
function f(v) {
  let p = {v: 1};
  let r = inner(p, v);
  return [r === p, p.v];
}
%PrepareFunctionForOptimization(inner);
%PrepareFunctionForOptimization(f);
f(1); f(2);
%OptimizeFunctionOnNextCall(f);
console.log(JSON.stringify(f(0.5)));
