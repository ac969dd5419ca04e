const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x);
const pipe = (...fns) => x => fns.reduce((v, f) => f(v), x);
const inc = x => x + 1;
const dbl = x => x * 2;
const sq = x => x * x;
console.log(compose(inc, dbl, sq)(3), pipe(inc, dbl, sq)(3));
function curry(fn) {
  return function curried(...args) {
    if (args.length >= fn.length) return fn.apply(this, args);
    return (...more) => curried.apply(this, args.concat(more));
  };
}
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
function partial(fn, ...preset) { return (...later) => fn(...preset, ...later); }
const greet = (g, n, p) => `${g}, ${n}${p}`;
console.log(partial(greet, 'Hello')('World', '!'));
const range = (n) => Array.from({ length: n }, (_, i) => i);
console.log(range(10).filter(x => x % 2).map(sq).reduce((a, b) => a + b));
function times(n, fn) { for (let i = 0; i < n; i++) fn(i); }
const acc = [];
times(4, i => acc.push(i * 10));
console.log(acc);
const debounceLike = (fn) => { let last; return (x) => { if (x !== last) { last = x; fn(x); } }; };
const seen = [];
const d = debounceLike(x => seen.push(x));
[1, 1, 2, 2, 2, 3, 1].forEach(d);
console.log(seen);
const groupBy = (arr, keyFn) => arr.reduce((g, x) => {
  const k = keyFn(x);
  (g[k] ||= []).push(x);
  return g;
}, {});
console.log(groupBy(['apple', 'avocado', 'banana', 'cherry', 'blueberry'], s => s[0]));
const zip = (...arrs) => arrs[0].map((_, i) => arrs.map(a => a[i]));
console.log(zip([1, 2, 3], ['a', 'b', 'c'], [true, false, null]));
const flip = f => (a, b) => f(b, a);
console.log(flip((a, b) => a - b)(1, 10));
