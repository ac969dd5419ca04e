function solveNQueens(n) {
  const solutions = [];
  const cols = new Array(n).fill(false);
  const diag1 = new Array(2 * n).fill(false);
  const diag2 = new Array(2 * n).fill(false);
  const placement = [];
  let nodes = 0;
  function place(row) {
    nodes++;
    if (row === n) {
      solutions.push(placement.slice());
      return;
    }
    for (let c = 0; c < n; c++) {
      if (cols[c] || diag1[row + c] || diag2[row - c + n]) continue;
      cols[c] = diag1[row + c] = diag2[row - c + n] = true;
      placement.push(c);
      place(row + 1);
      placement.pop();
      cols[c] = diag1[row + c] = diag2[row - c + n] = false;
    }
  }
  place(0);
  return { solutions, nodes };
}
function render(sol) {
  return sol.map(c => '.'.repeat(c) + 'Q' + '.'.repeat(sol.length - c - 1)).join('\n');
}
for (let n = 1; n <= 8; n++) {
  const { solutions, nodes } = solveNQueens(n);
  console.log(`n=${n} solutions=${solutions.length} nodes=${nodes}`);
}
const six = solveNQueens(6).solutions;
console.log(six);
for (const s of six) {
  console.log(render(s));
  console.log('--');
}
const eight = solveNQueens(8).solutions;
console.log('first 8-queens:', eight[0].join(','));
console.log('last 8-queens:', eight[eight.length - 1].join(','));
console.log(render(eight[0]));
// bitmask version for counting
function countBits(n) {
  let count = 0;
  const all = (1 << n) - 1;
  (function go(cols, d1, d2) {
    if (cols === all) { count++; return; }
    let avail = all & ~(cols | d1 | d2);
    while (avail) {
      const bit = avail & -avail;
      avail -= bit;
      go(cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
  })(0, 0, 0);
  return count;
}
console.log([4, 5, 6, 7, 8, 9, 10].map(countBits));
// symmetry check: count solutions symmetric under left-right mirror
const mirrored = eight.filter(s => {
  const m = s.map(c => 7 - c).join(',');
  return eight.some(t => t.join(',') === m);
});
console.log('solutions whose mirror is also a solution:', mirrored.length);
