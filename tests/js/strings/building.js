function wrap(text, width) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > width) { lines.push(line); line = w; }
    else line = line ? line + ' ' + w : w;
  }
  if (line) lines.push(line);
  return lines;
}
const text = 'The quick brown fox jumps over the lazy dog and keeps running through the forest until night falls';
for (const l of wrap(text, 20)) console.log('|' + l.padEnd(20) + '|');
function center(s, w) {
  const left = Math.floor((w - s.length) / 2);
  return ' '.repeat(left) + s + ' '.repeat(w - s.length - left);
}
console.log('[' + center('title', 15) + ']');
console.log('[' + center('ab', 7) + ']');
const table = [['name', 'qty', 'price'], ['apple', 3, 1.25], ['banana', 12, 0.5], ['cherry', 100, 10]];
const widths = table[0].map((_, c) => Math.max(...table.map(r => String(r[c]).length)));
for (const row of table) console.log(row.map((cell, c) => typeof cell === 'number' ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c])).join(' | '));
let sb = [];
for (let i = 0; i < 5; i++) sb.push(`item${i}`);
console.log(sb.join(', '));
let big = '';
for (let i = 0; i < 1000; i++) big += String.fromCharCode(97 + (i % 26));
console.log(big.length, big.slice(0, 30), big.slice(-10));
const camel = 'hello_world_from_js'.split('_').map((w, i) => i ? w[0].toUpperCase() + w.slice(1) : w).join('');
console.log(camel);
let snake = '';
for (const ch of 'someCamelCaseName') snake += ch >= 'A' && ch <= 'Z' ? '_' + ch.toLowerCase() : ch;
console.log(snake);
const reversedWords = 'one two three'.split(' ').map(w => [...w].reverse().join('')).join(' ');
console.log(reversedWords);
console.log('x'.concat('y'.repeat(3)));
