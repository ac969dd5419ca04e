// A closure reading and writing its captured variables (context slots)
// deopts between a load and a store: the interpreter frame must get the
// closure's context back, and later calls see the stored values.
// deopt: function=bump reason=overflow
function makeCounter(start) {
  let count = start;
  let calls = 0;
  const bump = function (step) {
    calls = calls + 1;
    count = count + step;
    return calls + ':' + count;
  };
  return bump;
}

const c = makeCounter(0);
const other = makeCounter(100);
%PrepareFunctionForOptimization(c);
console.log(c(1));
console.log(c(2));
%OptimizeFunctionOnNextCall(c);
console.log(c(3));
console.log(other(5));
console.log(c(2147483647));
console.log(c(1));
console.log(other(6));
