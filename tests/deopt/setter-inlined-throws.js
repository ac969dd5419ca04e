// An inlined setter that throws inside the caller's try block: the
// exception exit rebuilds both frames and the handler in the caller runs;
// later a deopt in the setter resumes with the assigned value.
// deopt: function=assign reason=exception in a try block kind=exception frames=2
class Checked {
  constructor() { this.v = 0; }
  set value(x) {
    if (x < 0) throw new RangeError('negative: ' + x);
    this.v = x + 1;
  }
}
function assign(o, x) {
  try {
    o.value = x;
    return 'ok ' + o.v;
  } catch (e) {
    return e.name + ' ' + e.message;
  }
}

const c = new Checked();
%PrepareFunctionForOptimization(assign);
console.log(assign(c, 1));
console.log(assign(c, -2));
%OptimizeFunctionOnNextCall(assign);
console.log(assign(c, 3));
console.log(assign(c, -4));
console.log(assign(c, 5));
console.log(assign(c, 6.5));
