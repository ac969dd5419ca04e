// An inlined callee passes the caller's removed object to a call that is
// not inlined (so it is allocated inside the callee); a deopt later in the
// callee must rebuild the caller's frame with that same object, not a copy
// from the caller's state at the call.
// deopt: function=f reason=not a Smi frames=2
let sink;
function leak(o) { sink = o; }
%NeverOptimizeFunction(leak);
function cb(o, v) { leak(o); return v + 1; }
function f(v) {
  let o = {n: 1};
  cb(o, v);
  return sink === o;
}
%PrepareFunctionForOptimization(cb);
%PrepareFunctionForOptimization(f);
f(1); f(2);
%OptimizeFunctionOnNextCall(f);
console.log(f(3), f(1.5));
