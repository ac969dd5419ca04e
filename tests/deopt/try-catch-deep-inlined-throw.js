// The throw happens two inlined calls deep; only the outermost optimized
// function has a handler. The exception exit rebuilds all three frames
// and the interpreter unwinds the two inner ones into the outer catch.
// deopt: function=outer reason=exception in a try block kind=exception frames=3
function inner(o) {
  if (o.value === null) throw new TypeError('no value');
  return o.value.length;
}
function middle(o) { return inner(o) + 1; }
function outer(list) {
  let total = 0;
  let errors = 0;
  for (let i = 0; i < list.length; i++) {
    try {
      total += middle(list[i]);
    } catch (e) {
      errors += e instanceof TypeError ? 1 : 100;
    }
  }
  return total + ':' + errors;
}

const good = [{ value: 'ab' }, { value: 'cde' }];
const bad = { value: null };
%PrepareFunctionForOptimization(outer);
%PrepareFunctionForOptimization(middle);
%PrepareFunctionForOptimization(inner);
console.log(outer(good), outer([bad]));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(good));
console.log(outer([good[0], bad, good[1], bad]));
console.log(outer(good));
