let out = [];
for (let i = 0; i < 5; i++) out.push(i);
console.log(out);
out = [];
for (let i = 10; i > 0; i -= 3) out.push(i);
console.log(out);
let i = 0;
while (i < 5) i += 2;
console.log('while', i);
let j = 100;
do { j++; } while (j < 5);
console.log('do-while runs once', j);
let n = 27, steps = 0;
while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
console.log('collatz steps', steps);
out = [];
for (let a = 0; a < 10; a++) {
  if (a % 2 === 0) continue;
  if (a > 7) break;
  out.push(a);
}
console.log(out);
let count = 0;
for (;;) { if (++count >= 7) break; }
console.log('infinite for broke at', count);
const matrix = [];
for (let r = 0; r < 3; r++) {
  const row = [];
  for (let c = 0; c < 4; c++) row.push(r * 4 + c);
  matrix.push(row);
}
console.log(matrix);
let k = 0;
do {
  k++;
  if (k === 2) continue;
  console.log('do k', k);
} while (k < 4);
let total = 0;
for (let x = 1, y = 10; x < y; x++, y--) total += x * y;
console.log('total', total);
const arr = [3, 1, 4, 1, 5, 9, 2, 6];
let max = -Infinity;
for (let idx = 0; idx < arr.length; idx++) if (arr[idx] > max) max = arr[idx];
console.log('max', max);
let w = 0;
while (true) { w++; if (w * w > 50) break; }
console.log('w', w);
