// Direct eval: scope access, declarations, strictness, this, completion values
function seesLocals() {
  const a = 1;
  let b = 2;
  var c = 3;
  return eval('a + b + c');
}
console.log(seesLocals());

function writesLocals() {
  let x = 1;
  eval('x = 10');
  var y = 'before';
  eval('y += " after"');
  return [x, y];
}
console.log(writesLocals());

function declaresVar() {
  eval('var v = 5; function f() { return "f" + v; }');
  return [v, f(), typeof v];
}
console.log(declaresVar());

function letStaysInEval() {
  eval('let inner = 1; const k = 2; class C {}');
  return [typeof inner, typeof k, typeof C];
}
console.log(letStaysInEval());

function varLeaksFromBlocks() {
  eval('if (true) { var fromIf = "if"; } for (var i = 0; i < 3; i++) {}');
  return [fromIf, i];
}
console.log(varLeaksFromBlocks());

// var declared by eval is deletable, unlike normal var
function deletable() {
  eval('var d = 1');
  const r1 = delete d;
  return [r1, typeof d];
}
console.log(deletable());

// closures created in eval capture the function scope
function closures() {
  let count = 0;
  const inc = eval('(function () { return ++count; })');
  inc(); inc();
  return count;
}
console.log(closures());

// nested eval
function nested() { const q = 'Q'; return eval('eval("q + q")'); }
console.log(nested());

// strict caller: eval gets its own var scope
function strictCaller() {
  'use strict';
  const r = eval('var sv = 1; sv + 1');
  return [r, typeof sv];
}
console.log(strictCaller());

// strict eval code: 'use strict' inside the eval string
function strictInside() {
  const r = eval('"use strict"; var si = 2; si * 3');
  return [r, typeof si];
}
console.log(strictInside());
function strictThis() { return eval('"use strict"; (function () { return this; })()'); }
console.log(strictThis());

// sloppy eval inherits strictness of its caller
function inheritsStrict() {
  'use strict';
  try { eval('undeclared_in_strict = 1'); return 'no error'; } catch (e) { return e.constructor.name; }
}
console.log(inheritsStrict());

// `this` inside direct eval is the caller's this
const obj = {
  name: 'obj',
  method() { return eval('this.name'); },
  arrow() { return (() => eval('this.name'))(); },
};
console.log(obj.method(), obj.arrow());
function strictNoThis() { 'use strict'; return eval('this'); }
console.log(strictNoThis(), strictNoThis.call(7));
class K { constructor() { this.v = 'k'; } get() { return eval('this.v'); } }
console.log(new K().get());
function withArgs(a, b) { return eval('arguments.length + a + b'); }
console.log(withArgs(1, 2));
function newTarget() { return eval('typeof new.target'); }
console.log(newTarget(), typeof new newTarget());

// completion values
console.log(eval('1; 2; 3'));
console.log(eval('var z = 9'));
console.log(eval('let w = 9'));
console.log(eval('{ 10; }'));
console.log(eval('if (true) "yes"; else "no"'));
console.log(eval('if (false) "yes"'));
console.log(eval('for (let i = 0; i < 3; i++) i * 2'));
console.log(eval('let n = 0; while (n < 5) { n++; }'));
console.log(eval('let m = 0; do { m += 2 } while (m < 7)'));
console.log(eval('1; for (const x of []) x'));
console.log(eval('5; { }'));
console.log(eval('6; var nothing;'));
console.log(eval('switch (2) { case 1: "one"; break; case 2: "two"; break; }'));
console.log(eval('try { "tried" } finally { "finally ignored" }'));
console.log(eval('try { throw 1 } catch (e) { "caught " + e }'));
console.log(eval('outer: for (;;) { "in loop"; break outer; }'));
console.log(eval('3; function decl() {}'));
console.log(eval('(function named() { return 1; })').name, eval('(() => 2)')());
console.log(eval('({ a: 1 })').a, eval('{ a: 1 }'));
console.log(eval(''), eval('   '), eval('// only comment'));
console.log(eval('[1, 2].map(x => x * 3)'), typeof eval('class X {}'), typeof eval('(class X {})'));

// functions declared by eval at top level of this module's function scope
eval('function declaredAtTop() { return "top"; }');
console.log(declaredAtTop(), typeof declaredAtTop);
eval('var topVar = "tv"');
console.log(topVar);

// eval can shadow via block scope
function shadow() {
  let s = 'outer';
  { let s = 'inner'; var fromBlock = eval('s'); }
  return [s, fromBlock, eval('s')];
}
console.log(shadow());

// parameter scope
function params(p = eval('"default"')) { return p; }
console.log(params(), params('given'));
