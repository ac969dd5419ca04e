// A computed property key is converted (ToPropertyKey, here a toString
// call) as soon as it is evaluated: before the property's value, in object
// literals, classes and destructuring alike.
const log = [];
const k = {
  toString() {
    log.push('key');
    return 'a';
  },
};
const o = { [k]: log.push('value') };
console.log(log.join(), Object.keys(o));
const s = Symbol('s');
const o2 = {
  [s]() {},
  [1 + 1]: 2,
  get [k]() {
    return 1;
  },
};
console.log(o2[s].name, Object.keys(o2), log.join());
class C {
  static [k] = log.push('static value');
  [s]() {}
}
console.log(Object.keys(C), log.join());
log.length = 0;
const target = {};
({ [k]: target[(log.push('target key'), 'x')] } = { a: 1 });
console.log(log.join(), target);
