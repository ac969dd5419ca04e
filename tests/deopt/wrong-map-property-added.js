// An object that was fine during warm-up gets a property added later:
// its map transitions and the optimized load no longer matches.
// deopt: function=area reason=wrong map
function status(f) { return %GetOptimizationStatus(f) & 16 ? 'optimized' : 'interpreted'; }
function area(r) { return r.w * r.h; }

const a = { w: 2, h: 3 };
const b = { w: 4, h: 5 };
%PrepareFunctionForOptimization(area);
console.log(area(a));
console.log(area(b));
%OptimizeFunctionOnNextCall(area);
console.log(area(a));
console.log('[opt] area', status(area));
b.label = 'big';
console.log(area(b));
console.log('[opt] area', status(area));
console.log(area(a), b.label);
