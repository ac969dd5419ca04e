class Life {
  constructor(rows, cols) {
    this.rows = rows; this.cols = cols;
    this.cells = new Array(rows * cols).fill(0);
    this.generation = 0;
  }
  static fromPattern(lines, rows, cols, offR = 0, offC = 0) {
    const life = new Life(rows, cols);
    lines.forEach((line, r) => [...line].forEach((ch, c) => { if (ch === 'O') life.set(r + offR, c + offC, 1); }));
    return life;
  }
  idx(r, c) { return ((r + this.rows) % this.rows) * this.cols + ((c + this.cols) % this.cols); }
  get(r, c) { return this.cells[this.idx(r, c)]; }
  set(r, c, v) { this.cells[this.idx(r, c)] = v; }
  neighbors(r, c) {
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) if (dr || dc) n += this.get(r + dr, c + dc);
    return n;
  }
  step() {
    const next = new Array(this.cells.length).fill(0);
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        const n = this.neighbors(r, c);
        const alive = this.get(r, c);
        next[r * this.cols + c] = (alive && (n === 2 || n === 3)) || (!alive && n === 3) ? 1 : 0;
      }
    }
    this.cells = next;
    this.generation++;
    return this;
  }
  get population() { return this.cells.reduce((a, b) => a + b, 0); }
  toString() {
    const lines = [];
    for (let r = 0; r < this.rows; r++) {
      let line = '';
      for (let c = 0; c < this.cols; c++) line += this.get(r, c) ? 'O' : '.';
      lines.push(line);
    }
    return lines.join('\n');
  }
}
const blinker = Life.fromPattern(['OOO'], 5, 5, 2, 1);
for (let i = 0; i < 3; i++) {
  console.log(`blinker gen ${blinker.generation} pop ${blinker.population}`);
  console.log(blinker.toString());
  blinker.step();
}
const glider = Life.fromPattern(['.O.', '..O', 'OOO'], 8, 8);
const start = glider.toString();
for (let i = 0; i < 4; i++) glider.step();
console.log('glider after 4 gens');
console.log(glider.toString());
for (let i = 0; i < 28; i++) glider.step();
console.log('glider back to start after 32 gens:', glider.toString() === start);
const rpent = Life.fromPattern(['.OO', 'OO.', '.O.'], 24, 24, 10, 10);
const pops = [];
for (let i = 0; i < 30; i++) { pops.push(rpent.population); rpent.step(); }
console.log(pops);
console.log(rpent.toString());
const block = Life.fromPattern(['OO', 'OO'], 4, 4, 1, 1);
const before = block.toString();
console.log('block is still life:', block.step().toString() === before);
