'use strict';
function quicksort(arr, cmp = (a, b) => a - b) {
  const a = arr.slice();
  (function qs(lo, hi) {
    if (lo >= hi) return;
    const pivot = a[(lo + hi) >> 1];
    let i = lo, j = hi;
    while (i <= j) {
      while (cmp(a[i], pivot) < 0) i++;
      while (cmp(a[j], pivot) > 0) j--;
      if (i <= j) { [a[i], a[j]] = [a[j], a[i]]; i++; j--; }
    }
    qs(lo, j);
    qs(i, hi);
  })(0, a.length - 1);
  return a;
}
function mergesort(arr, cmp = (a, b) => a - b) {
  if (arr.length <= 1) return arr.slice();
  const mid = arr.length >> 1;
  const left = mergesort(arr.slice(0, mid), cmp);
  const right = mergesort(arr.slice(mid), cmp);
  const out = [];
  let i = 0, j = 0;
  while (i < left.length && j < right.length) out.push(cmp(left[i], right[j]) <= 0 ? left[i++] : right[j++]);
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}
function insertionSort(arr) {
  const a = arr.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}
function heapsort(arr) {
  const a = arr.slice();
  const n = a.length;
  const sift = (i, size) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < size && a[l] > a[m]) m = l;
      if (r < size && a[r] > a[m]) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m], a[i]];
      i = m;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) sift(i, n);
  for (let end = n - 1; end > 0; end--) { [a[0], a[end]] = [a[end], a[0]]; sift(0, end); }
  return a;
}
function countingSort(arr, max) {
  const counts = new Array(max + 1).fill(0);
  for (const v of arr) counts[v]++;
  const out = [];
  counts.forEach((c, v) => { for (let k = 0; k < c; k++) out.push(v); });
  return out;
}
let seed = 7;
const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
const small = Array.from({ length: 20 }, () => rand() % 100);
console.log('input    ', small.join(' '));
console.log('quick    ', quicksort(small).join(' '));
console.log('merge    ', mergesort(small).join(' '));
console.log('insertion', insertionSort(small).join(' '));
console.log('heap     ', heapsort(small).join(' '));
console.log('counting ', countingSort(small, 99).join(' '));
console.log('desc     ', quicksort(small, (a, b) => b - a).join(' '));
const big = Array.from({ length: 2000 }, () => rand() % 100000);
const ref = big.slice().sort((a, b) => a - b);
const same = (x) => x.length === ref.length && x.every((v, i) => v === ref[i]);
console.log('big quick', same(quicksort(big)), 'merge', same(mergesort(big)), 'heap', same(heapsort(big)));
const words = 'delta alpha echo charlie bravo foxtrot alpha golf'.split(' ');
const strCmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
console.log(quicksort(words, strCmp), mergesort(words, strCmp));
const recs = [{ k: 2, id: 'a' }, { k: 1, id: 'b' }, { k: 2, id: 'c' }, { k: 1, id: 'd' }, { k: 0, id: 'e' }];
console.log('stable merge', mergesort(recs, (x, y) => x.k - y.k).map(r => r.id).join(''));
console.log(quicksort([]), mergesort([1]), heapsort([2, 1]), insertionSort([3, 3, 3]));
