// A function with its own try/catch is not optimized by unspool (node
// optimizes it; only the output is compared). The helper it calls is
// optimized and deopts inside the try block (a double where int32s were
// seen); the catch sees the throw the interpreter then executes.
// deopt: function=parse reason=not a Smi
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
%OptimizeFunctionOnNextCall(parse);
%OptimizeFunctionOnNextCall(tryParse);
console.log(tryParse(3));
console.log(tryParse(50.5));
console.log(tryParse(80));
console.log(tryParse('7'));
console.log(tryParse({}));
