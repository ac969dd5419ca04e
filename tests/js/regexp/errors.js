// Syntax errors in patterns and flags, and TypeErrors, with V8's messages.
const patterns = [
  ['(', ''], ['(', 'gi'], [')', ''], ['a)', ''], ['((a)', ''], ['[', ''], ['[a', 'u'], ['\\', ''], ['[\\', ''],
  ['*', ''], ['a**', ''], ['+a', ''], ['?', ''], ['a|*', ''], ['{1}', 'u'], ['x{2,1}', ''], ['a{1', 'u'],
  ['[b-a]', ''], ['[z-a]', 'u'], ['(?x)', ''], ['(?<a>x)(?<a>y)', ''], ['(?<1a>x)', ''], ['\\k<b>(?<a>x)', ''],
  ['\\p{Nope}', 'u'], ['\\q', 'u'], [']', 'u'], ['}', 'u'], ['\\u{110000}', 'u'], ['(?=a)*', 'u'], ['^*', ''],
  ['[\\d-z]', 'u'], ['\\2(a)', 'u'],
];
for (const [p, f] of patterns) {
  try {
    const r = new RegExp(p, f);
    console.log('ok', r);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
for (const f of ['gg', 'x', 'uv', 'G', ' ']) {
  try {
    new RegExp('a', f);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
// These are fine without u (Annex B).
for (const p of [']', '}', '{', 'a{', '\\q', '\\1', '(?:)', 'x{2}?', '\\k<a>', '[\\c]', '\\8']) {
  console.log(String(new RegExp(p)));
}

function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}
attempt('exec', () => RegExp.prototype.exec.call({}, 'a'));
attempt('exec', () => RegExp.prototype.exec.call('a', 'a'));
attempt('test', () => RegExp.prototype.test.call({}, 'a'));
attempt('test', () => RegExp.prototype.test.call(1, 'a'));
attempt('test', () => RegExp.prototype.test.call({ exec: () => ({}) }, 'a'));
attempt('test', () => RegExp.prototype.test.call({ exec: () => 5 }, 'a'));
attempt('toString', () => RegExp.prototype.toString.call(1));
attempt('source', () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call({}));
attempt('global', () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}));
attempt('proto', () => [RegExp.prototype.global, RegExp.prototype.source, RegExp.prototype.flags, String(RegExp.prototype)]);
attempt('flags', () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(1));
attempt('flags', () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call({ global: 1, sticky: 0, unicode: 'yes' }));
attempt('match', () => RegExp.prototype[Symbol.match].call(1, 'a'));
attempt('split', () => RegExp.prototype[Symbol.split].call(1, 'a'));
attempt('replaceAll', () => 'a'.replaceAll(/a/, 'b'));
attempt('matchAll', () => 'a'.matchAll(/a/i));
attempt('compile', () => /a/.compile(/b/, 'g'));
attempt('compile', () => {
  const r = /a/g;
  r.lastIndex = 3;
  const same = r.compile('b+', 'i') === r;
  return [same, r, r.lastIndex, r.test('BB')];
});
attempt('literal', () => new Function('return /(/')());
attempt('readonly', () => {
  const r = /a/;
  Object.defineProperty(r, 'lastIndex', { writable: false });
  return r.exec('a').index;
});
attempt('call', () => 'abc'.match(null));
attempt('null', () => String.prototype.match.call(null, /a/));
attempt('null', () => String.prototype.replace.call(undefined, /a/, ''));
