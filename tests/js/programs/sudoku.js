const puzzle = [
  '53..7....',
  '6..195...',
  '.98....6.',
  '8...6...3',
  '4..8.3..1',
  '7...2...6',
  '.6....28.',
  '...419..5',
  '....8..79',
];
function parse(rows) {
  return rows.map(r => [...r].map(c => (c === '.' ? 0 : Number(c))));
}
function print(board) {
  const lines = [];
  for (let r = 0; r < 9; r++) {
    if (r && r % 3 === 0) lines.push('------+-------+------');
    let line = '';
    for (let c = 0; c < 9; c++) {
      if (c && c % 3 === 0) line += '| ';
      line += (board[r][c] || '.') + ' ';
    }
    lines.push(line.trimEnd());
  }
  console.log(lines.join('\n'));
}
function candidates(board, r, c) {
  const used = new Set();
  for (let i = 0; i < 9; i++) {
    used.add(board[r][i]);
    used.add(board[i][c]);
  }
  const br = r - (r % 3), bc = c - (c % 3);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) used.add(board[br + i][bc + j]);
  const out = [];
  for (let v = 1; v <= 9; v++) if (!used.has(v)) out.push(v);
  return out;
}
let steps = 0;
function solve(board) {
  // choose the empty cell with the fewest candidates
  let best = null;
  for (let r = 0; r < 9; r++) {
    for (let c = 0; c < 9; c++) {
      if (board[r][c] !== 0) continue;
      const cand = candidates(board, r, c);
      if (!best || cand.length < best.cand.length) best = { r, c, cand };
      if (cand.length === 0) return false;
    }
  }
  if (!best) return true;
  for (const v of best.cand) {
    steps++;
    board[best.r][best.c] = v;
    if (solve(board)) return true;
  }
  board[best.r][best.c] = 0;
  return false;
}
function isValid(board) {
  const ok = arr => arr.slice().sort().join('') === '123456789';
  for (let i = 0; i < 9; i++) {
    if (!ok(board[i])) return false;
    if (!ok(board.map(row => row[i]))) return false;
    const box = [];
    const br = 3 * Math.floor(i / 3), bc = 3 * (i % 3);
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) box.push(board[br + a][bc + b]);
    if (!ok(box)) return false;
  }
  return true;
}
const board = parse(puzzle);
print(board);
console.log('candidates at (0,2):', candidates(board, 0, 2));
console.log('solved:', solve(board), 'steps:', steps);
print(board);
console.log('valid:', isValid(board));
const hard = parse([
  '..3.2.6..',
  '9..3.5..1',
  '..18.64..',
  '..81.29..',
  '7.......8',
  '..67.82..',
  '..26.95..',
  '8..2.3..9',
  '..5.1.3..',
]);
steps = 0;
const solvedHard = solve(hard);
console.log('second solved:', solvedHard, 'valid:', isValid(hard), 'steps:', steps);
console.log(hard.map(r => r.join('')).join('\n'));
