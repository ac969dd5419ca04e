function binarySearch(arr, target) {
  let lo = 0, hi = arr.length - 1, steps = 0;
  while (lo <= hi) {
    steps++;
    const mid = (lo + hi) >>> 1;
    if (arr[mid] === target) return [mid, steps];
    if (arr[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return [-1, steps];
}
const sorted = Array.from({ length: 100 }, (_, i) => i * 3);
for (const t of [0, 3, 150, 297, 298, -1]) console.log(t, binarySearch(sorted, t));
let n = 0;
let iterations = 0;
do {
  n = (n * 7 + 3) % 17;
  iterations++;
} while (n !== 0 && iterations < 100);
console.log('cycle length', iterations);
function digits(x) {
  const out = [];
  do { out.unshift(x % 10); x = Math.floor(x / 10); } while (x > 0);
  return out;
}
console.log(digits(0), digits(7), digits(1234567890));
let a = 48, b = 18;
while (b) [a, b] = [b, a % b];
console.log('gcd', a);
const queue = [1];
const visited = [];
while (queue.length && visited.length < 15) {
  const cur = queue.shift();
  if (visited.includes(cur)) continue;
  visited.push(cur);
  queue.push(cur * 2, cur * 3);
}
console.log(visited);
let str = 'aaabbbcccabc';
let removed = 0;
while (str.includes('abc')) { str = str.replace('abc', ''); removed++; }
console.log(JSON.stringify(str), removed);
let outer = 0, total = 0;
while (outer < 5) {
  let inner = 0;
  while (true) {
    if (inner >= outer) break;
    total += inner;
    inner++;
  }
  outer++;
}
console.log('total', total);
