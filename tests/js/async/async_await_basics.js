// async functions return promises; await values, promises and thenables.
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
// hops(n): resolves after n timer turns. All timers share one delay, so they
// fire in creation order and the results never depend on timing.
const hops = (n, v) => (n === 0 ? Promise.resolve(v) : delay(0).then(() => hops(n - 1, v)));

async function returnsValue() {
  return 42;
}
async function returnsNothing() {}
async function returnsPromise() {
  return delay(2, 'from promise');
}

console.log('1 sync start');
const p = returnsValue();
console.log('2 returns a promise', p instanceof Promise, Object.prototype.toString.call(p));
console.log('3 distinct from returned promise', returnsPromise() instanceof Promise);

async function runsSyncUntilAwait() {
  console.log('4 body runs synchronously');
  await null;
  console.log('7 after await (first queued microtask)');
  return 'result';
}
runsSyncUntilAwait().then((v) => console.log('9 resolved with', v));
console.log('5 after call');

Promise.resolve().then(() => console.log('8 second queued microtask'));

async function awaits() {
  console.log('await plain value', await 5);
  console.log('await undefined', await undefined);
  console.log('await resolved promise', await Promise.resolve('yes'));
  console.log('await delayed promise', await delay(3, 'later'));
  console.log('await thenable', await { then(f) { f('thenable value'); } });
  console.log('await async thenable', await { then(f) { setTimeout(() => f('async thenable'), 1); } });
  console.log('await non-callable then', (await { then: 'nope' }).then);
  const obj = { a: 1 };
  console.log('await object identity', (await obj) === obj);
  console.log('await in expression', (await 2) + (await 3) * (await 4));
  console.log('await in template', `${await 'a'}-${await 'b'}`);
  const arr = [await 1, await Promise.resolve(2), 3];
  console.log('await in array literal', arr);
  const o = { x: await 'X', [await 'key']: await 'val' };
  console.log('await in object literal', o);
  console.log('await in call args', Math.max(await 1, await 9, await 4));
  console.log('await returnsNothing', await returnsNothing());
  console.log('await returnsPromise', await returnsPromise());
  const { a, b = await 'default' } = { a: await 'A' };
  console.log('await in destructuring', a, b);
  let count = 0;
  count += await 10;
  count += await 5;
  console.log('compound assignment', count);
  console.log('await in conditional', (await true) ? await 'T' : await 'F');
  console.log('short-circuit', (await false) && (await Promise.reject(new Error('not evaluated'))));
}

async function sequentialVsParallel() {
  const order = [];
  const task = (name, n) => hops(n).then(() => { order.push(name); return name; });
  const s1 = await task('seq-slow', 3);
  const s2 = await task('seq-fast', 1);
  console.log('sequential', s1, s2, order.join(','));
  order.length = 0;
  const ps = [task('par-slow', 3), task('par-fast', 1)];
  const results = [await ps[0], await ps[1]];
  console.log('parallel', results, order.join(','));
  order.length = 0;
  const all = await Promise.all([task('all-slow', 3), task('all-fast', 1)]);
  console.log('Promise.all', all, order.join(','));
}

async function main() {
  await delay(1);
  console.log('--- awaits');
  await awaits();
  console.log('--- sequential vs parallel');
  await sequentialVsParallel();
  console.log('--- this and arguments');
  const obj = {
    name: 'obj',
    async method(a, b) {
      await null;
      return `${this.name} ${arguments.length} ${a + b}`;
    },
  };
  console.log(await obj.method(1, 2));
  async function defaults(x = 1, { y } = { y: 2 }, ...rest) {
    return [x, y, rest];
  }
  console.log(await defaults(), await defaults(5, { y: 6 }, 7, 8));
  console.log('return value of main is awaited by caller');
  return 'main done';
}

main().then((v) => console.log(v));
console.log('6 sync code ends before any microtask');
