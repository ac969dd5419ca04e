class MinHeap {
  constructor(compare = (a, b) => a - b) {
    this.data = [];
    this.compare = compare;
  }
  get size() { return this.data.length; }
  peek() { return this.data[0]; }
  push(value) {
    this.data.push(value);
    this.#siftUp(this.data.length - 1);
    return this;
  }
  pop() {
    if (this.data.length === 0) return undefined;
    const top = this.data[0];
    const last = this.data.pop();
    if (this.data.length > 0) {
      this.data[0] = last;
      this.#siftDown(0);
    }
    return top;
  }
  #siftUp(i) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.data[i], this.data[parent]) >= 0) break;
      [this.data[i], this.data[parent]] = [this.data[parent], this.data[i]];
      i = parent;
    }
  }
  #siftDown(i) {
    const n = this.data.length;
    while (true) {
      const l = 2 * i + 1, r = l + 1;
      let smallest = i;
      if (l < n && this.compare(this.data[l], this.data[smallest]) < 0) smallest = l;
      if (r < n && this.compare(this.data[r], this.data[smallest]) < 0) smallest = r;
      if (smallest === i) break;
      [this.data[i], this.data[smallest]] = [this.data[smallest], this.data[i]];
      i = smallest;
    }
  }
  isValid() {
    for (let i = 1; i < this.data.length; i++) {
      if (this.compare(this.data[(i - 1) >> 1], this.data[i]) > 0) return false;
    }
    return true;
  }
}
const h = new MinHeap();
for (const v of [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]) h.push(v);
console.log('size', h.size, 'peek', h.peek(), 'valid', h.isValid());
console.log(h.data);
const drained = [];
while (h.size) drained.push(h.pop());
console.log(drained);
console.log(h.pop());
// Heap sort with a pseudo-random sequence
let seed = 42;
const rand = () => (seed = (seed * 16807) % 2147483647);
const big = new MinHeap();
const input = [];
for (let i = 0; i < 500; i++) { const v = rand() % 10000; input.push(v); big.push(v); }
console.log('valid after 500 pushes', big.isValid());
const out = [];
while (big.size) out.push(big.pop());
const expected = input.slice().sort((a, b) => a - b);
console.log('heap sort matches', out.every((v, i) => v === expected[i]), out.slice(0, 8), out.slice(-3));
// Priority queue of tasks
const pq = new MinHeap((a, b) => a.priority - b.priority || a.seq - b.seq);
let seq = 0;
const add = (name, priority) => pq.push({ name, priority, seq: seq++ });
add('write tests', 2);
add('fix bug', 1);
add('coffee', 0);
add('review', 2);
add('deploy', 3);
add('email', 1);
while (pq.size) {
  const t = pq.pop();
  console.log(`p${t.priority} #${t.seq} ${t.name}`);
}
// max-heap via comparator; k largest
function kLargest(arr, k) {
  const heap = new MinHeap();
  for (const x of arr) {
    heap.push(x);
    if (heap.size > k) heap.pop();
  }
  const r = [];
  while (heap.size) r.push(heap.pop());
  return r.reverse();
}
console.log(kLargest(input, 5), expected.slice(-5).reverse());
