// An exception exit after an inlined callee leaked the caller's removed
// object: the caller's handler sees the leaked object with its new field.
// deopt: function=f reason=exception in a try block kind=exception frames=2
let sink = null;
function leak(o) { sink = o; }
%NeverOptimizeFunction(leak);
function thrower(x) { if (x > 2) throw 0; }
%NeverOptimizeFunction(thrower);
function cb(o, v) { leak(o); o.n = 1; thrower(v); }
function f(v) {
  let o = {n: 0};
  try { cb(o, v); } catch (e) {}
  return [o.n, sink === o];
}
%PrepareFunctionForOptimization(cb);
%PrepareFunctionForOptimization(f);
f(1); f(2);
%OptimizeFunctionOnNextCall(f);
console.log(JSON.stringify(f(3)));
