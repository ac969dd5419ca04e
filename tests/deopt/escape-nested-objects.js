// Needs escape analysis: an object holding another object, neither
// escaping; both are rebuilt at the deopt, nested as before.
// deopt: function=area reason=overflow materialized=2
function area(w, h) {
  const size = { w: w, h: h };
  const rect = { size: size, name: 'r' };
  const a = rect.size.w * rect.size.h;
  return rect.name + ' ' + rect.size.w + 'x' + rect.size.h + '=' + a;
}

%PrepareFunctionForOptimization(area);
console.log(area(2, 3));
console.log(area(4, 5));
%OptimizeFunctionOnNextCall(area);
console.log(area(6, 7));
console.log(area(100000, 100000));
console.log(area(8, 9));
