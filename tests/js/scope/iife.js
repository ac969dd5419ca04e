const result = (function () {
  const secret = 42;
  return secret * 2;
})();
console.log(result);
(function named(n) {
  console.log('named iife', n, typeof named);
  if (n > 0) named(n - 1);
})(2);
console.log(typeof named);
const mod = (() => {
  let items = [];
  return {
    add(x) { items.push(x); return this; },
    list() { return items.slice(); },
  };
})();
mod.add(1).add(2).add(3);
console.log(mod.list());
!function () { console.log('bang iife'); }();
void function () { console.log('void iife'); }();
+function () { console.log('plus iife'); }();
const v = (function (a, b) { return a + b; }(3, 4));
console.log(v);
var counter = (function () {
  var c = 0;
  return function () { return ++c; };
}());
counter(); counter();
console.log(counter());
(function () {
  var privateVar = 'hidden';
  globalThis.leaked = 'leaked value';
})();
console.log(typeof privateVar, leaked);
