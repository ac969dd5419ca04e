// The inlined call is the last instruction of the try block, so the state
// after it lies outside the range; an exception thrown in the callee must
// still find what the catch block reads (here `saved` and the context).
// deopt: function=outer reason=exception in a try block kind=exception frames=2
function thrower(o) {
  if (o.bad) throw new Error('bad ' + o.tag);
  return 1;
}
function outer(o) {
  const saved = o.tag;
  try {
    thrower(o);
  } catch (e) {
    return saved + ' caught ' + e.message;
  }
  return saved + ' ok';
}

%PrepareFunctionForOptimization(outer);
%PrepareFunctionForOptimization(thrower);
console.log(outer({ bad: false, tag: 'A' }), outer({ bad: true, tag: 'B' }));
%OptimizeFunctionOnNextCall(outer);
console.log(outer({ bad: false, tag: 'C' }));
console.log(outer({ bad: true, tag: 'X' }));
