// Two parameters may be the same object: a map transition made through one
// must invalidate what is known about the other's map, or a later store
// through it lands in the wrong slot.
// deopt: function=f reason=wrong map
function f(o, p) {
  p.x;
  o.y = 1;
  p.z = 2;
  return o.y + ':' + Object.keys(o).join(',');
}

%PrepareFunctionForOptimization(f);
console.log(f({ x: 0 }, { x: 0 }));
console.log(f({ x: 0 }, { x: 0 }));
%OptimizeFunctionOnNextCall(f);
console.log(f({ x: 0 }, { x: 0 }));
const a = { x: 0 };
console.log(f(a, a), JSON.stringify(a));
