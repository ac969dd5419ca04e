class PQ {
  constructor() { this.items = []; }
  push(node, dist) {
    this.items.push({ node, dist });
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.items[p].dist <= this.items[i].dist) break;
      [this.items[p], this.items[i]] = [this.items[i], this.items[p]];
      i = p;
    }
  }
  pop() {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < this.items.length && this.items[l].dist < this.items[m].dist) m = l;
        if (r < this.items.length && this.items[r].dist < this.items[m].dist) m = r;
        if (m === i) break;
        [this.items[m], this.items[i]] = [this.items[i], this.items[m]];
        i = m;
      }
    }
    return top;
  }
  get empty() { return this.items.length === 0; }
}
function buildGraph(edges) {
  const g = new Map();
  for (const [a, b, w] of edges) {
    if (!g.has(a)) g.set(a, []);
    if (!g.has(b)) g.set(b, []);
    g.get(a).push([b, w]);
    g.get(b).push([a, w]);
  }
  return g;
}
function dijkstra(graph, source) {
  const dist = new Map();
  const prev = new Map();
  for (const node of graph.keys()) dist.set(node, Infinity);
  dist.set(source, 0);
  const pq = new PQ();
  pq.push(source, 0);
  let visits = 0;
  while (!pq.empty) {
    const { node, dist: d } = pq.pop();
    if (d > dist.get(node)) continue;
    visits++;
    for (const [next, w] of graph.get(node)) {
      const nd = d + w;
      if (nd < dist.get(next)) {
        dist.set(next, nd);
        prev.set(next, node);
        pq.push(next, nd);
      }
    }
  }
  return { dist, prev, visits };
}
function path(prev, target) {
  const p = [target];
  while (prev.has(p[0])) p.unshift(prev.get(p[0]));
  return p;
}
const edges = [
  ['A', 'B', 7], ['A', 'C', 9], ['A', 'F', 14], ['B', 'C', 10], ['B', 'D', 15],
  ['C', 'D', 11], ['C', 'F', 2], ['D', 'E', 6], ['E', 'F', 9], ['G', 'H', 1],
];
const graph = buildGraph(edges);
const { dist, prev, visits } = dijkstra(graph, 'A');
console.log('visits', visits);
for (const [node, d] of [...dist].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  console.log(node, d === Infinity ? 'unreachable' : d, d === Infinity ? '' : path(prev, node).join('->'));
}
console.log(dist);
// grid graph
const W = 6, H = 5;
const grid = [
  '..#...',
  '.##.#.',
  '....#.',
  '.#.##.',
  '...#..',
];
const gEdges = [];
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    if (grid[y][x] === '#') continue;
    if (x + 1 < W && grid[y][x + 1] !== '#') gEdges.push([`${x},${y}`, `${x + 1},${y}`, 1]);
    if (y + 1 < H && grid[y + 1][x] !== '#') gEdges.push([`${x},${y}`, `${x},${y + 1}`, 1 + (x % 2)]);
  }
}
const gg = buildGraph(gEdges);
const res = dijkstra(gg, '0,0');
const target = `${W - 1},${H - 1}`;
console.log('grid distance', res.dist.get(target));
const pathCells = new Set(path(res.prev, target));
for (let y = 0; y < H; y++) {
  let row = '';
  for (let x = 0; x < W; x++) row += pathCells.has(`${x},${y}`) ? '*' : grid[y][x];
  console.log(row);
}
