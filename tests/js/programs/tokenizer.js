// Tokenizer for arithmetic expressions (no regex)
const isDigit = c => c >= '0' && c <= '9';
const isAlpha = c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isSpace = c => c === ' ' || c === '\t' || c === '\n';

class Token {
  constructor(type, value, pos) {
    this.type = type;
    this.value = value;
    this.pos = pos;
  }
  toString() { return `${this.type}(${this.value})@${this.pos}`; }
}

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (isSpace(c)) { i++; continue; }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1]))) {
      const start = i;
      while (i < src.length && (isDigit(src[i]) || src[i] === '.')) i++;
      if (src[i] === 'e' || src[i] === 'E') {
        i++;
        if (src[i] === '+' || src[i] === '-') i++;
        while (isDigit(src[i])) i++;
      }
      tokens.push(new Token('num', parseFloat(src.slice(start, i)), start));
      continue;
    }
    if (isAlpha(c)) {
      const start = i;
      while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) i++;
      tokens.push(new Token('ident', src.slice(start, i), start));
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '**' || two === '<=' || two === '>=' || two === '==' || two === '!=') {
      tokens.push(new Token('op', two, i));
      i += 2;
      continue;
    }
    if ('+-*/%^()<>,='.includes(c)) {
      tokens.push(new Token(c === '(' || c === ')' ? 'paren' : c === ',' ? 'comma' : 'op', c, i));
      i++;
      continue;
    }
    throw new SyntaxError(`Unexpected character '${c}' at ${i}`);
  }
  tokens.push(new Token('eof', '', src.length));
  return tokens;
}

const inputs = [
  '1 + 2',
  '3.14 * r ** 2',
  'max(a, b) - 1e3',
  '(x1 + y_2) / .5',
  'a <= b == c >= d != e',
  '2.5e-3 + 4E+2',
  '   ',
  'foo(1,2,3)',
  '1 # 2',
  'x = 10 % 3',
];
for (const input of inputs) {
  try {
    const toks = tokenize(input);
    console.log(JSON.stringify(input), '=>', toks.map(String).join(' '));
  } catch (e) {
    console.log(JSON.stringify(input), '=>', e.name, e.message);
  }
}
const counts = {};
for (const t of tokenize('a + b * (c - d) / e ** f + g(h, i)')) counts[t.type] = (counts[t.type] || 0) + 1;
console.log(counts);
