function makeCounter(start = 0, step = 1) {
  let count = start;
  return {
    inc() { count += step; return count; },
    dec() { count -= step; return count; },
    get value() { return count; },
    reset() { count = start; },
  };
}
const c1 = makeCounter();
const c2 = makeCounter(100, 10);
c1.inc(); c1.inc(); c2.dec();
console.log(c1.value, c2.value);
c1.reset();
console.log(c1.value, c2.inc());
function adder(a) { return b => c => a + b + c; }
console.log(adder(1)(2)(3));
const add5 = adder(5);
const add5and5 = add5(5);
console.log(add5and5(0), add5and5(10), add5(1)(1));
function memo(fn) {
  const cache = {};
  let hits = 0;
  const wrapped = n => {
    if (n in cache) { hits++; return cache[n]; }
    return (cache[n] = fn(n));
  };
  wrapped.hits = () => hits;
  return wrapped;
}
const sq = memo(n => n * n);
console.log(sq(4), sq(4), sq(5), sq(4), sq.hits());
function once(fn) {
  let done = false, result;
  return function (...args) {
    if (!done) { done = true; result = fn.apply(this, args); }
    return result;
  };
}
let initCount = 0;
const init = once(() => ++initCount);
console.log(init(), init(), init(), initCount);
const fns = [];
function outer() {
  let shared = 0;
  fns.push(() => ++shared, () => shared * 100);
}
outer(); outer();
console.log(fns[0](), fns[0](), fns[1](), fns[2](), fns[3]());
