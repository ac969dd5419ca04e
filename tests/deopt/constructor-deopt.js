// An optimized constructor (`new` enters its code) deopts half way
// through initializing `this`; the rebuilt construct frame finishes it
// and `new` still yields the object.
// deopt: function=Vec reason=not a Smi frames=1
function Vec(x, y) {
  this.x = x + 1;
  this.y = y + 1;
}
%PrepareFunctionForOptimization(Vec);
console.log(new Vec(1, 2), new Vec(3, 4));
%OptimizeFunctionOnNextCall(Vec);
console.log(new Vec(5, 6));
console.log(new Vec(7, 'z'));
const v = new Vec(0.5, 1);
console.log(v instanceof Vec, v);
