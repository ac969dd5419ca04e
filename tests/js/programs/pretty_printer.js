// Hand-written JSON-like pretty printer (does not use JSON.stringify)
function quote(s) {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}
function pretty(value, indent = '  ', depth = 0, seen = new Set()) {
  const pad = indent.repeat(depth);
  const padIn = indent.repeat(depth + 1);
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number': return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean': return String(value);
    case 'string': return quote(value);
    case 'undefined': case 'function': case 'symbol': return undefined;
  }
  if (seen.has(value)) throw new TypeError('circular structure');
  seen.add(value);
  let result;
  if (Array.isArray(value)) {
    if (value.length === 0) result = '[]';
    else {
      const items = value.map(v => {
        const s = pretty(v, indent, depth + 1, seen);
        return padIn + (s === undefined ? 'null' : s);
      });
      result = '[\n' + items.join(',\n') + '\n' + pad + ']';
    }
  } else {
    const parts = [];
    for (const key of Object.keys(value)) {
      const s = pretty(value[key], indent, depth + 1, seen);
      if (s !== undefined) parts.push(padIn + quote(key) + ': ' + s);
    }
    result = parts.length ? '{\n' + parts.join(',\n') + '\n' + pad + '}' : '{}';
  }
  seen.delete(value);
  return result;
}
function compact(value) {
  if (value === null || typeof value !== 'object') return pretty(value);
  if (Array.isArray(value)) return '[' + value.map(v => compact(v) ?? 'null').join(',') + ']';
  return '{' + Object.keys(value).filter(k => compact(value[k]) !== undefined)
    .map(k => quote(k) + ':' + compact(value[k])).join(',') + '}';
}
const doc = {
  name: 'unspool',
  version: 1.5,
  tags: ['js', 'engine', 'rust'],
  nested: { empty: {}, list: [], deep: { a: [1, [2, [3]]] } },
  special: 'quote " backslash \\ newline \n tab \t ctrl \u0001',
  flags: [true, false, null],
  skipped: undefined,
  fn() {},
  nums: [0, -0, 1e21, 1e-7, NaN, Infinity, -1.5],
  10: 'numeric key',
};
const mine = pretty(doc);
console.log(mine);
const theirs = JSON.stringify(doc, null, 2);
console.log('matches JSON.stringify:', mine === theirs);
console.log(compact(doc));
console.log('compact matches:', compact(doc) === JSON.stringify(doc));
console.log(pretty([undefined, () => 1, 'x']));
console.log(pretty('top'), pretty(42), pretty(null), pretty(undefined));
const circ = { a: 1 };
circ.self = circ;
try { pretty(circ); } catch (e) { console.log(e.name, e.message); }
const shared = { s: 1 };
console.log(compact({ x: shared, y: shared, z: [shared, shared] }));
console.log(pretty({ a: [{ b: [] }, {}] }, '\t'));
