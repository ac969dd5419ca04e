// A function with try/catch/finally is optimized, its callee inlined into
// the try block. A throw inside the try leaves the optimized code by an
// exception exit: the frames are rebuilt at the throwing operation and the
// interpreter runs the catch and the finally (the code stays valid). Later
// a double where int32s were seen deopts the inlined frame (2 frames).
// deopt: function=tryParse reason=exception in a try block kind=exception frames=2
// deopt: function=tryParse reason=not a Smi frames=2
function parse(x) {
  const v = x * 2;
  if (v > 100) throw new Error('too big: ' + v);
  return v;
}
function tryParse(x) {
  let result = 'none';
  try {
    result = parse(x);
  } catch (e) {
    result = 'error(' + e.message + ')';
  } finally {
    result = result + '!';
  }
  return result;
}

%PrepareFunctionForOptimization(parse);
%PrepareFunctionForOptimization(tryParse);
console.log(tryParse(1));
console.log(tryParse(2));
console.log(tryParse(90));
%OptimizeFunctionOnNextCall(tryParse);
console.log(tryParse(3));
console.log(tryParse(80));
console.log(tryParse(4));
console.log(tryParse(50.5));
console.log(tryParse('7'));
console.log(tryParse({}));
