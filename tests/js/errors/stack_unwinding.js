'use strict';
const events = [];
function level(n) {
  events.push('enter ' + n);
  try {
    if (n === 0) throw new Error('bottom reached');
    return level(n - 1);
  } finally {
    events.push('leave ' + n);
  }
}
try {
  level(4);
} catch (e) {
  events.push('caught: ' + e.message);
}
console.log(events.join('\n'));
function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('generator finally during unwinding');
  }
}
function consume() {
  for (const v of gen()) {
    if (v === 1) throw new Error('thrown while iterating');
  }
}
try { consume(); } catch (e) { console.log('caught', e.message); }
function deep(n) { if (n === 0) throw new RangeError('deep error'); return deep(n - 1) + 1; }
try { deep(500); } catch (e) { console.log(e.name, e.message); }
let cleanup = 0;
function withCleanup(fn) { try { return fn(); } finally { cleanup++; } }
try {
  withCleanup(() => withCleanup(() => withCleanup(() => { throw new Error('nested'); })));
} catch (e) {
  console.log(e.message, 'cleanups', cleanup);
}
const result = (() => { try { return 'value'; } finally { console.log('finally before return delivered'); } })();
console.log(result);
