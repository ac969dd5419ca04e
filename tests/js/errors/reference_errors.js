function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e instanceof ReferenceError, e.name, e.message);
  }
}
attempt('undefined variable', () => notDefinedAnywhere);
attempt('undefined in expression', () => 1 + alsoNotDefined);
attempt('call undefined function', () => missingFunction());
attempt('typeof is safe', () => typeof notDefinedAnywhere);
attempt('tdz let', () => { const v = later; let later = 1; return v; });
attempt('tdz class', () => { new C(); class C {} });
attempt('tdz const in block', () => { { const r = k; const k = 0; return r; } });
attempt('assign to tdz', () => { tdz = 5; let tdz; });
attempt('delete then read', () => {
  globalThis.tempGlobal = 1;
  delete globalThis.tempGlobal;
  return tempGlobal;
});
attempt('super before this', () => {
  class A {}
  class B extends A { constructor() { this.x = 1; super(); } }
  new B();
});
attempt('strict assign undeclared', () => {
  'use strict';
  undeclaredVariable = 1;
});
