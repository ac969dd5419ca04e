const log = [];
function trace(label, value) { log.push(label); return value; }
const obj = { a: trace('prop a', 1), b: trace('prop b', 2), [trace('key c', 'c')]: trace('value c', 3) };
console.log(obj, log.splice(0).join(', '));
function f(x, y, z) { return x + y + z; }
f(trace('arg1', 1), trace('arg2', 2), trace('arg3', 3));
console.log(log.splice(0).join(', '));
const arr = [trace('el0', 0), trace('el1', 1)];
trace('lhs', arr)[trace('index', 0)] = trace('rhs', 42);
console.log(arr, log.splice(0).join(', '));
const r = trace('left', 1) + trace('right', 2) * trace('mult', 3);
console.log(r, log.splice(0).join(', '));
trace('cond', false) ? trace('then', 1) : trace('else', 2);
console.log(log.splice(0).join(', '));
const target = { get x() { log.push('get x'); return 1; }, set x(v) { log.push('set x ' + v); } };
target.x += trace('increment', 5);
console.log(log.splice(0).join(', '));
trace('callee', f)(trace('a', 1), trace('b', 2), trace('c', 3));
console.log(log.splice(0).join(', '));
let i = 0;
const pair = [i++, i++, i];
console.log(pair);
const s = `${trace('t1', 'x')}-${trace('t2', 'y')}`;
console.log(s, log.splice(0).join(', '));
try {
  trace('before throw', 0);
  null.prop = trace('rhs evaluated?', 1);
} catch (e) {
  console.log(log.splice(0).join(', '), e.constructor.name);
}
