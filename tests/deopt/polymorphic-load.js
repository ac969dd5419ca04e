// A named load that saw two shapes is compiled as a map dispatch; a third
// shape deopts with a wrong map.
// deopt: function=getX reason=wrong map
function getX(o) { return o.x; }
%PrepareFunctionForOptimization(getX);
console.log(getX({ x: 1 }), getX({ y: 2, x: 3 }));
console.log(getX({ x: 4 }), getX({ y: 5, x: 6 }));
%OptimizeFunctionOnNextCall(getX);
console.log(getX({ x: 7 }), getX({ y: 8, x: 9 }));
console.log(getX({ z: 0, y: 1, x: 10 }));
