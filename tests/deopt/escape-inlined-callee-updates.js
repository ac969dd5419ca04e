// A removed object is updated inside an inlined callee, which then deopts:
// the rebuilt object has the callee's field values, not the ones it had
// when the call began; and a removed object passed as an extra argument
// is described in the callee's frame.
// deopt: function=caller reason=not a Smi frames=2 materialized=1
function bump(o, by) {
  o.count = o.count + 1;
  return o.count * by;
}
function caller(s, by) {
  const o = { count: s };
  const r = bump(o, by);
  return r + ' ' + o.count;
}
function twice(a) { return a * 2; }
function extra(x) { return twice(x, { k: x }, [x]); }

%PrepareFunctionForOptimization(caller);
%PrepareFunctionForOptimization(extra);
console.log(caller(1, 2), caller(2, 3), extra(1), extra(2));
%OptimizeFunctionOnNextCall(caller);
%OptimizeFunctionOnNextCall(extra);
console.log(caller(3, 4), extra(3));
console.log(caller(5, 0.5));
