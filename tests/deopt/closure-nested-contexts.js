// A closure two context levels deep reads variables from both enclosing
// functions; it deopts on a double and the interpreter, resuming with the
// same context chain, reads and updates the same variables.
// deopt: function=step reason=not a Smi
function outer(base) {
  let total = base;
  function middle(factor) {
    let hits = 0;
    const step = function (x) {
      hits = hits + 1;
      total = total + x * factor;
      return 'hits=' + hits + ' total=' + total;
    };
    return step;
  }
  return middle;
}

const step = outer(10)(3);
%PrepareFunctionForOptimization(step);
console.log(step(1));
console.log(step(2));
%OptimizeFunctionOnNextCall(step);
console.log(step(4));
console.log(step(0.5));
console.log(step(1));
const step2 = outer(0)(2);
console.log(step2(5));
