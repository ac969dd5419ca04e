// A primitive reaches a load specialized to one object map: the check
// fails and the interpreter does the generic load (through the prototype
// for strings, undefined for numbers).
// deopt: function=len reason=wrong map
function len(o) { return o.length; }

%PrepareFunctionForOptimization(len);
console.log(len({ length: 3 }));
console.log(len({ length: 4 }));
%OptimizeFunctionOnNextCall(len);
console.log(len({ length: 5 }));
console.log(len('hello'));
console.log(len(42));
console.log(len([1, 2]));
