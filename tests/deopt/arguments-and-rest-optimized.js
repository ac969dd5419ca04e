// An optimized function (not inlined: it is called from top level) builds
// its `arguments` object and a rest parameter from the actual arguments of
// its frame, more than it declares; a double then deopts it, and the
// rebuilt frame still holds both objects.
// deopt: function=total reason=not a Smi frames=1
function total(first, ...more) {
  let sum = first;
  for (let i = 0; i < more.length; i++) sum += more[i];
  return sum + ':' + arguments.length + ':' + arguments[arguments.length - 1];
}

%PrepareFunctionForOptimization(total);
console.log(total(1, 2, 3));
console.log(total(4, 5, 6, 7));
%OptimizeFunctionOnNextCall(total);
console.log(total(1, 1, 1, 1, 1));
console.log(total(2));
console.log(total(1, 2, 3.5, 4));
console.log(total(10, 20));
