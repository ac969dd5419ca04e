// Inside a declared class its name is its own immutable binding: methods
// keep seeing the class after the outer binding is reassigned, the
// heritage sees it uninitialized, and assigning it throws.
class C { static probe() { return C; } method() { return C; } }
const original = C;
C = null;
console.log(C === null, original.probe() === original, new original().method() === original);
try { class D extends D {} } catch (e) { console.log(e.name, e.message); }
class E { static reassign() { try { E = 1; } catch (e) { return e.name + ': ' + e.message; } } }
console.log(E.reassign());
class F { static s = F.name; static t = typeof F; }
console.log(F.s, F.t);
let G = class Inner { m() { return Inner; } };
console.log(new G().m() === G);
class H { m() { return eval('H'); } }
const h = new H(); const HH = H; H = 5;
console.log(h.m() === HH);
// Computed keys run before the name is initialized.
for (const make of [
  () => class G { [G] = 1 },
  () => class G2 { [G2]() {} },
  () => class G3 { static [typeof G3] = 1 },
]) {
  try {
    make();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.message);
  }
}
class S {
  static a = S.name;
  static {
    this.b = typeof S;
  }
}
console.log(S.a, S.b);
// A declared class's outer binding is initialized after its static
// elements run.
function readsOuter() {
  try {
    return typeof Outer;
  } catch (e) {
    return e.name;
  }
}
class Outer {
  static seen = readsOuter();
}
console.log(Outer.seen, readsOuter());
