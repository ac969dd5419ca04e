const animal = {
  type: 'animal',
  describe() { return `${this.name} is a ${this.type}`; },
  speak() { return `${this.name} makes a sound`; },
};
const dog = Object.create(animal);
dog.name = 'Rex';
dog.type = 'dog';
dog.speak = function () { return `${this.name} barks; super says: ${animal.speak.call(this)}`; };
console.log(dog.describe());
console.log(dog.speak());
console.log(Object.getPrototypeOf(dog) === animal, animal.isPrototypeOf(dog));
const puppy = Object.create(dog, { name: { value: 'Bit', enumerable: true } });
console.log(puppy.describe(), Object.keys(puppy));
const lit = { __proto__: dog, name: 'Lit' };
console.log(lit.speak());
console.log(Object.getPrototypeOf(lit) === dog);
function Shape(name) { this.name = name; }
Shape.prototype.toString = function () { return `Shape(${this.name})`; };
Shape.prototype.area = function () { return 0; };
function Circle(r) { Shape.call(this, 'circle'); this.r = r; }
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () { return Math.round(Math.PI * this.r * this.r * 100) / 100; };
const c = new Circle(2);
console.log(String(c), c.area(), c instanceof Circle, c instanceof Shape);
console.log(c.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(c)) === Shape.prototype);
const nullProto = Object.create(null);
console.log(Object.getPrototypeOf(nullProto), 'toString' in nullProto);
const o = {};
Object.setPrototypeOf(o, { hello: 'world' });
console.log(o.hello);
console.log(Object.getPrototypeOf(Object.prototype));
let chain = puppy, depth = 0;
while (chain) { depth++; chain = Object.getPrototypeOf(chain); }
console.log('depth', depth);
dog.newMethod = () => 'added later';
console.log(puppy.newMethod());
