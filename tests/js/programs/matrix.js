class Matrix {
  constructor(rows, cols, fill = 0) {
    this.rows = rows;
    this.cols = cols;
    this.data = Array.from({ length: rows }, () => new Array(cols).fill(fill));
  }
  static from(arr) {
    const m = new Matrix(arr.length, arr[0].length);
    m.data = arr.map(r => r.slice());
    return m;
  }
  static identity(n) {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.data[i][i] = 1;
    return m;
  }
  get(r, c) { return this.data[r][c]; }
  mul(other) {
    if (this.cols !== other.rows) throw new RangeError(`shape mismatch ${this.rows}x${this.cols} * ${other.rows}x${other.cols}`);
    const out = new Matrix(this.rows, other.cols);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < other.cols; j++) {
        let s = 0;
        for (let k = 0; k < this.cols; k++) s += this.data[i][k] * other.data[k][j];
        out.data[i][j] = s;
      }
    }
    return out;
  }
  transpose() {
    const t = new Matrix(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) t.data[j][i] = this.data[i][j];
    return t;
  }
  pow(n) {
    let result = Matrix.identity(this.rows), base = this;
    while (n > 0) {
      if (n & 1) result = result.mul(base);
      base = base.mul(base);
      n >>= 1;
    }
    return result;
  }
  determinant() {
    const a = this.data.map(r => r.slice());
    const n = this.rows;
    let det = 1;
    for (let c = 0; c < n; c++) {
      let p = c;
      for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
      if (a[p][c] === 0) return 0;
      if (p !== c) { [a[p], a[c]] = [a[c], a[p]]; det = -det; }
      det *= a[c][c];
      for (let r = c + 1; r < n; r++) {
        const f = a[r][c] / a[c][c];
        for (let k = c; k < n; k++) a[r][k] -= f * a[c][k];
      }
    }
    return det;
  }
  toString() {
    const w = Math.max(...this.data.flat().map(v => String(v).length));
    return this.data.map(r => r.map(v => String(v).padStart(w)).join(' ')).join('\n');
  }
}
const a = Matrix.from([[1, 2, 3], [4, 5, 6]]);
const b = Matrix.from([[7, 8], [9, 10], [11, 12]]);
console.log(a.mul(b).toString());
console.log(b.mul(a).toString());
console.log(a.transpose().toString());
try { a.mul(a); } catch (e) { console.log(e.name, e.message); }
const fibM = Matrix.from([[1, 1], [1, 0]]);
for (const n of [1, 2, 10, 30, 50, 70]) console.log(`fib via matrix power ${n}:`, fibM.pow(n).get(0, 1));
console.log(Matrix.identity(4).toString());
console.log(Matrix.from([[2, 0, 1], [1, 3, 2], [1, 1, 2]]).determinant());
console.log(Matrix.from([[1, 2], [2, 4]]).determinant());
const rot = Matrix.from([[0, -1], [1, 0]]);
console.log(rot.pow(4).toString(), '|', rot.pow(3).toString().split('\n').join(' / '));
const n = 12;
const big = new Matrix(n, n);
for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) big.data[i][j] = ((i * 7 + j * 3) % 11) - 5;
const sq = big.mul(big.transpose());
let trace = 0;
for (let i = 0; i < n; i++) trace += sq.get(i, i);
console.log('trace', trace, 'symmetric', sq.data.every((r, i) => r.every((v, j) => v === sq.get(j, i))));
console.log(sq.data[0]);
console.log(a.mul(b));
