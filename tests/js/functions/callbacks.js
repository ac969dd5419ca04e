function processItems(items, onItem, onDone) {
  const results = [];
  items.forEach((item, i) => {
    const r = onItem(item, i);
    if (r !== undefined) results.push(r);
  });
  return onDone(results);
}
console.log(processItems([1, 2, 3, 4], (x, i) => (x % 2 ? x * 10 + i : undefined), r => r.join('+')));
function retry(fn, attempts) {
  let lastErr;
  for (let i = 1; i <= attempts; i++) {
    try { return `ok on attempt ${i}: ${fn(i)}`; } catch (e) { lastErr = e; console.log(`attempt ${i} failed: ${e.message}`); }
  }
  return `gave up: ${lastErr.message}`;
}
console.log(retry(i => { if (i < 3) throw new Error('not yet'); return 'done'; }, 5));
console.log(retry(() => { throw new Error('always'); }, 2));
function withLogging(fn, name = fn.name) {
  return function (...args) {
    console.log(`-> ${name}(${args.join(', ')})`);
    const r = fn.apply(this, args);
    console.log(`<- ${name} = ${r}`);
    return r;
  };
}
const fact = withLogging(function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); });
fact(4);
const sorted = ['pear', 'fig', 'banana', 'kiwi'].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
console.log(sorted);
function eachPair(obj, cb) { for (const k of Object.keys(obj)) if (cb(k, obj[k]) === false) break; }
eachPair({ a: 1, b: 2, c: 3, d: 4 }, (k, v) => { console.log(k, v); return v < 2; });
const tasks = [];
const schedule = (name, fn) => tasks.push({ name, fn });
schedule('second', () => 'two');
schedule('first', () => 'one');
while (tasks.length) { const t = tasks.shift(); console.log('run', t.name, t.fn()); }
function compose2(f, g) { return (...a) => f(g(...a)); }
console.log(compose2(x => x + '!', (a, b) => a + b)('hello', ' world'));
