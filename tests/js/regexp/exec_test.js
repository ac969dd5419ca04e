// RegExp.prototype.exec and test: result arrays, captures, the constructor.
const re = /(\d+)-(\d+)?/;
console.log(re.exec('call 555-1234 now'));
console.log(re.exec('call 555- now'));
console.log(re.exec('no digits'));
console.log(re.test('1-2'), re.test('x'));

const m = /b(c)?/.exec('abd');
console.log(m.length, m[0], m[1], m.index, m.input, m.groups);
console.log(Array.isArray(m), Object.keys(m));

// Constructor forms.
const a = new RegExp('a+', 'g');
const b = RegExp('a+');
const c = new RegExp(a);
const d = new RegExp(a, 'i');
console.log(a, b, c, d, c === a, RegExp(a) === a);
console.log(a.source, a.flags, a.global, a.ignoreCase, a.multiline, a.sticky, a.unicode, a.dotAll, a.hasIndices);
console.log(d.source, d.flags, d.global, d.ignoreCase);
console.log(new RegExp().source, String(new RegExp('')), new RegExp(undefined).source);
console.log(new RegExp('/', 'g').source, String(new RegExp('a/b')), new RegExp('[/]').source);
console.log(String(new RegExp('\n')), new RegExp('\\/').source);
console.log(/x/dgimsuy.flags, /x/ysmig.flags);
console.log(RegExp.prototype.toString.call({ source: 'abc', flags: 'q' }));
console.log(RegExp.length, RegExp.name, typeof RegExp.prototype.exec);
console.log(/a/ instanceof RegExp, Object.getPrototypeOf(/a/) === RegExp.prototype, Object.prototype.toString.call(/a/));

// A literal makes a new object each time it is evaluated.
const make = () => /x/g;
console.log(make() === make(), make().lastIndex);

// exec converts its argument to a string.
console.log(/null/.test(null), /undefined/.test(), /1,2/.test([1, 2]));
console.log(/o/.exec({ toString() { return 'foo'; } }).index);

// Flags.
console.log(/A/i.test('a'), /^b/m.test('a\nb'), /^b/.test('a\nb'), /a.b/.test('a\nb'), /a.b/s.test('a\nb'));
console.log(/\bfoo\b/.test('a foo b'), /\Bfoo/.test('afoo'), /[^abc]/.exec('abcd')[0]);
console.log(/(a)|(b)/.exec('b'));
console.log(/(?:x)(y)/.exec('xy'));
console.log(/a{2,3}/.exec('aaaa')[0], /a{2,3}?/.exec('aaaa')[0], /(a+)+b/.test('aaab'));
console.log(/(?<=\$)\d+/.exec('cost: $42')[0], /(?<!\$)\b\d+/.exec('$42 17')[0], /\d+(?=%)/.exec('50% off')[0]);
console.log(/(\w)\1/.exec('abccd')[0], /[\s\S]+/.exec(' \t\n x')[0].length);
