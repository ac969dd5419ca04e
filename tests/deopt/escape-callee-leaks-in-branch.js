// As escape-callee-leaks-caller-object, with the leak on one branch of the
// callee (the object is allocated on the other edge of the merge too).
// deopt: function=f reason=not a Smi frames=2
let sink;
function leak(o) { sink = o; }
%NeverOptimizeFunction(leak);
function cb(o, c, v) {
  if (c) leak(o);
  o.n = o.n + v;
}
function f(c, v) {
  let o = {n: 1};
  cb(o, c, v);
  return [o.n, sink === o];
}
%PrepareFunctionForOptimization(cb);
%PrepareFunctionForOptimization(f);
f(true, 1); f(false, 2);
%OptimizeFunctionOnNextCall(f);
console.log(JSON.stringify(f(true, 1.5)));
