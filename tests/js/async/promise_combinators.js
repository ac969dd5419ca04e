// Promise.all / allSettled / race / any.
// at(slot, v, fail) is a promise settled from a timer; all timers share one
// delay, so they fire in creation order, and go() creates them in slot order.
// Results then never depend on how fast the program runs.
let pending = [];
function at(slot, value, fail) {
  return new Promise((res, rej) => {
    pending.push({ slot, settle: () => (fail ? rej(value) : res(value)) });
  });
}
function go() {
  const list = pending.sort((a, b) => a.slot - b.slot);
  pending = [];
  for (const p of list) setTimeout(p.settle, 0);
}

function* gen() {
  yield 1;
  yield Promise.resolve(2);
  yield at(1, 3);
}

function show(label, p) {
  go();
  return p.then(
    (v) => console.log(label, 'fulfilled', v),
    (e) => {
      if (e instanceof AggregateError) {
        console.log(label, 'rejected', e.constructor.name, e.errors, e instanceof Error);
      } else {
        console.log(label, 'rejected', e instanceof Error ? e.message : e);
      }
    },
  );
}

async function main() {
  console.log('--- all');
  await show('all values', Promise.all([1, Promise.resolve(2), at(3, 3), at(1, 4)]));
  await show('all empty', Promise.all([]));
  await show('all set', Promise.all(new Set([at(1, 'a'), 'b'])));
  await show('all generator', Promise.all(gen()));
  await show('all string', Promise.all('hi'));
  await show('all first rejection', Promise.all([at(2, 'slow', true), at(1, 'fast', true), 1]));
  await show('all thenable', Promise.all([{ then(f) { f('T'); } }]));
  await show('all non-iterable', Promise.all(5).catch((e) => { throw e instanceof TypeError; }));
  const order = [];
  await show('all keeps input order', Promise.all([
    at(2, 'x').then((v) => { order.push(v); return v; }),
    at(1, 'y').then((v) => { order.push(v); return v; }),
  ]));
  console.log('settle order', order);

  console.log('--- allSettled');
  await show('allSettled', Promise.allSettled([1, Promise.reject(new Error('no')), at(2, 'later'), at(1, 'bad', true)])
    .then((rs) => rs.map((r) => (r.status === 'fulfilled' ? `ok:${r.value}` : `err:${r.reason instanceof Error ? r.reason.message : r.reason}`))));
  await show('allSettled empty', Promise.allSettled([]));
  const settled = await Promise.allSettled([Promise.resolve(1), Promise.reject(2)]);
  console.log(settled);
  console.log(Object.keys(settled[0]), Object.keys(settled[1]));

  console.log('--- race');
  await show('race fastest', Promise.race([at(2, 'slow'), at(1, 'fast')]));
  await show('race rejection first', Promise.race([at(2, 'slow'), at(1, 'boom', true)]));
  await show('race plain value wins', Promise.race([at(1, 'timer'), 'plain']));
  await show('race resolved order', Promise.race([Promise.resolve('first'), Promise.resolve('second')]));
  const forever = Promise.race([]);
  let raceSettled = false;
  forever.then(() => { raceSettled = true; });
  await new Promise((r) => setTimeout(r, 0));
  console.log('race empty stays pending', raceSettled);

  console.log('--- any');
  await show('any first fulfilled', Promise.any([at(1, 'e1', true), at(3, 'ok'), at(2, 'ok2')]));
  await show('any all rejected', Promise.any([at(2, 'e1', true), Promise.reject('e2'), at(1, 'e3', true)]));
  await show('any empty', Promise.any([]));
  await show('any generator', Promise.any((function* () { yield Promise.reject(1); yield 2; })()));
  try {
    await Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]);
  } catch (e) {
    console.log(e.constructor.name, e.name, e.errors.map((x) => x.message), Array.isArray(e.errors));
  }

  console.log('--- combinator sync behaviour');
  const log = [];
  const tracked = { then(f) { log.push('then called'); f('tv'); } };
  const p = Promise.all([tracked]);
  log.push('after Promise.all');
  await p;
  console.log(log);
  console.log(Promise.all([]) instanceof Promise, typeof Promise.any, Promise.all.length, Promise.race.name);

  // uses this.resolve on the constructor for each element
  let resolveCalls = 0;
  const origResolve = Promise.resolve;
  Promise.resolve = function (v) { resolveCalls++; return origResolve.call(this, v); };
  await Promise.all([1, 2, 3]);
  Promise.resolve = origResolve;
  console.log('Promise.resolve called', resolveCalls, 'times');
}

main().then(() => console.log('done'));
