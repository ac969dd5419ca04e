// String.prototype.replace / replaceAll with regular expressions.
const s = 'John Smith';
console.log(s.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log(s.replace(/o/, '[$&]'), s.replace(/o/g, '[$&]'));
console.log('abc'.replace(/b/, "[$`|$']"), 'abc'.replace(/b/, '$$'), 'abc'.replace(/b/, '$'));
console.log('abc'.replace(/(b)/, '$0|$1|$2|$01|$001|$10'));
// Two digits name a group only when it exists.
const many = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/;
console.log('abcdefghijk'.replace(many, '$11-$10-$1-$12-$011'));
console.log('abc'.replace(/(x)?b/, '[$1]'));

// Function replacers get the match, captures, offset and the string.
console.log('a1b22c333'.replace(/\d+/g, (m) => `<${m.length}>`));
console.log('x-y'.replace(/(\w)-(\w)/, (...args) => JSON.stringify(args)));
console.log('aXbX'.replace(/x/gi, (m, offset, str) => `${offset}/${str.length}`));
console.log('abc'.replace(/(z)?b/, (m, p1) => String(p1)));
console.log('abc'.replace(/b/, () => 42), 'abc'.replace(/b/, () => ({ toString: () => 'T' })));

// Global replacement with empty matches.
console.log('abc'.replace(/x*/g, '-'), 'abc'.replace(/(?:)/g, '.'), ''.replace(/^/g, 'start'));
console.log('aaa'.replace(/a*?/g, '<$&>'), 'hello world'.replace(/\b/g, '|'));

// replaceAll needs the g flag; with it, it works as replace.
console.log('a.b.c'.replaceAll(/\./g, '/'), 'aaa'.replaceAll(/a/g, (m, i) => i));
try {
  'abc'.replaceAll(/b/, 'x');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Case conversions and common idioms.
const camel = 'background-color-red'.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
console.log(camel, camel.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()));
console.log('  trim me  '.replace(/^\s+|\s+$/g, ''), 'a  b   c'.replace(/\s+/g, ' '));
console.log('1234567.891'.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
console.log('<a href="x">'.replace(/[<>"&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;', '&': '&amp;' })[c]));

// lastIndex after a global replace is 0; a non-global replace leaves it.
const g = /a/g;
g.lastIndex = 2;
'banana'.replace(g, 'o');
console.log(g.lastIndex);
const ng = /a/;
ng.lastIndex = 2;
console.log('banana'.replace(ng, 'o'), ng.lastIndex);

// A replacer that throws stops the replacement.
try {
  'abc'.replace(/b/, () => {
    throw new Error('boom');
  });
} catch (e) {
  console.log(e.message);
}

// A replacement that is not a function becomes a string once.
let calls = 0;
console.log('aaa'.replace(/a/g, { toString() { calls++; return 'b'; } }), calls);
