// lastIndex: ignored without g or y, advanced by global matching, and
// required as the match position by sticky matching.
const plain = /o/;
plain.lastIndex = 5;
console.log(plain.exec('foo').index, plain.lastIndex);

const g = /o/g;
const s = 'foo boo';
let m;
while ((m = g.exec(s)) !== null) {
  console.log(m[0], m.index, g.lastIndex);
}
console.log('after loop', g.lastIndex);

g.lastIndex = 100;
console.log(g.test(s), g.lastIndex);
g.lastIndex = 7;
console.log(g.exec(s), g.lastIndex);
g.lastIndex = '2';
console.log(g.exec(s).index, g.lastIndex);
g.lastIndex = -3;
console.log(g.exec(s).index, g.lastIndex);

// test advances lastIndex too, which surprises people.
const t = /a/g;
console.log(t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex);

// Sticky: the match must start exactly at lastIndex.
const y = /foo/y;
console.log(y.test('xfoo'), y.lastIndex);
y.lastIndex = 1;
console.log(y.test('xfoo'), y.lastIndex);
console.log(y.test('xfoo'), y.lastIndex);

// A small tokenizer with sticky regexes.
function tokenize(src) {
  const rules = [['num', /\d+/y], ['id', /[a-z]+/y], ['op', /[+*=-]/y], ['ws', /\s+/y]];
  const out = [];
  let pos = 0;
  outer: while (pos < src.length) {
    for (const [kind, re] of rules) {
      re.lastIndex = pos;
      const r = re.exec(src);
      if (r) {
        if (kind !== 'ws') out.push(`${kind}:${r[0]}`);
        pos = re.lastIndex;
        continue outer;
      }
    }
    throw new Error('bad char at ' + pos);
  }
  return out;
}
console.log(tokenize('x = 12 + y2 * 3'));
try {
  tokenize('a ? b');
} catch (e) {
  console.log(e.message);
}

// Global and sticky together: consecutive matches only.
const gy = /a/gy;
console.log('aaba'.replace(gy, 'x'), 'baaa'.replace(gy, 'x'), 'aaba'.match(/a/gy));

// Empty matches with g advance by one.
const e = /x*/g;
const seen = [];
let r;
while ((r = e.exec('axb')) && seen.length < 10) {
  seen.push([r[0], r.index, e.lastIndex]);
  if (r[0] === '') e.lastIndex++;
}
console.log(JSON.stringify(seen));

// lastIndex is an own, writable, non-enumerable, non-configurable property.
console.log(Object.getOwnPropertyDescriptor(/a/, 'lastIndex'));
console.log(Object.getOwnPropertyNames(/a/g), Object.keys(/a/g));
