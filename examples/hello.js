// A first program: closures, classes and generators.
class Counter {
  #n = 0;
  next() { return ++this.#n; }
}
function* take(n) { for (let i = 0; i < n; i++) yield i; }
const c = new Counter();
for (const _ of take(3)) c.next();
console.log(`counted ${c.next()}`);
