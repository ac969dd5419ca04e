// Load elimination and redundant map checks must not look across calls
// that can change objects: `bump` (never optimized, so never inlined)
// writes o.x between two reads of it, and `grow` adds a property, changing
// o's map, between two accesses; the second access must look at the map
// again. Nothing deopts.
// deopt: none
function bump(o) { o.x = o.x + 1; }
function grow(o) { o.y = 1; }
function readAround(o) {
  const before = o.x;
  bump(o);
  return before + '->' + o.x;
}
function twice(o, change) {
  const first = o.x;
  if (change) grow(o);
  return first + o.x;
}

%NeverOptimizeFunction(bump);
%NeverOptimizeFunction(grow);
%PrepareFunctionForOptimization(readAround);
%PrepareFunctionForOptimization(twice);
console.log(readAround({ x: 1 }), twice({ x: 1 }, true));
console.log(readAround({ x: 5 }), twice({ x: 2 }, false));
%OptimizeFunctionOnNextCall(readAround);
%OptimizeFunctionOnNextCall(twice);
console.log(readAround({ x: 10 }), twice({ x: 3 }, false));
console.log(readAround({ x: 20 }), twice({ x: 4 }, true));
