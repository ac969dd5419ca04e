// Math builtins called in hot code (computed inline by optimized code):
// -0, NaN, infinities and non-number arguments behave as in the interpreter.
function f(x, y) {
  return [Math.floor(x), Math.ceil(x), Math.abs(x), Math.sqrt(x), Math.trunc(x), Math.max(x, y), Math.min(x, y)];
}
let acc = 0;
for (let i = 0; i < 3000; i++) {
  const r = f(i / 7 - 100, i % 13);
  acc += r[0] + r[1] + r[2] + (r[3] || 0) + r[4] + r[5] + r[6];
}
console.log(acc);
for (const [x, y] of [[-0, 0], [0, -0], [NaN, 1], [1, NaN], [-0.5, -0.25], [Infinity, -Infinity], [-4, 2], ['9', '2'], [true, null], [2.5, undefined]]) {
  console.log(f(x, y).map((v) => Object.is(v, -0) ? '-0' : v).join(' '));
}
function hyp(a, b) { return Math.sqrt(a * a + b * b); }
let h = 0;
for (let i = 0; i < 5000; i++) h += hyp(i, i + 1);
console.log(h.toFixed(6), hyp(3, 4), hyp('3', 4));
const floor = Math.floor;
Math.floor = (x) => 'patched ' + x;
console.log(f(1.5, 2)[0]);
Math.floor = floor;
console.log(f(1.5, 2)[0]);
