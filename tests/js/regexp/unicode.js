// The u flag: code points instead of code units.
const smile = '😀';
console.log(smile.length, /^.$/.test(smile), /^.$/u.test(smile), /^..$/.test(smile));
console.log(/\u{1F600}/u.test(smile), /\u{1F600}/.test(smile), /\ud83d\ude00/.test(smile), /\ud83d\ude00/u.test(smile));
console.log(/[😀]/u.exec('x😀')[0] === smile, /[😀]/.exec('x😀')[0].length, /[😀]/.exec('x😀').index);
console.log(/^[^x]$/u.test(smile), /^[^x]$/.test(smile));
console.log(/\ud83d/.test(smile), /\ud83d/u.test(smile));
console.log('a😀b'.match(/./gu), 'a😀b'.match(/./g).length);
console.log(/😀{2}/u.test('😀😀'), /😀{2}/.test('😀😀'), /😀{2}/.test('😀\ude00'));

// Empty global matches step over whole code points with u.
console.log('😀😀'.replace(/(?:)/gu, '-'), '😀😀'.replace(/(?:)/g, '-').length);
console.log([...'a😀'.matchAll(/(?:)/gu)].map((m) => m.index), [...'a😀'.matchAll(/(?:)/g)].map((m) => m.index));

// lastIndex counts code units either way.
const g = /./gu;
g.exec('😀a');
console.log(g.lastIndex);
const g2 = /./g;
g2.exec('😀a');
console.log(g2.lastIndex);

// Unicode property escapes need u.
console.log(/\p{Lu}+/u.exec('abcDEFghi')[0], /\p{Script=Greek}/u.test('α'), /\P{L}/u.exec('ab1')[0]);
console.log(/\p{L}/.test('p{L}'), /\p{L}/.test('a'));
console.log('Ünïcödé text'.match(/\p{L}+/gu));

// Case-insensitive matching of non-ASCII letters.
console.log(/é/i.test('É'), /σ/i.test('Σ'), /ß/i.test('SS'), /[à-ÿ]/i.test('À'));

// Escapes.
console.log(/\x41\u0042\103/.test('ABC'), /\cJ/.test('\n'), /[\b]/.test('\b'), /\0/.test('\0'));
console.log(/\//.source, /a\/b/.test('a/b'), /[\]]/.test(']'), /\d\D\w\W\s\S/.test('1a_ \t\nx'.slice(0, 0) + '1x_! a'));
console.log(/^[\w.+-]+@[\w-]+\.[\w.]+$/.test('a.b+c@d-e.fg'), /^#?([a-f\d]{2})([a-f\d]{2})([a-f\d]{2})$/i.exec('#FFa500').slice(1));

// Lone surrogates survive in strings and sources.
const lone = new RegExp('\ud800');
console.log(lone.source.length, lone.test('x\ud800y'), lone.test('\ud800\udc00'), new RegExp('\ud800', 'u').test('\ud800\udc00'));

// The v flag.
console.log(/[\p{L}--[a-z]]/v.test('a'), /[\p{L}--[a-z]]/v.test('A'), /x/v.unicodeSets, /x/u.unicodeSets);
