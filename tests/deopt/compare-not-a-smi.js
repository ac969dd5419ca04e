// A comparison speculated on int32 sees a double, then a string.
// deopt: function=max reason=not a Smi
function max(a, b) {
  if (a < b) return b;
  return a;
}

%PrepareFunctionForOptimization(max);
console.log(max(1, 2));
console.log(max(5, 3));
%OptimizeFunctionOnNextCall(max);
console.log(max(-4, -9));
console.log(max(2.5, 2));
console.log(max('b', 'a'));
console.log(max('10', 9));
console.log(max(3, 4));
