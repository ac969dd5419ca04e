function* withArgs(a, b = a * 2, ...rest) {
  yield a;
  yield b;
  yield rest;
  yield arguments.length;
}
console.log([...withArgs(1)], [...withArgs(1, 5, 7, 8)]);
const obj = {
  items: ['x', 'y'],
  *each() { for (const i of this.items) yield `${i}@${this.items.length}`; },
};
console.log([...obj.each()]);
class Repeater {
  constructor(v, n) { this.v = v; this.n = n; }
  *times() { for (let i = 0; i < this.n; i++) yield this.v; }
  static *range(a, b) { for (let i = a; i < b; i++) yield i; }
}
console.log([...new Repeater('r', 3).times()], [...Repeater.range(3, 7)]);
function* outerScope() {
  let counter = 0;
  const inc = () => ++counter;
  yield inc();
  yield inc();
  yield counter;
}
console.log([...outerScope()]);
const gens = [1, 2, 3].map(n => (function* () { for (let i = 0; i < n; i++) yield n; })());
console.log(gens.map(g => [...g].join('')));
const g = withArgs(10, 20);
console.log(typeof g, g instanceof withArgs, Object.getPrototypeOf(g) === withArgs.prototype);
console.log(typeof withArgs.prototype.next, withArgs.constructor.name);
try {
  new withArgs();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
const itObj = { from: 1, to: 3, *[Symbol.iterator]() { for (let v = this.from; v <= this.to; v++) yield v; } };
console.log(Math.max(...itObj), Array.from(itObj, x => x * 10), new Set(itObj).size);
