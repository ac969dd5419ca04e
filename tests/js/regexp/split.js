// String.prototype.split with regular expressions.
console.log('a, b,c ,  d'.split(/\s*,\s*/));
console.log('a1b2c3'.split(/\d/), 'a1b2c3'.split(/(\d)/));
console.log('a1b2c3'.split(/\d/, 2), 'a1b2c3'.split(/(\d)/, 2), 'a1b2c3'.split(/\d/, 0));
console.log('abc'.split(/(?:)/), ''.split(/x/), ''.split(/(?:)/));
console.log('test'.split(/(?=s)/), 'oneTwoThree'.split(/(?=[A-Z])/));
console.log('a,b,'.split(/,/), ',a,,b'.split(/,/));
console.log('x--y'.split(/(-)(-)?/), 'x-y'.split(/(-)|(\+)/));
console.log('line1\nline2\r\nline3'.split(/\r?\n/));
console.log('A b C d'.split(/[a-z]/i), 'AbCd'.split(/(?<=[a-z])/));
console.log('no match here'.split(/,/), 'abc'.split(/$/), 'abc'.split(/^/));
console.log('aXbxc'.split(/x/i, -1), 'a b c'.split(/ /, 2.7), 'a b c'.split(/ /, '1'));

// A sticky or global separator behaves the same.
console.log('a-b-c'.split(/-/y), 'a-b-c'.split(/-/g));

// Surrogate pairs: without u an empty pattern splits between code units.
console.log('😀x'.split(/(?:)/u).length, '😀x'.split(/(?:)/).length, '😀x'.split('').length);

// split uses a copy of the regexp: the original lastIndex is untouched.
const sep = /,/g;
sep.lastIndex = 3;
console.log('1,2,3'.split(sep), sep.lastIndex);

// Long inputs split quickly.
const big = Array.from({ length: 20000 }, (_, i) => 'w' + i).join(' ');
const words = big.split(/\s+/);
console.log(words.length, words[0], words[19999]);
