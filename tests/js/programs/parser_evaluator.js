// Recursive-descent parser producing an AST, plus an evaluator
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ') { i++; continue; }
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < src.length && ((src[j] >= '0' && src[j] <= '9') || src[j] === '.')) j++;
      out.push({ t: 'num', v: Number(src.slice(i, j)) });
      i = j;
    } else if ((c >= 'a' && c <= 'z')) {
      let j = i;
      while (j < src.length && src[j] >= 'a' && src[j] <= 'z') j++;
      out.push({ t: 'id', v: src.slice(i, j) });
      i = j;
    } else {
      out.push({ t: 'op', v: c });
      i++;
    }
  }
  out.push({ t: 'eof' });
  return out;
}

class Parser {
  constructor(src) { this.toks = tokenize(src); this.pos = 0; }
  peek() { return this.toks[this.pos]; }
  next() { return this.toks[this.pos++]; }
  expect(v) {
    const t = this.next();
    if (t.v !== v) throw new SyntaxError(`expected '${v}' but got '${t.v === undefined ? 'EOF' : t.v}'`);
  }
  parse() {
    const e = this.expr();
    if (this.peek().t !== 'eof') throw new SyntaxError(`unexpected '${this.peek().v}'`);
    return e;
  }
  // expr := term (('+'|'-') term)*
  expr() {
    let left = this.term();
    while (this.peek().v === '+' || this.peek().v === '-') {
      const op = this.next().v;
      left = { type: 'bin', op, left, right: this.term() };
    }
    return left;
  }
  // term := unary (('*'|'/'|'%') unary)*
  term() {
    let left = this.unary();
    while ('*/%'.includes(this.peek().v) && this.peek().t === 'op') {
      const op = this.next().v;
      left = { type: 'bin', op, left, right: this.unary() };
    }
    return left;
  }
  unary() {
    if (this.peek().v === '-') { this.next(); return { type: 'neg', arg: this.unary() }; }
    return this.power();
  }
  // power := atom ('^' unary)?   (right associative)
  power() {
    const base = this.atom();
    if (this.peek().v === '^') { this.next(); return { type: 'bin', op: '^', left: base, right: this.unary() }; }
    return base;
  }
  atom() {
    const t = this.next();
    if (t.t === 'num') return { type: 'num', value: t.v };
    if (t.t === 'id') {
      if (this.peek().v === '(') {
        this.next();
        const args = [];
        if (this.peek().v !== ')') {
          args.push(this.expr());
          while (this.peek().v === ',') { this.next(); args.push(this.expr()); }
        }
        this.expect(')');
        return { type: 'call', name: t.v, args };
      }
      return { type: 'var', name: t.v };
    }
    if (t.v === '(') { const e = this.expr(); this.expect(')'); return e; }
    throw new SyntaxError(`unexpected token '${t.v === undefined ? 'EOF' : t.v}'`);
  }
}

const funcs = { max: Math.max, min: Math.min, abs: Math.abs, sqrt: Math.sqrt, sum: (...a) => a.reduce((x, y) => x + y, 0) };
function evaluate(node, env) {
  switch (node.type) {
    case 'num': return node.value;
    case 'var':
      if (!(node.name in env)) throw new ReferenceError(`unknown variable ${node.name}`);
      return env[node.name];
    case 'neg': return -evaluate(node.arg, env);
    case 'call': return funcs[node.name](...node.args.map(a => evaluate(a, env)));
    case 'bin': {
      const l = evaluate(node.left, env), r = evaluate(node.right, env);
      switch (node.op) {
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': return l / r;
        case '%': return l % r;
        case '^': return l ** r;
      }
    }
  }
  throw new Error('bad node ' + node.type);
}
function show(node) {
  switch (node.type) {
    case 'num': return String(node.value);
    case 'var': return node.name;
    case 'neg': return `(-${show(node.arg)})`;
    case 'call': return `${node.name}(${node.args.map(show).join(', ')})`;
    case 'bin': return `(${show(node.left)} ${node.op} ${show(node.right)})`;
  }
}
const env = { x: 3, y: 4, pi: 3.14159 };
const tests = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', 'x * x + y * y', 'sqrt(x*x + y*y)',
  'max(1, x, y, 2) - min(5, 6)', '10 / 4 - 7 % 3', 'sum(1,2,3,4) * -1', '2 * pi * 10', '1 +', '(1 + 2', 'z + 1', '1 2'];
for (const src of tests) {
  try {
    const ast = new Parser(src).parse();
    console.log(src.padEnd(28), show(ast).padEnd(40), '=', evaluate(ast, env));
  } catch (e) {
    console.log(src.padEnd(28), e.name + ':', e.message);
  }
}
console.log(JSON.stringify(new Parser('a*(b+1)').parse()));
