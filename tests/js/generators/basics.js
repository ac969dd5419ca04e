function* count(n) {
  console.log('generator started');
  for (let i = 0; i < n; i++) {
    console.log('about to yield', i);
    yield i;
  }
  console.log('generator ending');
  return 'done-value';
}
const g = count(2);
console.log('created');
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(typeof g.next, typeof g[Symbol.iterator], g[Symbol.iterator]() === g);
console.log([...count(3)]);
function* empty() {}
console.log(empty().next());
function* onlyReturn() { return 42; }
console.log(onlyReturn().next(), [...onlyReturn()]);
const obj = {
  *items() { yield 'a'; yield 'b'; },
};
console.log([...obj.items()]);
class Tree {
  constructor(v, l, r) { this.v = v; this.l = l; this.r = r; }
  *[Symbol.iterator]() {
    if (this.l) yield* this.l;
    yield this.v;
    if (this.r) yield* this.r;
  }
}
const t = new Tree(4, new Tree(2, new Tree(1), new Tree(3)), new Tree(6, new Tree(5), new Tree(7)));
console.log([...t]);
const genExpr = function* () { yield 1; };
console.log(genExpr().next().value);
console.log(Object.prototype.toString.call(count(1)));
