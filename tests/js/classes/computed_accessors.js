const methodName = 'dynamic';
const sym = Symbol('tag');
let counter = 0;
class Widget {
  [methodName]() { return 'dynamic method'; }
  [`${methodName}2`]() { return 'dynamic method 2'; }
  [sym]() { return 'symbol method'; }
  ['field' + (++counter)] = 'computed field';
  static ['static' + 'Method']() { return 'static computed'; }
  get [methodName + 'Getter']() { return 'computed getter'; }
  #size = 0;
  get size() { return this.#size; }
  set size(v) {
    if (v < 0) throw new RangeError('size must be >= 0');
    this.#size = v;
  }
}
const w = new Widget();
console.log(w.dynamic(), w.dynamic2(), w[sym](), w.field1, Widget.staticMethod(), w.dynamicGetter);
w.size = 5;
console.log(w.size);
try {
  w.size = -1;
} catch (e) {
  console.log(e.name, e.message, w.size);
}
console.log(Object.getOwnPropertyNames(Widget.prototype));
class Temperature {
  static #instances = 0;
  constructor(c) { this._c = c; Temperature.#instances++; }
  get fahrenheit() { return this._c * 1.8 + 32; }
  set fahrenheit(f) { this._c = (f - 32) / 1.8; }
  static get instances() { return Temperature.#instances; }
}
const t = new Temperature(100);
console.log(t.fahrenheit);
t.fahrenheit = 32;
console.log(t._c, Temperature.instances);
new Temperature(0);
console.log(Temperature.instances);
const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, 'fahrenheit');
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
class Iter {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = 0; i < this.n; i++) yield i * i; }
}
console.log([...new Iter(5)]);
