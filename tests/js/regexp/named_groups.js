// Named capture groups: `groups`, `$<name>`, replacer arguments, indices.
const date = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const m = date.exec('Due 2024-03-15.');
console.log(m);
console.log(m.groups.year, m.groups.month, m.groups.day, Object.getPrototypeOf(m.groups));
const { groups: { year, day } } = m;
console.log(year, day);

console.log('2024-03-15'.replace(date, '$<day>/$<month>/$<year>'));
console.log('2024-03-15'.replace(date, '[$<nope>]'), '2024-03-15'.replace(date, '$<day'));
console.log('x'.replace(/x/, '$<a>'), 'x'.replace(/(?<a>x)/, '$<a>$<a>'));

console.log('2024-03-15 and 1999-12-31'.replace(new RegExp(date.source, 'g'), (...args) => {
  const groups = args[args.length - 1];
  const offset = args[args.length - 3];
  return `${groups.month}/${groups.day} @${offset}`;
}));

// A group that does not participate is undefined.
const opt = /(?<a>a)?(?<b>b)/.exec('b');
console.log(opt.groups, 'a' in opt.groups, opt.groups.a);
console.log('b'.replace(/(?<a>a)?(?<b>b)/, '[$<a>|$<b>]'));

// Backreferences by name.
const dup = /(?<ch>\w)\k<ch>/;
console.log(dup.exec('abccde')[0], dup.test('abcde'));

// hasIndices (the d flag): start and end of every group.
const di = /(?<word>[a-z]+)(\d)?/d.exec('  abc!');
console.log(di.indices);
console.log(di.indices.groups.word, di.indices[0], di.indices[2]);
console.log(/x/d.exec('yx').indices, /x/d.hasIndices);

// matchAll with named groups.
const pairs = [...'a=1, b=2, c=3'.matchAll(/(?<key>\w)=(?<value>\d)/g)].map(
  (r) => `${r.groups.key}->${r.groups.value}@${r.index}`,
);
console.log(pairs);

// Unicode group names.
console.log(/(?<ñ>x)/.exec('x').groups.ñ, /(?<$dollar>y)/.exec('y').groups.$dollar);
