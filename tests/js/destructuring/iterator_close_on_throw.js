// Array destructuring closes its iterator when assigning an element throws
// (a default, a setter, a nested pattern), but not when the iterator
// itself throws or is already exhausted.
function* source(log) {
  try { yield 1; yield 2; yield 3; } finally { log.push('closed'); }
}
function attempt(label, f) {
  const log = [];
  try { f(log); } catch (e) { log.push('caught ' + e.message); }
  console.log(label, log.join(', '));
}
function* holes(log) {
  try { yield 1; yield undefined; } finally { log.push('closed'); }
}
attempt('default throws', (log) => { const [a, b = (() => { throw new Error('d'); })()] = holes(log); });
attempt('setter throws', (log) => { const o = { set x(v) { throw new Error('s'); } }; [o.x] = source(log); });
attempt('nested pattern throws', (log) => { const o = { set x(v) { throw new Error('inner'); } }; [[o.x]] = [source(log)]; });
attempt('rest setter throws', (log) => { const o = { set r(v) { throw new Error('r'); } }; [, ...o.r] = source(log); });
attempt('exhausted then default throws', (log) => { const [a, b, c, d = (() => { throw new Error('x'); })()] = source(log); });
attempt('next throws', (log) => { const it = { [Symbol.iterator]() { return { next() { throw new Error('n'); }, return() { log.push('return called'); return {}; } }; } }; const [a] = it; });
attempt('value getter throws', (log) => { const it = { [Symbol.iterator]() { return { next() { return { done: false, get value() { throw new Error('v'); } }; }, return() { log.push('return called'); return {}; } }; } }; const [a] = it; });
attempt('normal', (log) => { const [a, b] = source(log); log.push(a + b); });
function* gen() { const [x, y = yield 'pause'] = [1]; return x + y; }
const g = gen(); console.log(g.next().value, g.next(5).value);
let total = 0;
for (let i = 0; i < 3000; i++) { const [p, q = i] = [i]; total += p + q; }
console.log(total);

// A generator's return() while paused at a yield in a default closes the
// iterator being destructured (unless it is done).
{
function* source(log) { try { yield 1; yield undefined; yield 3; } finally { log.push('source closed'); } }
function* g(log) {
  try {
    const [a, b = yield 'paused in default'] = source(log);
    log.push('unreachable ' + a + b);
  } finally { log.push('g finally'); }
}
let log = [];
let it = g(log);
console.log(it.next().value, JSON.stringify(it.return(42)), log.join(', '));
function* h(log) { const [a, , , d = yield 'after done'] = source(log); return d; }
log = [];
it = h(log);
console.log(it.next().value, JSON.stringify(it.return(7)), log.join(', '));
log = [];
it = g(log);
console.log(it.next().value, JSON.stringify(it.next(5)), log.join(', '));
}
