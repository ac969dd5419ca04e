// Exact interleaving of promise jobs, queueMicrotask and process.nextTick.
const log = [];
const out = (s) => log.push(s);

// Each section runs in its own timer callback (a macrotask), and its log is
// printed from the next timer, after all of its microtasks have drained.
const sections = [];
function section(name, fn) {
  sections.push([name, fn]);
}
function runNext() {
  const next = sections.shift();
  if (!next) {
    console.log('all sections done');
    return;
  }
  log.length = 0;
  next[1]();
  setTimeout(() => {
    console.log(next[0] + ':', log.join(' '));
    runNext();
  }, 0);
}

section('interleaved chains', () => {
  Promise.resolve().then(() => out('a1')).then(() => out('a2')).then(() => out('a3'));
  Promise.resolve().then(() => out('b1')).then(() => out('b2')).then(() => out('b3'));
  out('sync');
});

section('then on resolved vs pending', () => {
  let res;
  const pending = new Promise((r) => { res = r; });
  pending.then(() => out('pending-then'));
  Promise.resolve().then(() => out('resolved-then'));
  res();
  Promise.resolve().then(() => out('later-resolved-then'));
});

section('multiple then on same promise', () => {
  const p = Promise.resolve();
  p.then(() => out('1'));
  p.then(() => out('2')).then(() => out('2b'));
  p.then(() => out('3'));
});

section('Promise.resolve identity', () => {
  const p = Promise.resolve(7);
  out(String(Promise.resolve(p) === p));
  out(String(new Promise((r) => r(p)) === p));
});

section('resolve with promise takes 2 extra ticks', () => {
  const inner = Promise.resolve('x');
  new Promise((r) => r(inner)).then(() => out('wrapped'));
  Promise.resolve().then(() => out('t1')).then(() => out('t2')).then(() => out('t3')).then(() => out('t4'));
});

section('returning a promise from then', () => {
  Promise.resolve().then(() => { out('A'); return Promise.resolve('v'); }).then(() => out('A-done'));
  Promise.resolve().then(() => out('b1')).then(() => out('b2')).then(() => out('b3')).then(() => out('b4')).then(() => out('b5'));
});

section('returning a thenable from then', () => {
  Promise.resolve().then(() => { out('T'); return { then(f) { out('then-called'); f(); } }; }).then(() => out('T-done'));
  Promise.resolve().then(() => out('c1')).then(() => out('c2')).then(() => out('c3')).then(() => out('c4'));
});

section('queueMicrotask mixed in', () => {
  queueMicrotask(() => out('q1'));
  Promise.resolve().then(() => out('p1')).then(() => out('p2'));
  queueMicrotask(() => {
    out('q2');
    queueMicrotask(() => out('q2-nested'));
  });
  out('sync');
});

section('nextTick before promises', () => {
  Promise.resolve().then(() => out('promise1'));
  process.nextTick(() => out('tick1'));
  queueMicrotask(() => out('micro1'));
  process.nextTick(() => {
    out('tick2');
    process.nextTick(() => out('tick2-nested'));
    Promise.resolve().then(() => out('promise-from-tick'));
  });
  out('sync');
});

section('nextTick scheduled from a promise job', () => {
  Promise.resolve().then(() => {
    out('p1');
    process.nextTick(() => out('tick-from-p1'));
  }).then(() => out('p2'));
  Promise.resolve().then(() => out('q1')).then(() => out('q2')).then(() => out('q3'));
});

section('rejections ordering', () => {
  Promise.reject(1).catch(() => out('catch1'));
  Promise.resolve().then(() => out('then1'));
  Promise.reject(2).then(() => out('never')).catch(() => out('catch2-after-skip'));
  Promise.resolve().then(() => out('then2')).then(() => out('then3'));
});

section('finally adds ticks', () => {
  Promise.resolve('v').finally(() => out('fin')).then(() => out('after-fin'));
  Promise.resolve().then(() => out('n1')).then(() => out('n2')).then(() => out('n3')).then(() => out('n4')).then(() => out('n5'));
});

section('executor resolve later in same tick', () => {
  let r;
  const p = new Promise((res) => { r = res; });
  Promise.resolve().then(() => { out('first'); r('late'); });
  p.then((v) => out(v));
  Promise.resolve().then(() => out('second')).then(() => out('third'));
});

// The first section runs directly from the main script.
runNext();
