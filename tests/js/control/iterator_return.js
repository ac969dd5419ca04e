function makeIterable(label, n) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { i++; return i <= n ? { value: i, done: false } : { value: undefined, done: true }; },
        return(v) { console.log(label, 'return() called'); return { done: true, value: v }; },
      };
    },
  };
}
for (const x of makeIterable('break', 5)) {
  console.log('break loop', x);
  if (x === 2) break;
}
for (const x of makeIterable('complete', 2)) console.log('complete loop', x);
function earlyReturn() {
  for (const x of makeIterable('return', 5)) {
    if (x === 3) return 'returned ' + x;
  }
}
console.log(earlyReturn());
try {
  for (const x of makeIterable('throw', 5)) {
    if (x === 1) throw new Error('boom');
  }
} catch (e) {
  console.log('caught', e.message);
}
outer: for (const a of makeIterable('outer', 3)) {
  for (const b of makeIterable('inner', 3)) {
    if (b === 2) continue outer;
    console.log('pair', a, b);
  }
}
const [first] = makeIterable('destructure', 3);
console.log('first', first);
const noReturn = {
  [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i++, done: i > 10 }) }; },
};
for (const v of noReturn) { if (v === 1) break; }
console.log('no return method is fine');
function* gen() {
  try {
    yield 1; yield 2; yield 3;
  } finally {
    console.log('generator finally on break');
  }
}
for (const v of gen()) { console.log('gen', v); if (v === 2) break; }
