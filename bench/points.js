// Monomorphic property access on objects of one shape, method calls.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  norm2() { return this.x * this.x + this.y * this.y; }
}
let acc = new Point(0, 0);
let s = 0;
for (let i = 0; i < 300000; i++) {
  acc = acc.add(new Point(i % 7, i % 11));
  s += acc.norm2() % 1000;
}
console.log(acc.x, acc.y, s);
