function rleEncode(s) {
  let out = '';
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i) + s[i];
    i = j;
  }
  return out;
}
function rleDecode(s) {
  let out = '';
  let num = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') num += ch;
    else { out += ch.repeat(Number(num)); num = ''; }
  }
  return out;
}
function rlePairs(arr) {
  const out = [];
  for (const v of arr) {
    const last = out[out.length - 1];
    if (last && last[0] === v) last[1]++;
    else out.push([v, 1]);
  }
  return out;
}
const inputs = ['', 'a', 'aaa', 'aaabbbcccd', 'abcd', 'WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '  ..  '];
for (const s of inputs) {
  const enc = rleEncode(s);
  const dec = rleDecode(enc);
  console.log(JSON.stringify(enc), dec === s, s.length, '->', enc.length);
}
console.log(rlePairs([1, 1, 2, 2, 2, 3, 1, 1]));
console.log(rlePairs('mississippi'));
console.log(rlePairs([]));
// look-and-say sequence built on run-length pairs
let term = '1';
const seq = [term];
for (let i = 0; i < 12; i++) {
  term = rlePairs(term).map(([d, n]) => `${n}${d}`).join('');
  seq.push(term);
}
console.log(seq.slice(0, 8));
console.log(seq.map(t => t.length));
// bitmap compression
const bitmap = [
  '0000000000',
  '0011111100',
  '0110000110',
  '0110000110',
  '0011111100',
  '0000000000',
];
const compressed = bitmap.map(row => rlePairs(row).map(([b, n]) => n * (b === '1' ? 1 : -1)));
console.log(compressed);
const restored = compressed.map(r => r.map(n => (n > 0 ? '#' : '.').repeat(Math.abs(n))).join(''));
console.log(restored.join('\n'));
