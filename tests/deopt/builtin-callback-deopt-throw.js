// A callback optimized for int32 elements deopts inside Array.prototype.map,
// and on a later element throws: the exception unwinds through the builtin
// to the caller's catch, and map's partial work is discarded.
// deopt: function=checked reason=not a Smi
function checked(v, i) {
  const w = v + i;
  if (w > 100) throw new RangeError('element ' + i + ' too large: ' + w);
  return w;
}
function mapAll(arr) {
  try {
    return arr.map(checked).join(',');
  } catch (e) {
    return 'caught ' + e.message;
  }
}

%PrepareFunctionForOptimization(checked);
console.log(mapAll([1, 2, 3]));
console.log(mapAll([10, 20]));
%OptimizeFunctionOnNextCall(checked);
console.log(mapAll([4, 5, 6]));
console.log(mapAll([1, 2.5, 3, 200, 4]));
console.log(mapAll([7, 8]));
