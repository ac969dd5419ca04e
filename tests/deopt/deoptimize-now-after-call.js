// Values produced by calls (tagged, from the runtime) and by arithmetic
// on them are live across %DeoptimizeNow; so is the callee function itself.
// deopt: function=gather reason=%DeoptimizeNow
function source(i) { return 'item' + i; }
function num(i) { return i * 1.5; }
function gather(f, g, k) {
  const first = f(k);
  const second = g(k);
  const third = second + k;
  %DeoptimizeNow();
  return first + '/' + second + '/' + third + '/' + f(k + 1) + '/' + g(k + 1);
}

%PrepareFunctionForOptimization(gather);
console.log(gather(source, num, 1));
console.log(gather(source, num, 2));
%OptimizeFunctionOnNextCall(gather);
console.log(gather(source, num, 3));
console.log(gather(num, source, 4));
