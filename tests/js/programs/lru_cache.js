'use strict';
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
    this.evictions = [];
  }
  get(key) {
    if (!this.map.has(key)) { this.misses++; return undefined; }
    const v = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, v);
    this.hits++;
    return v;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
      this.evictions.push(oldest);
    }
    this.map.set(key, value);
    return this;
  }
  keys() { return [...this.map.keys()]; }
}
const c = new LRUCache(3);
c.set('a', 1).set('b', 2).set('c', 3);
console.log(c.keys());
console.log(c.get('a'), c.keys());
c.set('d', 4);
console.log(c.keys(), 'evicted', c.evictions);
console.log(c.get('b'), c.get('c'), c.keys());
c.set('a', 10);
console.log(c.keys(), c.get('a'));
c.set('e', 5).set('f', 6);
console.log(c.keys(), c.evictions);
console.log('hits', c.hits, 'misses', c.misses);
console.log(c.map);
// simulate a workload
const cache = new LRUCache(8);
let seed = 1;
const next = () => (seed = (seed * 48271) % 2147483647);
let computeCalls = 0;
const slowSquare = n => { computeCalls++; return n * n; };
let total = 0;
for (let i = 0; i < 400; i++) {
  const k = next() % 20 < 15 ? next() % 6 : next() % 50;
  let v = cache.get(k);
  if (v === undefined) { v = slowSquare(k); cache.set(k, v); }
  total += v;
}
console.log('total', total, 'computeCalls', computeCalls, 'hits', cache.hits, 'misses', cache.misses);
console.log('final keys', cache.keys(), 'evictions', cache.evictions.length);
// memoize a recursive function through the LRU cache and observe evictions
const small = new LRUCache(4);
let computed = 0;
function collatzLen(n) {
  if (n === 1) return 1;
  const hit = small.get(n);
  if (hit !== undefined) return hit;
  computed++;
  const len = 1 + collatzLen(n % 2 ? 3 * n + 1 : n / 2);
  small.set(n, len);
  return len;
}
console.log([1, 2, 3, 6, 7, 9, 27].map(collatzLen));
console.log('computed', computed, 'hits', small.hits, 'evictions', small.evictions.length, 'keys', small.keys());
