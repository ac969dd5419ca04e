const s1 = Symbol('desc');
const s2 = Symbol('desc');
const s3 = Symbol();
console.log(s1.toString(), s3.toString(), s1.description, s3.description);
console.log(s1 === s2, typeof s1, s1 == s1);
const obj = { [s1]: 'value1', regular: 'r' };
obj[s2] = 'value2';
console.log(obj[s1], obj[s2], Object.keys(obj), JSON.stringify(obj));
console.log(Object.getOwnPropertySymbols(obj).map(s => s.toString()));
for (const k in obj) console.log('for-in key', k);
const g1 = Symbol.for('global');
const g2 = Symbol.for('global');
console.log(g1 === g2, Symbol.keyFor(g1), Symbol.keyFor(s1));
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.iterator.description);
try {
  console.log('' + s1);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  new Symbol();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(String(s1), `${s1.description}`);
const counter = {
  [Symbol.iterator]: function* () { yield 1; yield 2; },
};
console.log([...counter]);
class Tagged {
  get [Symbol.toStringTag]() { return 'TaggedThing'; }
}
console.log(Object.prototype.toString.call(new Tagged()));
const hidden = Symbol('hidden');
class Box {
  constructor(v) { this[hidden] = v; this.visible = true; }
  reveal() { return this[hidden]; }
}
const bx = new Box(42);
console.log(bx.reveal(), Object.keys(bx), hidden in bx);
console.log(Object(s1) instanceof Symbol, typeof Object(s1));
console.log([Symbol('a'), Symbol('b')].map(s => s.description).join(','));
