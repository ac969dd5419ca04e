const memo = new Map();
let calls = 0;
function fib(n) {
  calls++;
  if (n < 2) return n;
  if (memo.has(n)) return memo.get(n);
  const v = fib(n - 1) + fib(n - 2);
  memo.set(n, v);
  return v;
}
for (const n of [0, 1, 2, 10, 20, 30, 50, 70, 78, 79, 90]) {
  calls = 0;
  console.log(`fib(${n}) = ${fib(n)} (calls: ${calls})`);
}
console.log('memo size', memo.size);
console.log([...memo.keys()].slice(0, 10));
console.log(fib(1476), fib(1477));
function memoize(fn) {
  const cache = new Map();
  const wrapped = (...args) => {
    const key = args.join('|');
    if (cache.has(key)) { wrapped.hits++; return cache.get(key); }
    const r = fn(...args);
    cache.set(key, r);
    return r;
  };
  wrapped.hits = 0;
  wrapped.cache = cache;
  return wrapped;
}
const binom = memoize((n, k) => (k === 0 || k === n ? 1 : binom(n - 1, k - 1) + binom(n - 1, k)));
console.log(binom(10, 5), binom(30, 15), binom(50, 25));
console.log('hits', binom.hits, 'entries', binom.cache.size);
const row = [];
for (let k = 0; k <= 12; k++) row.push(binom(12, k));
console.log(row);
const grid = memoize((r, c) => (r === 0 || c === 0 ? 1 : grid(r - 1, c) + grid(r, c - 1)));
console.log('lattice paths 16x16', grid(16, 16));
const partitions = memoize((n, max) => {
  if (n === 0) return 1;
  let total = 0;
  for (let k = Math.min(n, max); k >= 1; k--) total += partitions(n - k, k);
  return total;
});
console.log([1, 5, 10, 20, 50, 100].map(n => partitions(n, n)));
function fibIter(n) { let a = 0, b = 1; for (let i = 0; i < n; i++) [a, b] = [b, a + b]; return a; }
console.log(fibIter(78) === fib(78), fibIter(100));
// Longest common subsequence with a memo table keyed by "i,j"
function lcs(a, b) {
  const table = new Map();
  function go(i, j) {
    if (i === a.length || j === b.length) return '';
    const key = i + ',' + j;
    if (table.has(key)) return table.get(key);
    let r;
    if (a[i] === b[j]) r = a[i] + go(i + 1, j + 1);
    else {
      const x = go(i + 1, j), y = go(i, j + 1);
      r = x.length >= y.length ? x : y;
    }
    table.set(key, r);
    return r;
  }
  const result = go(0, 0);
  return { result, entries: table.size };
}
console.log(lcs('AGGTAB', 'GXTXAYB'), lcs('ABCBDAB', 'BDCABA'), lcs('', 'abc'));
// coin change counting with memo
const ways = memoize((amount, idx) => {
  const coins = [1, 2, 5, 10, 25, 50];
  if (amount === 0) return 1;
  if (amount < 0 || idx >= coins.length) return 0;
  return ways(amount - coins[idx], idx) + ways(amount, idx + 1);
});
console.log([1, 5, 10, 25, 100, 250].map(a => ways(a, 0)));
