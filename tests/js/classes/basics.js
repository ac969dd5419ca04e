class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  toString() { return `(${this.x}, ${this.y})`; }
  get length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  static origin() { return new Point(0, 0); }
}
const p = new Point(3, 4);
console.log(p);
console.log(p.add(new Point(1, 1)));
console.log(String(p), `${p}`, p.length);
console.log(Point.origin());
console.log(typeof Point, Point.name, Point.length);
console.log(Object.keys(p), Object.getOwnPropertyNames(Point.prototype));
console.log(p instanceof Point, p.constructor === Point);
console.log(Object.keys(Point.prototype));
class Empty {}
console.log(new Empty(), Empty.name);
const instances = [new Point(1, 2), new Point(-1, 0.5)];
console.log(instances);
p.extra = 'added';
console.log(p);
class Counter {
  constructor() { this.count = 0; }
  inc() { this.count++; return this; }
}
const c = new Counter().inc().inc().inc();
console.log(c.count);
const unbound = c.inc;
try {
  unbound();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
