// Bindings created by eval code can be deleted; declared ones and a
// function's arguments cannot. typeof of a deleted eval var is undefined.
var initial, post;
(function () {
  eval('initial = f; delete f; post = function () { return typeof f; }; function f() { return 33; }');
})();
console.log(typeof initial, post());
(function () {
  eval('var x; console.log(delete x); post = function () { return typeof x; };');
})();
console.log(post());
(function () {
  var declared = 1;
  console.log(delete declared, typeof declared);
  console.log((function () { return delete arguments; })(), (() => typeof arguments)());
  eval('var fromEval = 2');
  console.log(typeof fromEval, delete fromEval, typeof fromEval);
})();
function g(a, p = eval("var a")) {}
try { g(); console.log("g: no error"); } catch (e) { console.log("g:", e.constructor.name); }
var h = (p = eval("var arguments"), arguments) => {};
try { h(); console.log("h: no error"); } catch (e) { console.log("h:", e.constructor.name); }
(function () {
  'use strict';
  for (const src of ['var public = 1', 'with ({}) {}', 'arguments = 1', 'var x = 010']) {
    try { eval(src); console.log('no error'); } catch (e) { console.log(src, '->', e.constructor.name); }
  }
  console.log(eval("'abc'"), eval("var q = 3; q"), typeof q);
})();
