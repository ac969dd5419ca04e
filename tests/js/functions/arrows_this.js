const obj = {
  name: 'obj',
  regular() { return this.name; },
  arrow: () => typeof this,
  nested() {
    const inner = () => this.name;
    return inner();
  },
  delayed() {
    return [1, 2].map(function () { return this === globalThis; });
  },
  delayedArrow() {
    return [1, 2].map(() => this.name);
  },
  withThisArg() {
    return [1].map(function () { return this.name; }, { name: 'thisArg' });
  },
};
console.log(obj.regular());
console.log(obj.arrow());
console.log(obj.nested());
console.log(obj.delayed());
console.log(obj.delayedArrow());
console.log(obj.withThisArg());
const detached = obj.regular;
try {
  console.log(detached());
} catch (e) {
  console.log('detached error', e instanceof TypeError);
}
function outerArgs() {
  const arrow = () => arguments.length + ':' + Array.from(arguments).join(',');
  return arrow('ignored', 'too');
}
console.log(outerArgs(1, 2, 3));
function Person(name) {
  this.name = name;
  this.greetLater = () => 'hi ' + this.name;
}
const p = new Person('ann');
const g = p.greetLater;
console.log(g());
const bound = obj.regular.bind({ name: 'bound' });
console.log(bound(), bound.call({ name: 'other' }));
const arrowBindTry = (() => this).call({ x: 1 });
console.log(arrowBindTry === module.exports);
try {
  const A = () => {};
  new A();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log((() => {}).prototype, typeof function () {}.prototype);
