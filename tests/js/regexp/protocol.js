// The Symbol methods are generic: String.prototype methods hand objects
// with Symbol.match & co. the work, and RegExp.prototype methods run any
// object's `exec`.
const matcher = {
  [Symbol.matchAll](s) { return 'matchAll:' + s; },
  [Symbol.replace](s, r) { return `replace:${s}:${r}`; },
  [Symbol.search](s) { return 'search:' + s; },
  [Symbol.split](s, limit) { return `split:${s}:${limit}`; },
};
const withMatch = { [Symbol.match](s) { return 'match:' + s; }, flags: 'g' };
console.log('abc'.match(withMatch), 'abc'.matchAll(matcher), 'abc'.replace(matcher, 'R'));
console.log('abc'.replaceAll(matcher, 'R'), 'abc'.search(matcher), 'abc'.split(matcher, 3));
try {
  'abc'.matchAll({ [Symbol.match]: true, flags: undefined });
} catch (e) {
  console.log(e.message);
}
try {
  'abc'.replaceAll({ [Symbol.match]: true, flags: null });
} catch (e) {
  console.log(e.message);
}
try {
  'abc'.replaceAll({ [Symbol.match]: true, flags: 'i' });
} catch (e) {
  console.log(e.message);
}
console.log(String.prototype.match.call(12345, /3(4)/)[1], String.prototype.split.call(true, /u/));

// A RegExp whose exec is replaced.
const re = /./g;
const log = [];
re.exec = function (s) {
  log.push(this.lastIndex);
  const r = RegExp.prototype.exec.call(this, s);
  return r;
};
console.log('abc'.replace(re, (m) => m.toUpperCase()), log);
console.log(re.test('x'), 'xyz'.match(re), 'xyz'.search(re));

// An object that is not a RegExp, used through RegExp.prototype methods.
let n = 0;
const fake = {
  lastIndex: 0,
  flags: 'g',
  exec(s) {
    if (n >= 3) return null;
    n++;
    const r = [String(n)];
    r.index = n;
    return r;
  },
};
console.log(RegExp.prototype[Symbol.replace].call(fake, '0123456', '<$&>'));
n = 0;
console.log(RegExp.prototype[Symbol.match].call(fake, 'whatever'));
console.log(RegExp.prototype.test.call({ exec: () => null }, 'x'));
console.log(RegExp.prototype.toString.call({ source: 'src', flags: 'fl' }));

// IsRegExp consults Symbol.match.
const notRegExp = /a/;
notRegExp[Symbol.match] = false;
console.log('/a/'.startsWith(notRegExp), '/a/'.includes(notRegExp));
try {
  'a'.startsWith(/a/);
} catch (e) {
  console.log(e.constructor.name);
}
const likeRegExp = { [Symbol.match]: true, source: 'b+', flags: 'i' };
console.log(new RegExp(likeRegExp), RegExp(likeRegExp) === likeRegExp);

// Subclasses: split and matchAll construct through Symbol.species.
class Counting extends RegExp {
  static count = 0;
  constructor(...args) {
    super(...args);
    Counting.count++;
  }
}
const c = new Counting('-', 'g');
console.log('a-b-c'.split(c), [...'a-b'.matchAll(c)].length, Counting.count);
console.log(RegExp[Symbol.species] === RegExp, Counting[Symbol.species] === Counting);

// A user exec that returns something that is not an object fails.
const bad = /x/;
bad.exec = () => 'nope';
try {
  bad.test('x');
} catch (e) {
  console.log(e.message);
}
