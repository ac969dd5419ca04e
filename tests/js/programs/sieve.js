'use strict';
function sieve(limit) {
  const isComposite = new Array(limit + 1).fill(false);
  const primes = [];
  for (let i = 2; i <= limit; i++) {
    if (isComposite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) isComposite[j] = true;
  }
  return primes;
}
const p100 = sieve(100);
console.log(p100);
console.log('count below 100', p100.length);
const p10k = sieve(10000);
console.log('count below 10000', p10k.length, 'last', p10k[p10k.length - 1]);
const p100k = sieve(100000);
console.log('count below 100000', p100k.length, 'sum', p100k.reduce((a, b) => a + b, 0));
const twins = [];
for (let i = 1; i < p10k.length && twins.length < 15; i++) if (p10k[i] - p10k[i - 1] === 2) twins.push([p10k[i - 1], p10k[i]]);
console.log(twins.map(t => t.join('/')).join(' '));
let maxGap = 0, gapAt = 0;
for (let i = 1; i < p100k.length; i++) {
  const g = p100k[i] - p100k[i - 1];
  if (g > maxGap) { maxGap = g; gapAt = p100k[i - 1]; }
}
console.log('max gap below 100000', maxGap, 'after', gapAt);
function factorize(n) {
  const f = [];
  for (const p of p10k) {
    if (p * p > n) break;
    while (n % p === 0) { f.push(p); n /= p; }
  }
  if (n > 1) f.push(n);
  return f;
}
for (const n of [2, 12, 360, 97, 1001, 65536, 999983, 123456789, 600851475143]) {
  console.log(n, '=', factorize(n).join(' * '));
}
const goldbach = [];
const primeSet = new Set(p10k);
for (let n = 4; n <= 40; n += 2) {
  const p = p10k.find(q => primeSet.has(n - q));
  goldbach.push(`${n}=${p}+${n - p}`);
}
console.log(goldbach.join(' '));
const buckets = new Array(10).fill(0);
for (const p of p100k) buckets[p % 10]++;
console.log('last digit distribution', buckets);
// Segmented check: count primes in [10^6, 10^6 + 1000) using the small primes
function countInRange(lo, hi) {
  const composite = new Array(hi - lo).fill(false);
  for (const p of p10k) {
    if (p * p >= hi) break;
    let start = Math.max(p * p, Math.ceil(lo / p) * p);
    for (let m = start; m < hi; m += p) composite[m - lo] = true;
  }
  const found = [];
  composite.forEach((c, i) => { if (!c && lo + i > 1) found.push(lo + i); });
  return found;
}
const seg = countInRange(1000000, 1001000);
console.log('primes in [1e6, 1e6+1000):', seg.length, seg.slice(0, 5), seg.slice(-2));
const small = countInRange(0, 100);
console.log('segmented matches simple:', small.join() === p100.join());
// Euler's totient via prime factors
const phi = n => [...new Set(factorize(n))].reduce((acc, p) => acc / p * (p - 1), n);
console.log([1, 2, 9, 10, 36, 97, 100, 1000].map(phi));
