// How many microtask ticks an await takes, measured against a counter chain.
const log = [];
const out = (s) => log.push(s);

// Each case runs in its own timer callback. A chain of 6 promise jobs
// ("1".."6") is started first; the case's markers land between the ticks.
const cases = [];
const measure = (name, fn) => cases.push([name, fn]);
function runNext() {
  const c = cases.shift();
  if (!c) return;
  log.length = 0;
  let p = Promise.resolve();
  for (let i = 1; i <= 6; i++) p = p.then(() => out(String(i)));
  c[1]();
  setTimeout(() => {
    console.log(c[0].padEnd(34), log.join(' '));
    runNext();
  }, 0);
}

class SubPromise extends Promise {}

measure('await plain value', async () => { await 1; out('X'); });
measure('await resolved native promise', async () => { await Promise.resolve(); out('X'); });
measure('await thenable object', async () => { await { then(r) { r(); } }; out('X'); });
measure('await promise subclass', async () => { await SubPromise.resolve(); out('X'); });
measure('await already-rejected promise', async () => {
  try { await Promise.reject(); } catch { out('X'); }
});
measure('two awaits in a row', async () => { await null; out('X'); await null; out('Y'); });

async function returnsValue() { return 1; }
async function returnsPromise() { return Promise.resolve(1); }
async function returnsAwaited() { return await Promise.resolve(1); }
async function awaitsOnce() { await null; return 1; }
measure('await asyncFn returning value', async () => { await returnsValue(); out('X'); });
measure('await asyncFn returning promise', async () => { await returnsPromise(); out('X'); });
measure('await asyncFn with return await', async () => { await returnsAwaited(); out('X'); });
measure('await asyncFn that awaits once', async () => { await awaitsOnce(); out('X'); });
measure('then on asyncFn returning promise', () => { returnsPromise().then(() => out('X')); });

measure('classic puzzle', () => {
  async function a1() { out('a1start'); await a2(); out('a1end'); }
  async function a2() { out('a2'); }
  a1();
  new Promise((r) => { out('exec'); r(); }).then(() => out('then'));
  out('sync');
});

measure('resolve(promise) vs resolve(value)', () => {
  new Promise((r) => r(Promise.resolve())).then(() => out('P'));
  new Promise((r) => r(1)).then(() => out('V'));
});

measure('async arrow callbacks', () => {
  [1, 2].forEach(async (n) => { out('s' + n); await null; out('e' + n); });
});

measure('async generator next()', () => {
  async function* g() { out('body'); yield 1; }
  g().next().then(() => out('X'));
});

measure('async generator yield promise', () => {
  async function* g() { yield Promise.resolve(1); }
  g().next().then(() => out('X'));
});

measure('for await over sync array', async () => {
  for await (const v of [1, 2]) out('v' + v);
});

measure('await in finally', async () => {
  try { out('try'); } finally { await null; out('fin'); }
});

measure('Promise.all of two values', () => {
  Promise.all([1, Promise.resolve(2)]).then(() => out('X'));
});

measure('nextTick vs await', async () => {
  process.nextTick(() => out('tick'));
  await null;
  out('X');
});

runNext();
