'use strict';
class Graph {
  constructor() { this.edges = new Map(); }
  add(a, b) {
    if (!this.edges.has(a)) this.edges.set(a, []);
    if (!this.edges.has(b)) this.edges.set(b, []);
    this.edges.get(a).push(b);
    return this;
  }
  *bfs(start) {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const n = queue.shift();
      yield n;
      for (const m of this.edges.get(n)) if (!seen.has(m)) { seen.add(m); queue.push(m); }
    }
  }
  *dfs(start, seen = new Set()) {
    seen.add(start);
    yield start;
    for (const m of this.edges.get(start)) if (!seen.has(m)) yield* this.dfs(m, seen);
  }
}
const g = new Graph().add('a', 'b').add('a', 'c').add('b', 'd').add('c', 'd').add('d', 'e').add('c', 'f');
console.log([...g.bfs('a')].join(' '));
console.log([...g.dfs('a')].join(' '));
const entries = Object.entries({ x: 1, y: 2 });
function* objectEntries(o) { for (const k of Object.keys(o)) yield [k, o[k]]; }
console.log(new Map(objectEntries({ p: 1, q: 2 })));
console.log(Array.from(objectEntries({ a: 'A' })), entries.length);
function* tokens(s) {
  let cur = '';
  for (const ch of s) {
    if (ch === ' ') { if (cur) yield cur; cur = ''; } else cur += ch;
  }
  if (cur) yield cur;
}
console.log([...tokens('  split  these words ')]);
const gen = tokens('a b');
console.log(gen.next(), gen.next(), gen.next(), gen.next());
