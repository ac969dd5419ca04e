// Flood fill of a grid with an explicit stack: array push/pop, element
// loads and stores in one hot loop.
function makeGrid(w, h) {
  const g = [];
  for (let i = 0; i < w * h; i++) g.push((i * 7919) % 11 === 0 ? 1 : 0);
  return g;
}

function fill(grid, w, h, start) {
  const stack = [start];
  let filled = 0;
  while (stack.length > 0) {
    const p = stack.pop();
    if (grid[p] !== 0) continue;
    grid[p] = 2;
    filled++;
    const x = p % w;
    if (x > 0) stack.push(p - 1);
    if (x < w - 1) stack.push(p + 1);
    if (p >= w) stack.push(p - w);
    if (p < w * (h - 1)) stack.push(p + w);
  }
  return filled;
}

let total = 0;
for (let round = 0; round < 30; round++) {
  const grid = makeGrid(300, 300);
  total += fill(grid, 300, 300, round);
}
console.log(total);
