function Fn() {
  if (!new.target) return 'called without new';
  this.made = new.target === Fn;
}
console.log(Fn());
console.log(new Fn());
class Base {
  constructor() {
    this.createdBy = new.target.name;
    if (new.target === Base) console.log('direct Base instantiation');
  }
}
class Derived extends Base {}
console.log(new Base().createdBy, new Derived().createdBy);
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError('Cannot instantiate abstract class');
  }
}
class Concrete extends Abstract {}
try {
  new Abstract();
} catch (e) {
  console.log(e.message);
}
console.log(new Concrete() instanceof Abstract);
try {
  Base();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  Derived.call({});
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
const Expr = class {};
try { Expr(); } catch (e) { console.log(e.message); }
const Named = class InnerName {
  who() { return InnerName.name; }
};
console.log(Named.name, new Named().who(), typeof InnerName);
const arrowInside = function () { return (() => new.target)(); };
console.log(arrowInside() === undefined, new arrowInside() instanceof Object);
