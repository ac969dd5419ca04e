// String.prototype.match, matchAll and search.
const text = 'The rain in Spain stays mainly in the plain';
console.log(text.match(/ain/g), text.match(/ain/), text.match(/xyz/g), text.match(/xyz/));
console.log(text.match(/(\w)ain/g), text.match(/(?<first>\w)ain/).groups);
console.log('a.b'.match('.'), 'a+b'.match('a+'), 'abc'.match(), 'x'.match(null), 'null'.match(null));
console.log('aaa'.match(/a*?/g), 'abc'.match(/(?:)/g), ''.match(/x*/g));

console.log(text.search(/Spain/), text.search(/spain/i), text.search(/nope/), text.search('a.n'));
const re = /in/g;
re.lastIndex = 7;
console.log(text.search(re), re.lastIndex);

// matchAll returns an iterator of exec results.
const it = 'test1test2'.matchAll(/t(e)(st(\d?))/g);
console.log(typeof it.next, it[Symbol.iterator]() === it);
for (const m of it) console.log(m[0], m[1], m[2], m[3], m.index);
console.log(it.next());
console.log([...'a1b2'.matchAll(/\d/g)].map((m) => m[0] + '@' + m.index));
console.log(Array.from('xXx'.matchAll(/x/gi), (m) => m.index));
console.log([...'abc'.matchAll(/(?:)/g)].map((m) => m.index));
console.log([...'a.b'.matchAll('.')].length, [...'aXa'.matchAll('a')].length);

// matchAll leaves the original regexp's lastIndex alone.
const g = /o/g;
g.lastIndex = 1;
const all = [...'foo boo'.matchAll(g)].map((m) => m.index);
console.log(all, g.lastIndex);

try {
  'abc'.matchAll(/b/);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// The RegExp String Iterator.
const rsi = 'ab'.matchAll(/./g);
const proto = Object.getPrototypeOf(rsi);
console.log(Object.prototype.toString.call(rsi), proto[Symbol.toStringTag], Object.getOwnPropertyNames(proto));
console.log(Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(rsi);
try {
  proto.next.call({});
} catch (e) {
  console.log(e.message);
}
