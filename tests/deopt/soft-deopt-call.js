// A call site that never ran is a soft deopt; the interpreter then makes
// the call, with every value computed before it intact.
// deopt: function=process reason=Insufficient type feedback for generic named access
function log(msg, v) { console.log('log:', msg, v); return v * 2; }
function process(x, y, report) {
  const s = x + y;
  const d = x - y;
  if (report) {
    return log('sum', s) + d;
  }
  return s * d;
}

%PrepareFunctionForOptimization(process);
console.log(process(5, 3, false));
console.log(process(10, 4, false));
%OptimizeFunctionOnNextCall(process);
console.log(process(7, 2, false));
console.log(process(7, 2, true));
console.log(process(1, 1, true));
