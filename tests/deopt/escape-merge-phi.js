// Escape analysis across a merge: the object stays removed through
// if/else, its field a phi of the two branches' values; the deopt after
// the merge rebuilds it with the value of the branch that ran.
// deopt: function=pick reason=not a Smi materialized=1
function pick(flag, a, b) {
  const box = { value: 0, tag: 'none' };
  if (flag) {
    box.value = a;
    box.tag = 'a';
  } else {
    box.value = b;
    box.tag = 'b';
  }
  const doubled = box.value + box.value;
  return box.tag + ':' + doubled;
}

%PrepareFunctionForOptimization(pick);
console.log(pick(true, 1, 2));
console.log(pick(false, 3, 4));
%OptimizeFunctionOnNextCall(pick);
console.log(pick(true, 5, 6));
console.log(pick(false, 7, 8));
console.log(pick(false, 7, 8.5));
console.log(pick(true, 9, 10));
