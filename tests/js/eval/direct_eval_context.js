// Code given to a direct eval sees what the code around the call sees:
// new.target in functions, super in methods and field initializers,
// super() in derived constructors, and the private names of enclosing
// classes; `arguments` in a field initializer is a SyntaxError.
function F() {
  return eval('new.target');
}
console.log(new F() === undefined, typeof new F(), F());
function G() {
  this.v = eval('new.target') === G;
}
console.log(new G().v);
function H() {
  return (() => eval('new.target'))();
}
console.log(H() === undefined);
function Nested() {
  return eval('eval("new.target")');
}
console.log(new Nested() === undefined);

const o = {
  __proto__: { x: 1 },
  m() {
    return eval('super.x');
  },
  a() {
    return (() => eval('super.x'))();
  },
};
console.log(o.m(), o.a());

class A {
  f() {
    return 'A.f';
  }
}
class B extends A {
  g() {
    return eval('super.f()');
  }
  h = eval('super.f()');
}
console.log(new B().g(), new B().h);

class P {
  constructor() {
    this.p = 1;
  }
}
class Q extends P {
  constructor() {
    eval('super()');
    this.q = 2;
  }
}
console.log(new Q());
class Twice extends P {
  constructor() {
    super();
    eval('super()');
  }
}
try {
  new Twice();
} catch (e) {
  console.log(e.name, e.message);
}

for (const code of [
  'class C { x = eval("arguments"); } new C();',
  'class C { x = () => eval("arguments"); } new C().x();',
  'class C { static { eval("arguments"); } }',
  'eval("super.x")',
  'const o2 = { m() { return eval("(function() { return super.y; })"); } }; o2.m();',
  'class D { m() { eval("super()"); } } new D().m();',
  'class R { m() { return eval("this.#nope"); } } new R().m();',
  'eval("this.#nope")',
]) {
  try {
    eval(code);
    console.log('no error:', code);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
class Fields {
  x = eval('typeof function() { return arguments; }');
}
console.log(new Fields().x);

class Private {
  #p = 5;
  #m() {
    return 'm';
  }
  static #s = 's';
  get() {
    return eval('this.#p');
  }
  arrow() {
    return eval('() => this.#p + 1')();
  }
  has(o) {
    return eval('#p in o');
  }
  call() {
    return eval('this.#m()');
  }
  static s() {
    return eval('Private.#s');
  }
  set(v) {
    eval('this.#p = v');
    return this.#p;
  }
}
const p = new Private();
console.log(p.get(), p.arrow(), p.has(p), p.has({}), p.call(), Private.s(), p.set(9));

// A private name does not shadow a variable of the same name.
var x = 'outer';
class S {
  #x = 1;
  m() {
    return eval('x');
  }
}
console.log(new S().m());

class T {
  static s = eval('new.target');
  f = eval('new.target');
}
console.log(T.s, new T().f);

// Eval code's `this` is its caller's binding: unbound before super().
class BeforeSuper extends P {
  constructor() {
    try {
      eval('this');
    } catch (e) {
      console.log(e.name);
    }
    super();
    console.log(eval('this') === this);
  }
}
new BeforeSuper();
