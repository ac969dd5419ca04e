const Anon = class {
  hello() { return 'hi from anon'; }
};
console.log(Anon.name, new Anon().hello());
function mixin(Base, name) {
  return class extends Base {
    [name]() { return `${name} mixed into ${Base.name}`; }
  };
}
class Root { root() { return 'root'; } }
const Mixed = mixin(mixin(Root, 'fly'), 'swim');
const m = new Mixed();
console.log(m.root(), m.fly(), m.swim());
console.log(m instanceof Root);
const Serializable = B => class extends B { serialize() { return JSON.stringify(this); } };
const Eq = B => class extends B { equals(o) { return this.serialize() === o.serialize(); } };
class Pt { constructor(x, y) { this.x = x; this.y = y; } }
const SPt = Eq(Serializable(Pt));
const a = new SPt(1, 2), b = new SPt(1, 2), c = new SPt(2, 1);
console.log(a.serialize(), a.equals(b), a.equals(c));
const classes = [class A {}, class B {}, class {}];
console.log(classes.map(k => k.name));
const factory = (greeting) => class { greet() { return greeting; } };
const En = factory('hello'), Fr = factory('bonjour');
console.log(new En().greet(), new Fr().greet(), En === Fr);
class Outer {
  static Inner = class { where() { return 'inner'; } };
}
console.log(new Outer.Inner().where());
console.log(typeof class {}, (class { static v = 5; }).v);
