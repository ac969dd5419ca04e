class StringBuilder {
  constructor() { this.parts = []; this.length = 0; }
  append(s) { s = String(s); this.parts.push(s); this.length += s.length; return this; }
  appendLine(s = '') { return this.append(s).append('\n'); }
  appendRepeat(s, n) { for (let i = 0; i < n; i++) this.append(s); return this; }
  toString() { return this.parts.join(''); }
}
function wrap(text, width) {
  const words = text.split(' ').filter(w => w.length);
  const lines = [];
  let cur = '';
  for (let w of words) {
    while (w.length > width) {
      if (cur) { lines.push(cur); cur = ''; }
      lines.push(w.slice(0, width - 1) + '-');
      w = w.slice(width - 1);
    }
    if (!cur) cur = w;
    else if (cur.length + 1 + w.length <= width) cur += ' ' + w;
    else { lines.push(cur); cur = w; }
  }
  if (cur) lines.push(cur);
  return lines;
}
function justify(line, width) {
  const words = line.split(' ');
  if (words.length === 1) return line.padEnd(width);
  const gaps = words.length - 1;
  const spaces = width - words.join('').length;
  const base = Math.floor(spaces / gaps);
  let extra = spaces % gaps;
  let out = '';
  words.forEach((w, i) => {
    out += w;
    if (i < gaps) { out += ' '.repeat(base + (extra > 0 ? 1 : 0)); extra--; }
  });
  return out;
}
const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor ' +
  'incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud ' +
  'exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Supercalifragilisticexpialidocious!';
for (const width of [30, 45]) {
  const sb = new StringBuilder();
  sb.append('+').appendRepeat('-', width).appendLine('+');
  const lines = wrap(text, width);
  lines.forEach((l, i) => {
    const body = i === lines.length - 1 ? l.padEnd(width) : justify(l, width);
    sb.append('|').append(body).appendLine('|');
  });
  sb.append('+').appendRepeat('-', width).append('+');
  console.log(sb.toString());
  console.log('lines', lines.length, 'chars', sb.length);
}
console.log(wrap('short', 10), wrap('', 10), wrap('abcdefghijklmnopqrstuvwxyz', 8));
function columns(items, width, colWidth) {
  const perRow = Math.max(1, Math.floor(width / colWidth));
  const rows = [];
  for (let i = 0; i < items.length; i += perRow) {
    rows.push(items.slice(i, i + perRow).map(s => s.padEnd(colWidth)).join('').trimEnd());
  }
  return rows.join('\n');
}
const names = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango'];
console.log(columns(names, 40, 12));
function indentBlock(s, n) { return s.split('\n').map(l => ' '.repeat(n) + l).join('\n'); }
console.log(indentBlock(wrap('indented text that wraps across several lines nicely', 20).join('\n'), 4));
