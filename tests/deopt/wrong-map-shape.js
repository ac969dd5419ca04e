// A monomorphic property load (map check + field load) meets an object
// whose properties were added in another order: "wrong map".
// deopt: function=getX reason=wrong map
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function getX(o) { return o.x; }

%PrepareFunctionForOptimization(getX);
console.log(getX({ x: 1, y: 2 }));
console.log(getX({ x: 3, y: 4 }));
%OptimizeFunctionOnNextCall(getX);
console.log(getX({ x: 5, y: 6 }));
console.log('[opt] getX', status(getX));
console.log(getX({ y: 7, x: 8 }));
console.log('[opt] getX', status(getX));
console.log(getX({ x: 9 }));
console.log(getX({ y: 10 }));
