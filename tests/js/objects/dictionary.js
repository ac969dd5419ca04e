const text = 'the quick brown fox jumps over the lazy dog the fox';
const counts = {};
for (const word of text.split(' ')) counts[word] = (counts[word] || 0) + 1;
console.log(counts);
const sorted = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : 1));
console.log(sorted);
const dict = Object.create(null);
const words = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
for (const w of words) dict[w] = w.length;
console.log(Object.keys(dict));
console.log(dict.constructor, dict.toString, dict['__proto__']);
const plain = {};
console.log(typeof plain.constructor, 'toString' in plain);
const cache = {};
function lookup(k) {
  if (Object.prototype.hasOwnProperty.call(cache, k)) return 'hit:' + cache[k];
  cache[k] = k.length;
  return 'miss:' + cache[k];
}
console.log(lookup('abc'), lookup('abc'), lookup('toString'), lookup('toString'));
const byLetter = {};
for (const w of text.split(' ')) {
  const first = w[0];
  if (!byLetter[first]) byLetter[first] = [];
  if (!byLetter[first].includes(w)) byLetter[first].push(w);
}
console.log(byLetter);
const inverted = {};
for (const [k, v] of Object.entries({ a: 1, b: 2, c: 1 })) (inverted[v] ||= []).push(k);
console.log(inverted);
const numeric = {};
numeric[1] = 'a'; numeric['1'] = 'b'; numeric[1.0] = 'c';
console.log(numeric);
