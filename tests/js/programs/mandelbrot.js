function mandelbrot(width, height, maxIter, x0, x1, y0, y1) {
  const chars = ' .:-=+*#%@';
  const rows = [];
  let totalIter = 0;
  for (let j = 0; j < height; j++) {
    let row = '';
    const ci = y0 + (y1 - y0) * j / (height - 1);
    for (let i = 0; i < width; i++) {
      const cr = x0 + (x1 - x0) * i / (width - 1);
      let zr = 0, zi = 0, n = 0;
      while (n < maxIter && zr * zr + zi * zi <= 4) {
        const t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        n++;
      }
      totalIter += n;
      row += n === maxIter ? '@' : chars[Math.floor((n / maxIter) * (chars.length - 1))];
    }
    rows.push(row);
  }
  return { rows, totalIter };
}
const { rows, totalIter } = mandelbrot(72, 28, 60, -2.2, 0.8, -1.2, 1.2);
for (const r of rows) console.log(r.trimEnd());
console.log('total iterations', totalIter);
const zoom = mandelbrot(40, 12, 100, -0.75, -0.73, 0.1, 0.12);
for (const r of zoom.rows) console.log('|' + r + '|');
console.log('zoom iterations', zoom.totalIter);
// check a few specific points
function escapes(cr, ci, max) {
  let zr = 0, zi = 0;
  for (let n = 0; n < max; n++) {
    [zr, zi] = [zr * zr - zi * zi + cr, 2 * zr * zi + ci];
    if (zr * zr + zi * zi > 4) return n;
  }
  return -1;
}
console.log([[0, 0], [-1, 0], [1, 0], [0.25, 0], [0.26, 0], [-2, 0], [-0.75, 0.1]].map(([a, b]) => escapes(a, b, 1000)));
// Julia set for c = -0.8 + 0.156i, rendered with a different palette
function julia(width, height, cr, ci, maxIter) {
  const palette = ' -~:;=!*#$@';
  const out = [];
  for (let y = 0; y < height; y++) {
    let line = '';
    for (let x = 0; x < width; x++) {
      let zr = -1.6 + 3.2 * x / (width - 1);
      let zi = -1.0 + 2.0 * y / (height - 1);
      let n = 0;
      while (n < maxIter && zr * zr + zi * zi < 4) {
        const t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        n++;
      }
      line += palette[Math.min(palette.length - 1, Math.floor(n * palette.length / (maxIter + 1)))];
    }
    out.push(line);
  }
  return out;
}
const j = julia(64, 20, -0.8, 0.156, 50);
for (const line of j) console.log(line.trimEnd());
// histogram of iteration counts on a coarse grid
const hist = new Array(11).fill(0);
for (let y = -1; y <= 1; y += 0.25) {
  for (let x = -2; x <= 0.5; x += 0.25) {
    const n = escapes(x, y, 20);
    hist[n < 0 ? 10 : Math.min(9, n)]++;
  }
}
console.log('histogram', hist, 'cells', hist.reduce((a, b) => a + b, 0));
