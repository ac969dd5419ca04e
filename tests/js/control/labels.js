outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('i', i, 'j', j);
  }
}
let found = null;
search: for (let r = 0; r < 5; r++) {
  for (let c = 0; c < 5; c++) {
    if (r * c === 6) { found = [r, c]; break search; }
  }
}
console.log('found', found);
block: {
  console.log('in block');
  if (found) break block;
  console.log('not reached');
}
console.log('after block');
let n = 0;
loop1: while (true) {
  n++;
  loop2: do {
    n += 10;
    if (n > 50) break loop1;
    continue loop1;
  } while (false);
}
console.log('n', n);
const out = [];
rows: for (const row of [[1, 2, -1, 3], [4, 5], [-2, 6]]) {
  for (const v of row) {
    if (v < 0) continue rows;
    out.push(v);
  }
}
console.log(out);
a: b: c: for (let i = 0; i < 2; i++) { console.log('multi-label', i); continue a; }
lbl: {
  try {
    break lbl;
  } finally {
    console.log('finally during labeled break');
  }
}
console.log('done');
