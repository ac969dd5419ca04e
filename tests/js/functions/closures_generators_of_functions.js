// functions returning functions stored in data structures
const ops = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
};
for (const sym of Object.keys(ops)) console.log(`6 ${sym} 3 =`, ops[sym](6, 3));
const pipeline = [x => x + 1, x => x * 3, x => x - 2, String, s => s + '!'];
let v = 4;
for (const f of pipeline) { v = f(v); console.log(typeof v, v); }
function makeMultipliers(n) {
  const out = [];
  for (let i = 1; i <= n; i++) out.push(x => x * i);
  return out;
}
console.log(makeMultipliers(5).map(f => f(3)));
const table = new Map();
table.set('square', x => x * x);
table.set('cube', x => x ** 3);
for (const [name, fn] of table) console.log(name, fn(3));
const callbacks = [];
function on(cb) { callbacks.push(cb); return () => callbacks.splice(callbacks.indexOf(cb), 1); }
const off1 = on(x => console.log('cb1', x));
on(x => console.log('cb2', x));
callbacks.forEach(cb => cb('first'));
off1();
callbacks.forEach(cb => cb('second'));
const fnArr = [function a() {}, function b() {}, () => {}];
console.log(fnArr.map(f => f.name));
