function add(a, b) { return a + b; }
const sub = function (a, b) { return a - b; };
const mul = (a, b) => a * b;
const div = (a, b) => { return a / b; };
const named = function namedExpr() { return 'named'; };
console.log(add(2, 3), sub(2, 3), mul(2, 3), div(2, 3), named());
function noReturn() {}
console.log(noReturn());
function earlyReturn(x) {
  if (x < 0) return 'negative';
  if (x === 0) return;
  return 'positive';
}
console.log(earlyReturn(-1), earlyReturn(0), earlyReturn(1));
function extraArgs(a) { return a; }
console.log(extraArgs(1, 2, 3), extraArgs());
function missingArgs(a, b, c) { return [a, b, c]; }
console.log(missingArgs(1));
const objArrow = () => ({ key: 'value' });
console.log(objArrow());
const nested = x => y => z => x * y * z;
console.log(nested(2)(3)(4));
function returnsFn() { return function () { return 'inner'; }; }
console.log(returnsFn()());
console.log((function () { return typeof arguments; })());
console.log(typeof add, add instanceof Function, add instanceof Object);
add.custom = 'prop on function';
console.log(add.custom);
console.log(Object.keys(add));
function counter() { counter.calls = (counter.calls || 0) + 1; return counter.calls; }
counter(); counter();
console.log(counter());
