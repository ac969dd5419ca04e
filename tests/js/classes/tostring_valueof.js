class Money {
  constructor(cents) { this.cents = cents; }
  valueOf() { return this.cents; }
  toString() { return `$${(this.cents / 100).toFixed(2)}`; }
  toJSON() { return { amount: this.cents / 100, currency: 'USD' }; }
}
const a = new Money(1050), b = new Money(250);
console.log(a + b, a > b, a - b, `${a}`, String(b), a + '');
console.log(JSON.stringify({ a, list: [b] }));
console.log([a, b].sort((x, y) => x - y).map(String));
class Vec {
  constructor(...c) { this.c = c; }
  get [Symbol.toStringTag]() { return 'Vec'; }
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return Math.hypot(...this.c);
    if (hint === 'string') return `Vec(${this.c.join(', ')})`;
    return 'default:' + this.c.length;
  }
}
const v = new Vec(3, 4);
console.log(+v, `${v}`, v + '', Object.prototype.toString.call(v));
console.log(v * 2, String(v), v == 'default:2');
