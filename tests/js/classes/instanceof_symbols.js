class Even {
  static [Symbol.hasInstance](n) { return typeof n === 'number' && n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even, 'x' instanceof Even);
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, A.prototype.isPrototypeOf(b), B.prototype.isPrototypeOf(new A()));
const plain = Object.create(B.prototype);
console.log(plain instanceof A, plain.constructor.name);
function F() {}
const f = new F();
console.log(f instanceof F);
F.prototype = {};
console.log(f instanceof F);
console.log(Object.getPrototypeOf(b) === B.prototype, B.prototype.constructor === B);
class Collection {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { yield* this.items; }
  get [Symbol.toStringTag]() { return 'Collection'; }
  static get [Symbol.species]() { return Array; }
}
const col = new Collection(1, 2, 3);
console.log([...col], Object.prototype.toString.call(col), String(col));
class Temperature {
  constructor(c) { this.c = c; }
  [Symbol.toPrimitive](hint) { return hint === 'string' ? `${this.c}°C` : this.c; }
}
const t = new Temperature(21);
console.log(`${t}`, t + 1, t * 2, t > 20, [t, new Temperature(5)].sort((x, y) => x - y).map(String));
console.log(typeof A, A instanceof Function, Object.getPrototypeOf(B) === A);
console.log(Object.getOwnPropertyNames(class { static s() {} m() {} }));
