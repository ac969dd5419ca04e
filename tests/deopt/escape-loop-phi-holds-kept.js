// A loop phi that receives an object the loop header kept removed (it is
// stored into another object's field, or into a new array, in the loop):
// it cannot stay removed through the loop, and the build starts again
// allocating it before the loop.
// deopt: function=nested reason=not a Smi
function field(a) {
  let o = { x: 2 };
  let p = { v: a };
  for (let i = 0; i < 1; i++) { p.v = o; }
  return p.v;
}
function array(a) {
  let o2 = { x: 2 };
  let arr = [a];
  for (let i = 0; i < 1; i++) { arr = [o2]; }
  return arr[0].x;
}
function nested(n, step) {
  const inner = { total: 0 };
  const outer = { last: null, count: 0 };
  for (let i = 0; i < n; i++) {
    inner.total = inner.total + step;
    outer.last = inner;
    outer.count = outer.count + 1;
  }
  return outer.count + ' ' + (outer.last === inner) + ' ' + inner.total;
}
for (const f of [field, array, nested]) %PrepareFunctionForOptimization(f);
console.log(field(1), array(1), nested(2, 1));
console.log(field(2), array(2), nested(3, 2));
for (const f of [field, array, nested]) %OptimizeFunctionOnNextCall(f);
console.log(field(3), array(3), nested(4, 3));
console.log(field(4), array(4), nested(4, 0.5));
