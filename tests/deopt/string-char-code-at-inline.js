// `s.length` and `s.charCodeAt(i)` are computed inline on strings (a string
// check, a bounds check, one code unit load). An index past the end
// deopts (charCodeAt is NaN there), and an array where a string was seen
// fails the string check.
// deopt: function=checksum reason=out of bounds
// deopt: function=size reason=not a String
function checksum(s, extra) {
  let h = 0;
  for (let i = 0; i < s.length + extra; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
function size(x) { return x.length; }

%PrepareFunctionForOptimization(checksum);
%PrepareFunctionForOptimization(size);
console.log(checksum('hello', 0), size('abc'));
console.log(checksum('world!', 0), size('defg'));
%OptimizeFunctionOnNextCall(checksum);
%OptimizeFunctionOnNextCall(size);
console.log(checksum('optimized', 0), size('hi'));
console.log(checksum('abc', 1), size([1, 2, 3]));
console.log(checksum('\u00e9\u4e2d', 0), size(''));
