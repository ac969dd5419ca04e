// A property load in a branch that never ran: soft deopt (kind deopt-soft)
// when the branch is finally taken.
// deopt: function=describe reason=Insufficient type feedback for generic named access kind=deopt-soft
function describe(o, verbose) {
  const base = o.name;
  if (verbose) {
    return base + ' (' + o.detail + ')';
  }
  return base;
}

%PrepareFunctionForOptimization(describe);
console.log(describe({ name: 'a', detail: 'first' }, false));
console.log(describe({ name: 'b', detail: 'second' }, 0));
%OptimizeFunctionOnNextCall(describe);
console.log(describe({ name: 'c', detail: 'third' }, false));
console.log(describe({ name: 'd', detail: 'fourth' }, true));
console.log(describe({ name: 'e', detail: 'fifth' }, true));
