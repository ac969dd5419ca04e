// Class elements are defined with DefinePropertyOrThrow (frozen or proxy
// this, a static prototype method), a private field twice throws, and a
// derived constructor's bad return is not caught by its own try.
function t(name, f) { try { var r = f(); console.log(name, "->", r); } catch (e) { console.log(name, "->", e.constructor.name); } }

class F { f = Object.freeze(this); g = 1; }
t("field on frozen this", () => { new F(); return "no throw"; });

class A { constructor(o) { return o; } }
class P extends A { #x; }
var o = new P({});
t("private field added twice", () => { new P(o); return "no throw"; });

class R extends class {} { constructor() { super(); try { return 0; } catch (e) { return; } } }
t("derived returns 0 inside try", () => { new R(); return "no throw"; });

var log = [];
class H { constructor() { return new Proxy(this, { defineProperty(t, k, d) { log.push(k); return Reflect.defineProperty(t, k, d); } }); } }
class I extends H { f = 1; }
new I(); console.log("defineProperty trap calls:", log);

function t2(s) { try { eval(s); console.log("no throw"); } catch (e) { console.log(e.constructor.name); } }
t2("(class { static prototype() {} })");
t2("(class { static ['prototype']() {} })");
t2("(class { static get ['prototype']() {} })");
t2("(class { static ['prototype'] = 1 })");
