// async function*, next/return/throw, yield*, for await.
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));

async function* counter(n) {
  console.log('  counter started');
  for (let i = 0; i < n; i++) {
    yield i;
  }
  return 'counter done';
}

async function* yieldsPromises() {
  yield Promise.resolve('resolved promise');
  yield delay(2, 'delayed promise');
  const sent = yield 'plain';
  console.log('  received via next', sent);
  const awaited = await delay(1, 'awaited inside');
  yield awaited;
}

async function* inner() {
  yield 'inner-1';
  const r = yield 'inner-2';
  return `inner returned (got ${r})`;
}
async function* outer() {
  yield 'outer-start';
  const result = yield* inner();
  yield result;
  yield* ['sync', 'iterable'];
  yield* [Promise.resolve('promise in sync iterable')];
}

async function* withCleanup() {
  try {
    yield 'a';
    yield 'b';
    yield 'c';
  } finally {
    console.log('  cleanup ran');
  }
}

async function main() {
  const g = counter(2);
  console.log('created; body not started yet');
  const first = g.next();
  console.log('next returns promise', first instanceof Promise);
  console.log(await first, await g.next(), await g.next(), await g.next());
  console.log(Object.prototype.toString.call(g), typeof g[Symbol.asyncIterator], g[Symbol.asyncIterator]() === g);
  console.log(counter.constructor.name, Object.prototype.toString.call(counter), typeof g.next);

  console.log('--- yield of promises');
  const yp = yieldsPromises();
  console.log(await yp.next(), await yp.next(), await yp.next());
  console.log(await yp.next('hello'), await yp.next());

  console.log('--- yield*');
  const o = outer();
  const seen = [];
  for (let r = await o.next(); !r.done; r = await o.next(seen.length)) seen.push(r.value);
  console.log(seen);

  console.log('--- for await over async generator');
  for await (const v of counter(3)) console.log('  got', v);

  console.log('--- for await over sync iterable of promises');
  for await (const v of [delay(3, 'slow'), 'plain', Promise.resolve('fast')]) console.log('  got', v);
  const s = new Set([Promise.resolve(1), 2]);
  const fromSet = [];
  for await (const v of s) fromSet.push(v);
  console.log('  from Set', fromSet);

  console.log('--- break calls return');
  for await (const v of withCleanup()) {
    console.log('  loop', v);
    if (v === 'b') break;
  }
  console.log('after break');

  console.log('--- return() and throw()');
  const fresh = counter(5);
  console.log(await fresh.return('early'), await fresh.next());
  const running = withCleanup();
  await running.next();
  console.log(await running.return('stop'));
  const t = withCleanup();
  await t.next();
  try {
    await t.throw(new Error('thrown in'));
  } catch (e) {
    console.log('throw propagated', e.message);
  }
  console.log(await t.next());
  const notStarted = counter(1);
  await notStarted.throw(new Error('before start')).catch((e) => console.log('throw on suspended-start', e.message));
  console.log(await notStarted.next());
  async function* catcher() {
    while (true) {
      try {
        yield 'waiting';
      } catch (e) {
        console.log('  generator caught', e);
      }
    }
  }
  const c = catcher();
  await c.next();
  console.log(await c.throw('oops'));
  console.log(await c.return(Promise.resolve('awaited return value')));

  console.log('--- queued next() calls');
  async function* slow() {
    yield delay(6, 'one');
    yield delay(1, 'two');
    yield 'three';
  }
  const q = slow();
  const order = [];
  const reqs = [q.next(), q.next(), q.next(), q.next()].map((p, i) => p.then((r) => order.push(`${i}:${r.value}`)));
  await Promise.all(reqs);
  console.log(order);

  console.log('--- custom Symbol.asyncIterator');
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: () => Promise.resolve({ value: i * 10, done: i++ >= 3 }),
        return: () => { console.log('  custom return'); return Promise.resolve({ done: true }); },
      };
    },
  };
  for await (const v of custom) console.log('  custom', v);
  for await (const v of custom) { console.log('  custom first', v); break; }

  console.log('--- errors inside for await');
  async function* failing() { yield 1; throw new Error('gen failed'); }
  try {
    for await (const v of failing()) console.log('  value', v);
  } catch (e) {
    console.log('  caught', e.message);
  }
  try {
    for await (const v of [Promise.reject(new Error('rejected element'))]) console.log(v);
  } catch (e) {
    console.log('  caught', e.message);
  }
}
main().then(() => console.log('done'));
