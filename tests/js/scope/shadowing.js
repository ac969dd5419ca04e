const value = 'global';
function level1() {
  const value = 'level1';
  function level2() {
    const value = 'level2';
    return [value, (() => value)()];
  }
  return [value, ...level2()];
}
console.log(level1());
function param(value) {
  {
    const value = 'block';
    console.log(value);
  }
  return value;
}
console.log(param('param'));
let x = 1;
function readX() { return x; }
function shadowX() { let x = 2; return readX(); }
console.log(shadowX());
const arrow = (x) => { x = x * 2; return x; };
console.log(arrow(5), x);
try {
  throw 'outer error';
} catch (e) {
  try {
    throw 'inner error';
  } catch (e) {
    console.log(e);
  }
  console.log(e);
}
for (let x = 10; x < 12; x++) {
  console.log('loop x', x);
}
console.log('after loop x', x);
function fnNameShadow() {
  var fnNameShadow = 'string now';
  return typeof fnNameShadow;
}
console.log(fnNameShadow(), typeof fnNameShadow);
const f = function g() { return typeof g; };
console.log(f(), typeof g);
const h = function inner() {
  inner = 'ignored';
  return typeof inner;
};
console.log(h());
