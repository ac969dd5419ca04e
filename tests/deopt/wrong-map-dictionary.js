// Deleting a property turns the object into dictionary mode (a map of
// its own): the map check fails.
// deopt: function=total reason=wrong map
function total(o) { return o.a + o.b; }

const o1 = { a: 1, b: 2, c: 3 };
const o2 = { a: 10, b: 20, c: 30 };
%PrepareFunctionForOptimization(total);
console.log(total(o1));
console.log(total(o2));
%OptimizeFunctionOnNextCall(total);
console.log(total(o1));
delete o2.c;
console.log(total(o2));
console.log(total(o1));
console.log(JSON.stringify(o2));
