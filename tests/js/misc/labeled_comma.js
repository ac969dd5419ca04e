let log = [];
outer: {
  log.push('enter outer');
  inner: {
    log.push('enter inner');
    if (log.length > 1) break outer;
    log.push('unreachable inner');
  }
  log.push('unreachable outer');
}
console.log(log);
let x = (log.push('side'), log.length);
console.log(x);
const pairs = [];
for (let i = 0, j = 5; i < j; i += 2, j--) pairs.push(`${i}:${j}`);
console.log(pairs.join(' '));
const val = (1, 'two', { three: 3 });
console.log(val);
function seq() { return (console.log('first'), console.log('second'), 'result'); }
console.log(seq());
let a = 1, b = 2, c = (a++, b++, a + b);
console.log(a, b, c);
const arr = [(0, 1), (2, 3)];
console.log(arr);
const obj = { method() { return this; } };
console.log((obj.method)() === obj, (0, obj.method)() === obj);
found: for (const row of [[1, 2], [3, 4]]) {
  for (const v of row) {
    if (v === 3) { console.log('found 3'); break found; }
  }
}
foo: {
  console.log('in foo');
}
console.log('after foo');
