// Errors thrown by eval: SyntaxError at parse time, runtime errors propagate
const tryEval = (label, code) => {
  try {
    const r = eval(code);
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e instanceof SyntaxError, e.name, e.constructor === SyntaxError, e instanceof Error);
  }
};
tryEval('unterminated', '1 +');
tryEval('bad token', 'let @x = 1');
tryEval('unclosed brace', 'function f() {');
tryEval('unclosed string', '"abc');
tryEval('return outside fn', 'return 1');
tryEval('break outside loop', 'break');
tryEval('continue outside loop', 'continue');
tryEval('duplicate let', 'let a1 = 1; let a1 = 2;');
tryEval('let and var clash', 'let a2; var a2;');
tryEval('const without init', 'const c1;');
tryEval('await outside async', 'async function g() {} await g()');
tryEval('yield in strict', '"use strict"; var yield = 1');
tryEval('with in strict', '"use strict"; with ({}) {}');
tryEval('octal in strict', '"use strict"; 010');
tryEval('delete identifier strict', '"use strict"; var q; delete q;');
tryEval('bad regexp', '/(/');
tryEval('bad assignment target', '1 = 2');
tryEval('super outside method', 'super.x');
tryEval('labels', 'L: L: 1');
tryEval('valid code', '[1, 2].length');
tryEval('only whitespace', ' \n\t ');

// SyntaxError prevents any part of the code from running
let sideEffect = 'untouched';
tryEval('partial run', 'sideEffect = "changed"; )');
console.log(sideEffect);

// a var/let conflict with the caller's lexical scope
function conflict() {
  let taken = 1;
  try { eval('var taken = 2'); return 'no error'; } catch (e) { return e.constructor.name; }
}
console.log(conflict());
function noConflictNested() {
  let taken = 1;
  { try { eval('let taken = 2'); return 'ok ' + taken; } catch (e) { return e.constructor.name; } }
}
console.log(noConflictNested());

// runtime errors inside eval propagate with their own type
const runtime = code => {
  try { eval(code); console.log('no error'); } catch (e) { console.log(e.constructor.name, e instanceof SyntaxError); }
};
runtime('undefinedVariable');
runtime('null.x');
runtime('throw new RangeError("r")');
runtime('throw 42');
runtime('JSON.parse("{bad")');
runtime('new Function("a b")');
runtime('eval("(")');
runtime('(0, eval)("}")');
try { eval('throw "plain string"'); } catch (e) { console.log(typeof e, e); }
try { eval('throw { custom: true }'); } catch (e) { console.log(e.custom); }

// caught SyntaxError objects are ordinary errors
try { eval('+++'); } catch (e) {
  console.log(e.name, typeof e.message, e.message.length > 0, Object.prototype.toString.call(e));
  console.log(e.toString().startsWith('SyntaxError'), Object.getPrototypeOf(e) === SyntaxError.prototype);
}

// errors thrown inside eval'd functions are catchable outside
const thrower = eval('(function () { throw new TypeError("inside") })');
try { thrower(); } catch (e) { console.log(e instanceof TypeError); }

// eval of non-strings returns the argument unchanged
const o = { k: 1 };
const arr = [1, 2];
const fn = () => 1;
console.log(eval(o) === o, eval(arr) === arr, eval(fn) === fn);
console.log(eval(42), eval(true), eval(null), eval(undefined), eval(), typeof eval(Symbol.iterator));
const boxed = new String('1 + 1');
console.log(eval(boxed) === boxed, typeof eval(boxed), eval(String(boxed)), eval(`${'2'} * 3`));
console.log(typeof eval({ toString() { return '1 + 1'; } }));
console.log(Number.isNaN(eval(NaN)), Object.is(eval(-0), -0), eval(Infinity));
console.log(eval(['1 + 1'])[0], eval('"1 + 1"'), eval(eval('"3 * 3"')));
