class Thing {
  constructor(v) { this.v = v; }
}
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
attempt('call class', () => Thing(1));
attempt('call.call', () => Thing.call(null, 1));
attempt('apply', () => Thing.apply(null, [1]));
attempt('new', () => new Thing(1).v);
attempt('new non-constructor method', () => { const o = { m() {} }; return new o.m(); });
attempt('new arrow', () => { const f = () => {}; return new f(); });
attempt('extends non-constructor', () => { class X extends 42 {} return X; });
attempt('extends null then new', () => { class N extends null {} return new N(); });
attempt('super getter on prototype', () => {
  class P { get v() { return 'P.v'; } }
  class C extends P { get v() { return 'C+' + super.v; } }
  return new C().v;
});
attempt('class is strict', () => {
  class S { m() { undeclaredInClass = 1; } }
  new S().m();
  return 'no error';
});
attempt('class binding is const inside', () => {
  class K { static reassign() { K = null; } }
  K.reassign();
  return 'no error';
});
attempt('methods not enumerable', () => {
  class E { a() {} }
  return Object.keys(E.prototype).length;
});
