class Animal {
  constructor(name) {
    this.name = name;
    console.log('Animal ctor', name, new.target.name);
  }
  speak() { return `${this.name} makes a noise`; }
  get kind() { return 'animal'; }
  static create(name) { return new this(name); }
  static describe() { return `class ${this.name}`; }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return `${super.speak()} - woof (${this.breed})`; }
  get kind() { return 'dog/' + super.kind; }
  static describe() { return super.describe() + ' extends Animal'; }
}
class Puppy extends Dog {
  speak() { return super.speak() + ' (tiny)'; }
}
const d = new Dog('Rex', 'lab');
console.log(d.speak(), d.kind);
const pup = new Puppy('Bit', 'pug');
console.log(pup.speak());
console.log(pup);
console.log(pup instanceof Puppy, pup instanceof Dog, pup instanceof Animal, pup instanceof Object);
console.log(Dog.describe(), Puppy.describe());
const created = Puppy.create('Made');
console.log(created.constructor.name, created.breed);
console.log(Object.getPrototypeOf(Puppy) === Dog, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
class NoCtor extends Animal {}
const nc = new NoCtor('nc');
console.log(nc.name, nc.speak());
class Bad extends Animal {
  constructor() { this.x = 1; super('bad'); }
}
try {
  new Bad();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
class ReturnsObj extends Animal {
  constructor() { super('r'); return { replaced: true }; }
}
console.log(new ReturnsObj());
