class Shape {
  constructor(name) { this.name = name; }
  get area() { return 0; }
  get description() { return `${this.name} with area ${this.area.toFixed(2)}`; }
  static compare(a, b) { return a.area - b.area; }
  toString() { return `[${this.constructor.name} ${this.name}]`; }
}
class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  set dims([w, h]) { this.w = w; this.h = h; }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = 'square'; }
  set side(s) { this.dims = [s, s]; }
  get side() { return this.w; }
}
class Circle extends Shape {
  #r;
  constructor(r) { super('circle'); this.#r = r; }
  get area() { return Math.PI * this.#r ** 2; }
  get radius() { return this.#r; }
}
const shapes = [new Rect(3, 4), new Square(2), new Circle(1), new Shape('blob')];
for (const s of shapes) console.log(s.description, String(s));
shapes.sort(Shape.compare);
console.log(shapes.map(s => s.name));
const sq = shapes.find(s => s instanceof Square);
sq.side = 5;
console.log(sq.side, sq.area, sq);
const r = new Rect(1, 1);
r.dims = [6, 7];
console.log(r.area, r.dims);
const c = shapes.find(s => s instanceof Circle);
c.radius = 10;
console.log(c.radius, c);
console.log(Object.getOwnPropertyNames(Square.prototype), Object.getOwnPropertyNames(Rect.prototype));
console.log('area' in sq, Object.hasOwn(sq, 'area'));
class Overrider extends Rect {
  get area() { return super.area * 2; }
}
console.log(new Overrider(2, 3).area);
