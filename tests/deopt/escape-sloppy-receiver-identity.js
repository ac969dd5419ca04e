// A sloppy method called on an object literal converts its receiver,
// which allocates the removed object inside the inlined callee; after the
// deopt in the callee, the caller's object and the callee's this are one.
// deopt: function=f reason=not a Smi frames=2
function inc(d) { this.x = this.x + d; return this; }
function f(d) {
  let o = {x: 1, inc: inc};
  let r = o.inc(d);
  return [r === o, o.x];
}
%PrepareFunctionForOptimization(inc);
%PrepareFunctionForOptimization(f);
f(1); f(2);
%OptimizeFunctionOnNextCall(f);
console.log(JSON.stringify(f(0.5)));
