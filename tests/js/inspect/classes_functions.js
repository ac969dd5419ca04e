class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2));
class A {}
class B extends A {}
console.log(A, B);
console.log(new A(), new B());
console.log([new Point(0, 0), new Point(-1, 2.5)]);
console.log({ p: new Point(3, 4) });
class WithAccessor { constructor() { this.v = 1; } get computed() { return 2; } }
console.log(new WithAccessor());
class Empty {}
console.log({ e: new Empty() });
function f() {}
const g = function () {};
const h = () => {};
const named = function inner() {};
console.log(f, g, h, named);
console.log([f, () => {}, function () {}]);
console.log({ method() {}, arrow: () => {}, fn: function () {} });
console.log(Math.max, [].push);
console.log(class {}, class Foo {});
const Anon = class {};
console.log(Anon);
function* gen() {}
console.log(gen);
console.log(Object.create(null));
const nullProto = Object.create(null);
nullProto.x = 1;
console.log(nullProto);
console.log(Object.create(Point.prototype));
class Sub extends Point { constructor() { super(5, 6); this.z = 7; } }
console.log(new Sub());
function Legacy(v) { this.v = v; }
console.log(new Legacy(1));
const withFnProps = function props() {};
withFnProps.extra = 1;
console.log(withFnProps);
