// A first program: closures, classes, generators, Map and console.log.
class Counter {
  #n = 0;
  next() { return ++this.#n; }
}
function* take(n) { for (let i = 0; i < n; i++) yield i; }
const c = new Counter();
for (const _ of take(3)) c.next();
const words = new Map([['engine', 'unspool'], ['tier', 'interpreter']]);
console.log(`counted ${c.next()}`, words, [1.5, -0, 'two', { three: 3 }]);
