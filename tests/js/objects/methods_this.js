const calc = {
  value: 0,
  add(n) { this.value += n; return this; },
  mul(n) { this.value *= n; return this; },
  result() { return this.value; },
};
console.log(calc.add(3).mul(4).add(1).result());
const counter = {
  count: 0,
  increment: function () { return ++this.count; },
};
console.log(counter.increment(), counter.increment());
const other = { count: 100, increment: counter.increment };
console.log(other.increment(), counter.count);
const objs = [{ n: 1 }, { n: 2 }];
function getN() { return this.n; }
objs.forEach(o => { o.getN = getN; });
console.log(objs.map(o => o.getN()));
const nestedThis = {
  name: 'outer',
  inner: { name: 'inner', who() { return this.name; } },
};
console.log(nestedThis.inner.who());
const m = nestedThis.inner.who;
console.log(m.call(nestedThis));
console.log((0, nestedThis.inner.who).call({ name: 'comma' }));
console.log((nestedThis.inner.who)());
const shorthand = {
  toString() { return 'custom toString'; },
  valueOf() { return 7; },
};
console.log(`${shorthand}`, shorthand + 1, shorthand * 2, String(shorthand));
const key = 'dyn';
const dynamic = { [key + 'Method']() { return 'dynamic method'; } };
console.log(dynamic.dynMethod(), dynamic.dynMethod.name);
