// The optimized function deopts, and the interpreter, continuing the same
// activation, throws; the exception reaches the caller's try/catch (the
// caller is not optimized: the optimizer declines functions with handlers).
// deopt: function=firstName reason=wrong map
function firstName(person) {
  const n = person.name;
  return n.first;
}
function safe(p) {
  try {
    return firstName(p);
  } catch (e) {
    return 'caught ' + e.constructor.name + ': ' + e.message;
  }
}

const people = [{ name: { first: 'Ada' } }, { name: { first: 'Alan' } }];
%PrepareFunctionForOptimization(firstName);
console.log(safe(people[0]));
console.log(safe(people[1]));
%OptimizeFunctionOnNextCall(firstName);
console.log(safe({ name: { first: 'Grace' } }));
console.log(safe({ title: 'Dr', name: undefined }));
console.log(safe({ name: null }));
console.log(safe({ name: { first: 'Edsger' } }));
