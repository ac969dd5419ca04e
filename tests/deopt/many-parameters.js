// Twelve parameters, called with too few and too many arguments, all live
// across a deopt near the end of the function.
// deopt: function=twelve reason=not a Smi
function twelve(a, b, c, d, e, f, g, h, i, j, k, l) {
  const s1 = a + b + c + d;
  const s2 = e + f + g + h;
  const s3 = i + j + k + l;
  return s1 + '|' + s2 + '|' + s3 + '|' + a + b + c + d + e + f + g + h + i + j + k + l;
}

%PrepareFunctionForOptimization(twelve);
console.log(twelve(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
console.log(twelve(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
%OptimizeFunctionOnNextCall(twelve);
console.log(twelve(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
console.log(twelve(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2));
console.log(twelve(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 'L', 'extra'));
