// Indirect eval: global scope only
var moduleVar = 'module-local';
const local = 'local';
globalThis.onGlobal = 'global value';

function tryEval(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name); }
}

// forms of indirect eval
const geval = eval;
tryEval('(0, eval)', () => (0, eval)('typeof local'));
tryEval('alias', () => geval('typeof local'));
tryEval('globalThis.eval', () => globalThis.eval('typeof local'));
tryEval('eval?.()', () => eval?.('typeof local'));
tryEval('call', () => eval.call(null, 'typeof local'));
tryEval('apply', () => eval.apply(undefined, ['typeof local']));
tryEval('array', () => [eval][0]('typeof local'));
tryEval('(eval)', () => { const local = 1; return (eval)('typeof local'); });
tryEval('direct', () => eval('typeof local'));

// globals are visible, locals are not
function f() {
  const secret = 's';
  return [(0, eval)('typeof secret'), (0, eval)('onGlobal'), (0, eval)('typeof moduleVar'), eval('secret')];
}
console.log(f());
tryEval('reference local', () => (0, eval)('local'));

// declarations become globals
(0, eval)('var declaredGlobal = 42; function globalFn() { return "gf"; }');
console.log(declaredGlobal, globalThis.declaredGlobal, globalFn(), typeof globalThis.globalFn);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'declaredGlobal');
console.log(desc.configurable, desc.enumerable, desc.writable);
console.log(delete globalThis.declaredGlobal, typeof declaredGlobal);
// let/const in eval code are scoped to that eval only
console.log((0, eval)('let evalLet = "gl"; const evalConst = 1; evalLet + evalConst'));
console.log((0, eval)('typeof evalLet'), 'evalLet' in globalThis, typeof evalLet);

// declarations from inside a function still go to the global scope
function declareFromFunction() {
  (0, eval)('var fromFn = "fn-declared"');
  return typeof fromFn;
}
console.log(declareFromFunction(), globalThis.fromFn);

// `this` in indirect eval is the global object
console.log((0, eval)('this') === globalThis);
const o = { m() { return [eval('this') === o, (0, eval)('this') === globalThis]; } };
console.log(o.m());

// indirect eval is sloppy even when called from strict code
function strictCaller() {
  'use strict';
  (0, eval)('var sloppyGlobal = 1; implicitGlobal = 2');
  return [typeof sloppyGlobal, globalThis.implicitGlobal];
}
console.log(strictCaller());
console.log((0, eval)('"use strict"; var strictIndirect = 1; typeof strictIndirect'), typeof globalThis.strictIndirect);

// completion values and non-string arguments
console.log((0, eval)('1 + 1'), (0, eval)('if (true) { "block" }'), (0, eval)(), (0, eval)(5));
const objArg = { a: 1 };
console.log((0, eval)(objArg) === objArg, (0, eval)(new String('1 + 2')) instanceof String);

// a call spelled `eval(...)` is direct whenever the binding holds the real eval, even a local one
function shadowed() {
  const eval = globalThis.eval;
  const hidden = 'h';
  try { return eval('hidden'); } catch (e) { return e.constructor.name; }
}
console.log(shadowed());
function paramEval(eval) { const hidden = 1; return eval('typeof hidden'); }
console.log(paramEval(globalThis.eval));
function notRealEval() { const eval = s => 'fake:' + s; return eval('x'); }
console.log(notRealEval());

// eval property facts
console.log(typeof eval, eval.name, eval.length, eval === globalThis.eval);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'eval').enumerable);
tryEval('new eval', () => new eval('1'));
