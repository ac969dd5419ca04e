// push and pop in optimized code: in place, growing the buffer, double
// elements (NaN canonicalized), popping to empty.
function fill(n) { const a = []; for (let i = 0; i < n; i++) a.push(i * 2); return a; }
function fillD(n) { const a = [0.5]; for (let i = 0; i < n; i++) a.push(i / 4); return a; }
function fillO(n) { const a = [{}]; for (let i = 0; i < n; i++) a.push({i}); return a; }
function drain(a) { let s = 0; let x; while ((x = a.pop()) !== undefined) s += x; return s; }
let t = 0;
for (let r = 0; r < 2000; r++) { const a = fill(r % 50); t += drain(a) + a.length; const d = fillD(r % 30); t += drain(d); t += fillO(r%20).length; }
console.log(t);
const a = fill(100000); console.log(a.length, a[99999], drain(a), a.length, a.pop());
const d = fillD(3); console.log(d, d.push(NaN), d);
