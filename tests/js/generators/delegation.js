function* inner() {
  const x = yield 'inner-1';
  console.log('inner received', x);
  yield 'inner-2';
  return 'inner-result';
}
function* outer() {
  yield 'outer-start';
  const r = yield* inner();
  console.log('yield* result', r);
  yield* [10, 20];
  yield* 'ab';
  yield 'outer-end';
}
const g = outer();
const out = [];
let n = g.next();
let i = 0;
while (!n.done) { out.push(n.value); n = g.next('sent' + i++); }
console.log(out);
function* flatten(arr) {
  for (const x of arr) {
    if (Array.isArray(x)) yield* flatten(x);
    else yield x;
  }
}
console.log([...flatten([1, [2, [3, [4]], 5], [[6]]])]);
function* concat(...iters) { for (const it of iters) yield* it; }
console.log([...concat([1, 2], new Set([3]), 'xy', new Map([['k', 'v']]))]);
function* withFinally() {
  try { yield 'a'; yield 'b'; } finally { console.log('inner cleanup'); }
}
function* delegator() {
  try { yield* withFinally(); } finally { console.log('delegator cleanup'); }
}
for (const v of delegator()) { console.log('got', v); break; }
function* permutations(items) {
  if (items.length <= 1) { yield items; return; }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) yield [items[i], ...p];
  }
}
console.log([...permutations(['a', 'b', 'c'])].map(p => p.join('')));
