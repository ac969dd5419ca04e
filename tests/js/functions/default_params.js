function greet(name = 'stranger', greeting = 'hello') {
  return `${greeting}, ${name}`;
}
console.log(greet(), greet('bob'), greet('bob', 'hi'), greet(undefined, 'hey'), greet(null));
function earlier(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(earlier(1), earlier(1, 5), earlier(1, undefined, 0));
let evaluations = 0;
function lazy(x = ++evaluations) { return x; }
lazy(); lazy(10); lazy();
console.log('evaluations', evaluations);
function fresh(arr = []) { arr.push(1); return arr; }
console.log(fresh(), fresh(), fresh([0]));
function withFn(x, f = () => x) { x = 'changed'; return f(); }
console.log(withFn('orig'));
function lengthCheck(a, b = 1, c) {}
console.log(lengthCheck.length);
function tdzDefault(a = b, b = 1) { return [a, b]; }
try {
  tdzDefault();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(tdzDefault(5));
const arrowDefault = (x = 10, { y = 20 } = {}) => x + y;
console.log(arrowDefault(), arrowDefault(1), arrowDefault(1, { y: 2 }));
function argsWithDefaults(a, b = 2) {
  a = 'mod';
  return [arguments.length, arguments[0]];
}
console.log(argsWithDefaults(1));
function callFn(val = getDefault()) { return val; }
function getDefault() { return 'from function'; }
console.log(callFn());
