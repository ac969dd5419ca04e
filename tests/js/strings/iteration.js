const s = 'Hi😀é!';
console.log(s.length);
for (let i = 0; i < s.length; i++) console.log(i, s.charCodeAt(i), JSON.stringify(s[i]));
let idx = 0;
for (const cp of s) { console.log('cp', idx, cp, cp.codePointAt(0).toString(16)); idx += cp.length; }
console.log([...s].map(c => c.length).join(','));
console.log(Array.from(s).reverse().join(''), s.split('').reverse().join('') === [...s].reverse().join(''));
const it = s[Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
const freq = {};
for (const ch of 'hello world') if (ch !== ' ') freq[ch] = (freq[ch] || 0) + 1;
console.log(Object.entries(freq).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3));
const codes = [];
for (const ch of 'ABCabc') codes.push(ch.charCodeAt(0));
console.log(codes, String.fromCharCode(...codes.map(c => c + 1)));
let upper = '';
for (const ch of 'mIxEd CaSe') upper += ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
console.log(upper);
console.log([...'abc'].entries().next().value, [...'abc'].map((c, i) => c + i).join(''));
