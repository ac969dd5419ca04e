// Sloppy function with simple parameters: arguments is MAPPED, so
// writing the parameter must be visible through arguments[0].
function f(x) { x = 5; return arguments[0]; }
function h(x) { x = 5; return arguments.length + ':' + arguments[0]; }
for (let i = 0; i < 3000; i++) { f(7); h(7); }
console.log(f(7), h(7));
function k(x) {
  let s = 0;
  for (let i = 0; i < 10; i++) { x = i; s += arguments[0]; }
  return s;
}
for (let i = 0; i < 3000; i++) k(7);
console.log(k(7));
// Also through another (optimized) function reading the mapped object:
function g(a) { return a[0]; }
function m(x) { x = 5; return g(arguments); }
for (let i = 0; i < 3000; i++) m(7);
console.log(m(7));
