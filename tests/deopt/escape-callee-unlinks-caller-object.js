// An inlined callee writes the caller's removed object through a removed
// holder and then unlinks it: the deopt must rebuild the caller's object
// with the callee's write, though the callee no longer reaches it.
// deopt: function=f reason=not a Smi frames=2 materialized=2
function cb(h, v) { h.o.x = 5; h.o = null; return v + 1; }
function f(v) {
  let o = {x: 1};
  cb({o: o}, v);
  return o.x;
}
%PrepareFunctionForOptimization(cb);
%PrepareFunctionForOptimization(f);
f(1); f(2);
%OptimizeFunctionOnNextCall(f);
console.log(f(3), f(1.5));
