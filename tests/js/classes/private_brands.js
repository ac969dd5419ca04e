// Private methods and accessors belong to instances (a brand), not to the
// prototype: `#m in o` holds only for objects the constructor initialized,
// the method object is shared, and misuse throws V8's TypeErrors.
class Counter {
  #count = 0;
  #step() { return 1; }
  get #value() { return this.#count; }
  set #value(v) { this.#count = v; }
  increment() { this.#value = this.#value + this.#step(); return this; }
  static isCounter(o) { return #step in o; }
  static sameStep(a, b) { return a.#step === b.#step; }
  static callStep(o) { return o.#step(); }
  static writeStep(o) { o.#step = null; }
  get total() { return this.#value; }
}
const a = new Counter().increment().increment();
const b = new Counter();
console.log(a.total, b.total, Counter.sameStep(a, b));
console.log(Counter.isCounter(a), Counter.isCounter(Counter.prototype));
console.log(Counter.isCounter(Object.create(Counter.prototype)), Counter.isCounter({}));
console.log(Object.getOwnPropertyNames(a), Object.getOwnPropertySymbols(a));

function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
attempt('call on prototype', () => Counter.callStep(Counter.prototype));
attempt('call on plain object', () => Counter.callStep({}));
attempt('write a method', () => Counter.writeStep(a));

class Halves {
  get #onlyGet() { return 1; }
  set #onlySet(v) {}
  static read(o) { return o.#onlySet; }
  static write(o) { o.#onlyGet = 2; }
}
attempt('read setter-only', () => Halves.read(new Halves()));
attempt('write getter-only', () => Halves.write(new Halves()));

// A base constructor that returns another object stamps that object.
class Base {
  constructor(target) { return target; }
}
class Stamp extends Base {
  #mark() { return 'stamped'; }
  static read(o) { return o.#mark(); }
}
const plain = {};
new Stamp(plain);
console.log(Stamp.read(plain), Object.keys(plain));
attempt('stamp twice', () => new Stamp(plain));

// Static private methods live on the class itself, not on subclasses.
class Parent {
  static #secret() { return 'parent'; }
  static reveal(o) { return o.#secret(); }
}
class Child extends Parent {}
console.log(Parent.reveal(Parent));
attempt('static through subclass', () => Parent.reveal(Child));

// `super` inside a private method still reaches the parent prototype.
class Animal {
  speak() { return 'generic'; }
}
class Dog extends Animal {
  #describe() { return `dog, not ${super.speak()}`; }
  speak() { return this.#describe(); }
}
console.log(new Dog().speak());

// Private methods run before field initializers, which may call them.
class Order {
  #init() { return 'ready'; }
  state = this.#init();
}
console.log(new Order().state);

// Hot loops over private methods, for the optimizing tier.
class Vec {
  #x; #y;
  constructor(x, y) { this.#x = x; this.#y = y; }
  #dot(o) { return this.#x * o.#x + this.#y * o.#y; }
  norm2() { return this.#dot(this); }
}
let sum = 0;
for (let i = 0; i < 20000; i++) sum += new Vec(i % 7, i % 3).norm2();
console.log(sum);

// Static private methods are read-only too.
class Registry {
  static #create() { return 'created'; }
  static replace() { Registry.#create = null; }
  static make() { return Registry.#create(); }
}
attempt('write a static method', () => Registry.replace());
console.log(Registry.make());
