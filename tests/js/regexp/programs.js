// Small programs built on regular expressions; the replacers allocate,
// so collections happen while matches are in flight.
const template = 'Hello {{ name }}, you have {{count}} new {{ count == 1 ? "message" : "messages" }}{{missing}}.';
function render(tpl, data) {
  return tpl.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
    const m = /^(\w+) == (\d+) \? "([^"]*)" : "([^"]*)"$/.exec(expr);
    if (m) return String(data[m[1]]) === m[2] ? m[3] : m[4];
    return expr in data ? String(data[expr]) : `<${expr}?>`;
  });
}
console.log(render(template, { name: 'Ada', count: 1 }));
console.log(render(template, { name: 'Bob', count: 3 }));

// Word frequencies.
const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief.`;
const freq = new Map();
for (const [word] of text.toLowerCase().matchAll(/[a-z']+/g)) {
  freq.set(word, (freq.get(word) || 0) + 1);
}
console.log([...freq].filter(([, n]) => n > 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));

// A CSV line parser with quoted fields.
function parseCsvLine(line) {
  const fields = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  let m;
  while ((m = re.exec(line)) !== null) {
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (re.lastIndex >= line.length) break;
  }
  return fields;
}
console.log(parseCsvLine('a,"b,c","say ""hi""",,d'));

// Parsing a log with named groups.
const log = `2024-01-02 10:00:01 INFO  server started port=8080
2024-01-02 10:00:05 WARN  slow request path=/api/users ms=1200
2024-01-02 10:01:00 ERROR db timeout host=db1 ms=5000
2024-01-02 10:02:00 INFO  request path=/ ms=12`;
const lineRe = /^(?<date>\S+) (?<time>\S+) (?<level>[A-Z]+)\s+(?<msg>.*?)(?<kv>(?: \w+=\S+)*)$/gm;
for (const { groups } of log.matchAll(lineRe)) {
  const kv = Object.fromEntries([...groups.kv.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  console.log(groups.level.padEnd(5), groups.msg.padEnd(15), JSON.stringify(kv));
}

// Many small replacements: each call builds captures and a replacement.
let acc = '';
for (let i = 0; i < 2000; i++) {
  acc = ('item-' + i + '-x').replace(/(\w+)-(\d+)-(\w)/, (m, a, n, c) => `${c}${n * 2}${a.length}`);
}
console.log(acc);
let total = 0;
const nums = Array.from({ length: 3000 }, (_, i) => i).join(',');
nums.replace(/\d+/g, (d) => {
  total += Number(d);
  return { toString: () => '' + d };
});
console.log(total, nums.split(/,/).length, nums.match(/\d+/g).length);

// Tokenize simple arithmetic and evaluate it.
function evaluate(src) {
  const tokens = src.match(/\d+(?:\.\d+)?|[-+*/()]/g);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  function expr() {
    let v = term();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + term() : v - term();
    return v;
  }
  function term() {
    let v = factor();
    while (peek() === '*' || peek() === '/') v = next() === '*' ? v * factor() : v / factor();
    return v;
  }
  function factor() {
    const t = next();
    if (t === '(') {
      const v = expr();
      next();
      return v;
    }
    if (t === '-') return -factor();
    return parseFloat(t);
  }
  return expr();
}
console.log(evaluate('1 + 2 * (3 - 4.5) / 3'), evaluate('-(2+3)*4'));
