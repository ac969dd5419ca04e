'use strict';
class Node {
  constructor(value, next = null) { this.value = value; this.next = next; }
}
class LinkedList {
  constructor(iterable = []) {
    this.head = null;
    this.tail = null;
    this.size = 0;
    for (const v of iterable) this.append(v);
  }
  append(v) {
    const n = new Node(v);
    if (!this.head) this.head = this.tail = n;
    else { this.tail.next = n; this.tail = n; }
    this.size++;
    return this;
  }
  prepend(v) {
    this.head = new Node(v, this.head);
    if (!this.tail) this.tail = this.head;
    this.size++;
    return this;
  }
  removeFirst(pred) {
    let prev = null;
    for (let cur = this.head; cur; prev = cur, cur = cur.next) {
      if (pred(cur.value)) {
        if (prev) prev.next = cur.next; else this.head = cur.next;
        if (cur === this.tail) this.tail = prev;
        this.size--;
        return cur.value;
      }
    }
    return undefined;
  }
  reverse() {
    let prev = null, cur = this.head;
    this.tail = cur;
    while (cur) { const next = cur.next; cur.next = prev; prev = cur; cur = next; }
    this.head = prev;
    return this;
  }
  *[Symbol.iterator]() {
    for (let cur = this.head; cur; cur = cur.next) yield cur.value;
  }
  map(fn) { return new LinkedList([...this].map(fn)); }
  at(i) { let k = 0; for (const v of this) if (k++ === i) return v; return undefined; }
  toString() { return [...this].join(' -> ') || '(empty)'; }
  static merge(a, b) {
    const out = new LinkedList();
    const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
    let x = ia.next(), y = ib.next();
    while (!x.done || !y.done) {
      if (y.done || (!x.done && x.value <= y.value)) { out.append(x.value); x = ia.next(); }
      else { out.append(y.value); y = ib.next(); }
    }
    return out;
  }
}
const list = new LinkedList([3, 1, 4, 1, 5]);
console.log(String(list), list.size);
list.prepend(0).append(9);
console.log(String(list), list.size, list.head.value, list.tail.value);
console.log('removed', list.removeFirst(v => v === 1), String(list));
console.log('removed', list.removeFirst(v => v === 9), String(list), 'tail', list.tail.value);
console.log('removed', list.removeFirst(v => v === 42));
console.log(String(list.reverse()), 'head', list.head.value, 'tail', list.tail.value);
console.log(String(list.map(v => v * 10)));
console.log([...list], Array.from(list).length, list.at(2), list.at(99));
for (const v of list) { if (v > 3) break; console.log('iter', v); }
const [first, second, ...rest] = list;
console.log(first, second, rest);
const merged = LinkedList.merge(new LinkedList([1, 4, 7, 10]), new LinkedList([2, 3, 8]));
console.log(String(merged), merged.size);
const empty = new LinkedList();
console.log(String(empty), [...empty], String(empty.reverse()));
console.log(new LinkedList(['a', 'b']));
const big = new LinkedList();
for (let i = 0; i < 1000; i++) big.append(i);
let s = 0;
for (const v of big) s += v;
console.log('sum', s, 'size', big.size);
