// await inside loops, recursion, closures across awaits.
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
const tick = (v) => Promise.resolve(v);
// hops(n): resolves after n timer turns. All timers share one delay, so they
// fire in creation order and the results never depend on timing.
const hops = (n, v) => (n === 0 ? Promise.resolve(v) : delay(0).then(() => hops(n - 1, v)));

async function forLoop() {
  const out = [];
  for (let i = 0; i < 5; i++) {
    out.push(await tick(i * i));
  }
  return out;
}

async function whileLoop() {
  let n = 0;
  let steps = 0;
  while ((await tick(n)) < 20) {
    n += await tick(7);
    steps++;
  }
  do {
    steps += 100;
  } while (await tick(false));
  return [n, steps];
}

async function forOfWithBreakContinue() {
  const seen = [];
  outer: for (const x of [1, 2, 3, 4, 5, 6]) {
    if ((await tick(x)) % 2 === 0) continue;
    for (const y of ['a', 'b']) {
      if (x === 5) break outer;
      seen.push(x + (await tick(y)));
    }
  }
  return seen;
}

async function forIn() {
  const obj = { a: 1, b: 2, c: 3 };
  let s = '';
  for (const k in obj) s += k + (await tick(obj[k]));
  return s;
}

async function closures() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    await delay(1);
    fns.push(() => i);
  }
  const varFns = [];
  for (var j = 0; j < 3; j++) {
    await null;
    varFns.push(() => j);
  }
  return [fns.map((f) => f()), varFns.map((f) => f())];
}

async function capturedAcrossAwait() {
  const log = [];
  const tasks = [];
  for (let i = 0; i < 3; i++) {
    tasks.push((async () => {
      const before = i;
      await hops(3 - i);
      log.push(`task ${before} -> ${i}`);
    })());
  }
  await Promise.all(tasks);
  return log;
}

async function fib(n) {
  if (n < 2) return n;
  return (await fib(n - 1)) + (await fib(n - 2));
}

async function depth(n) {
  if (n === 0) return 0;
  return 1 + (await depth(n - 1));
}

async function bigLoop() {
  let sum = 0;
  for (let i = 1; i <= 2000; i++) {
    sum += await i;
  }
  return sum;
}

async function interleavedLoops() {
  const log = [];
  async function worker(name, n) {
    for (let i = 0; i < n; i++) {
      log.push(name + i);
      await null;
    }
  }
  await Promise.all([worker('a', 3), worker('b', 2), worker('c', 4)]);
  return log.join(' ');
}

async function sumArrayOfPromises() {
  const ps = [3, 1, 2].map((n) => hops(n, n));
  let total = 0;
  const order = [];
  for (const p of ps) {
    const v = await p;
    order.push(v);
    total += v;
  }
  return [total, order];
}

async function main() {
  console.log('for', await forLoop());
  console.log('while/do-while', await whileLoop());
  console.log('for-of break/continue', await forOfWithBreakContinue());
  console.log('for-in', await forIn());
  console.log('closures', await closures());
  console.log('captured', await capturedAcrossAwait());
  console.log('fib(12)', await fib(12));
  console.log('recursion depth 500', await depth(500));
  console.log('2000 awaits sum', await bigLoop());
  console.log('interleaved', await interleavedLoops());
  console.log('array of promises', await sumArrayOfPromises());
  let count = 0;
  const timer = setInterval(() => count++, 1);
  while (count < 3) await delay(2);
  clearInterval(timer);
  console.log('polled until count >= 3', count >= 3);
}
main().then(() => console.log('done'));
