// `new Vec(a, b)` is inlined: `this` is allocated in the caller's code and
// the constructor body runs inline. A double deopts inside the inlined
// constructor; the rebuilt frame is a construct frame, so when it returns
// (undefined) the caller gets the allocated `this`, fields and all.
// deopt: function=make reason=not a Smi frames=2
function Vec(x, y) {
  this.x = x;
  this.sum = x + y;
  this.tag = 'v' + this.sum;
}
function make(a, b) {
  const v = new Vec(a, b);
  return v.sum + ':' + v.tag + ':' + (v instanceof Vec) + ':' + Object.keys(v).join();
}

%PrepareFunctionForOptimization(make);
console.log(make(1, 2));
console.log(make(3, 4));
%OptimizeFunctionOnNextCall(make);
console.log(make(5, 6));
console.log(make(1.5, 2));
console.log(make(7, 8));
