// setTimeout / setInterval / setImmediate ordering (only orderings Node guarantees).
// Stages are chained so that no result depends on how long a callback took.
const log = (...a) => console.log(...a);

log('sync start');

// Stage 1: a 30ms timer created first still runs after the 1ms timers
// created right after it; ties run in insertion order; 0, negative, NaN and
// missing delays all mean 1ms.
setTimeout(() => {
  log('timeout 30');
  stage2();
}, 30);
setTimeout(() => log('timeout 0 (a)'), 0);
setTimeout(() => log('timeout 1 (b)'), 1);
setTimeout(() => log('timeout -5 (c)'), -5);
setTimeout(() => log('timeout NaN (d)'), NaN);
setTimeout(() => log('timeout no delay (e)'));

// Stage 2: everything here shares one delay, so runs in insertion order
function stage2() {
  // extra arguments are passed to the callback
  setTimeout((a, b, c) => log('extra args', a, b, c), 0, 'x', 42, [1]);

  // clearTimeout before it fires; clearing twice / clearing junk is harmless
  const cancelled = setTimeout(() => log('NEVER: cancelled'), 0);
  clearTimeout(cancelled);
  clearTimeout(cancelled);
  clearTimeout(undefined);
  clearTimeout(null);

  // a timer cancelling a later timer with the same delay
  let victim;
  setTimeout(() => {
    log('canceller runs');
    clearTimeout(victim);
  }, 0);
  victim = setTimeout(() => log('NEVER: victim'), 0);

  // microtasks and nextTicks run between timer callbacks
  setTimeout(() => {
    log('timer A');
    Promise.resolve().then(() => log('  promise from A'));
    process.nextTick(() => log('  nextTick from A'));
    queueMicrotask(() => log('  microtask from A'));
  }, 0);
  setTimeout(() => {
    log('timer B (same delay, after A microtasks)');
    stage3();
  }, 0);
}

// Stage 3: nested timers
function stage3() {
  setTimeout(() => {
    log('inner 0');
    setTimeout(() => {
      log('innermost 0');
      stage4();
    }, 0);
    Promise.resolve().then(() => log('  promise after inner'));
  }, 0);
  log('stage 2 scheduled inner');
}

// Stage 4: setImmediate from inside a timer callback always runs before a
// setTimeout(0) scheduled in the same callback
function stage4() {
  setTimeout(() => {
    log('timeout scheduled with the immediates');
    stage5();
  }, 0);
  setImmediate((x, y) => {
    log('immediate 1', x, y);
    Promise.resolve().then(() => log('  promise inside immediate 1'));
  }, 'arg', 2);
  setImmediate(() => log('immediate 2'));
  const ci = setImmediate(() => log('NEVER: cleared immediate'));
  clearImmediate(ci);
}

// Stage 5: setInterval counting to 3
function stage5() {
  let n = 0;
  const iv = setInterval((tag) => {
    n++;
    log('interval', tag, n);
    Promise.resolve().then(() => log('  microtask after interval', n));
    if (n === 3) {
      clearInterval(iv);
      log('interval cleared');
      stage6();
    }
  }, 2, 'tick');
}

// Stage 6: clearing from inside callbacks; clearTimeout/clearInterval are interchangeable
function stage6() {
  const once = setInterval(() => {
    log('one-shot interval');
    clearInterval(once);
  }, 1);
  const t = setTimeout(() => log('NEVER: cleared by clearInterval'), 1);
  clearInterval(t);
  const i = setInterval(() => log('NEVER: cleared by clearTimeout'), 1);
  clearTimeout(i);
  setTimeout(() => log('last timer'), 5);
}

try {
  setTimeout('not a function', 0);
} catch (e) {
  log('non-function callback throws TypeError', e instanceof TypeError);
}

Promise.resolve().then(() => log('promise before any timer'));
process.nextTick(() => log('nextTick before promise'));
log('sync end');
