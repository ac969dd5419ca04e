function* g1() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('g1 cleanup');
  }
}
const a = g1();
console.log(a.next());
console.log(a.return('early'));
console.log(a.next());
const fresh = g1();
console.log(fresh.return('before start'));
console.log(fresh.next());
function* g2() {
  while (true) {
    try {
      yield 'waiting';
    } catch (e) {
      console.log('g2 caught', e);
      if (e === 'stop') return 'stopped';
    }
  }
}
const b = g2();
b.next();
console.log(b.throw('error 1'));
console.log(b.throw('stop'));
console.log(b.next());
function* g3() { yield 1; }
const c = g3();
try {
  c.throw(new Error('unstarted throw'));
} catch (e) {
  console.log('propagated', e.message);
}
console.log(c.next());
function* g4() {
  try {
    yield 'a';
  } finally {
    yield 'from finally';
    console.log('after finally yield');
  }
}
const d = g4();
console.log(d.next());
console.log(d.return('R'));
console.log(d.next());
console.log(d.next());
function* g5() {
  const x = yield 1;
  throw new Error('thrown inside with ' + x);
}
const e = g5();
e.next();
try { e.next('input'); } catch (err) { console.log(err.message); }
console.log(e.next());
const running = (function* self() {
  try { running.next(); } catch (err) { yield err instanceof TypeError; }
})();
console.log(running.next().value);
