function* naturals(start = 0) { let n = start; while (true) yield n++; }
function* take(it, n) { if (n <= 0) return; for (const v of it) { yield v; if (--n <= 0) return; } }
function* map(it, f) { for (const v of it) yield f(v); }
function* filter(it, p) { for (const v of it) if (p(v)) yield v; }
function* fibonacci() { let [a, b] = [0, 1]; while (true) { yield a; [a, b] = [b, a + b]; } }
function* primes() {
  const found = [];
  for (const n of naturals(2)) {
    if (found.every(p => n % p !== 0)) { found.push(n); yield n; }
  }
}
console.log([...take(naturals(), 10)]);
console.log([...take(fibonacci(), 20)]);
console.log([...take(primes(), 15)]);
console.log([...take(map(filter(naturals(1), x => x % 3 === 0), x => x * x), 6)]);
function* cycle(arr) { while (true) yield* arr; }
console.log([...take(cycle(['r', 'g', 'b']), 8)].join(''));
function* zip(a, b) {
  const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
  while (true) {
    const x = ia.next(), y = ib.next();
    if (x.done || y.done) return;
    yield [x.value, y.value];
  }
}
console.log([...zip(naturals(1), 'abcd')]);
const it = naturals(100);
console.log(it.next().value, it.next().value);
for (const v of it) { if (v > 104) break; console.log('loop', v); }
console.log(it.next());
function* chunk(it, size) {
  let buf = [];
  for (const v of it) { buf.push(v); if (buf.length === size) { yield buf; buf = []; } }
  if (buf.length) yield buf;
}
console.log([...chunk(take(naturals(), 11), 4)]);
