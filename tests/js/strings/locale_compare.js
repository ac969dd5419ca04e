// localeCompare orders as the root collation does: case (lowercase first)
// and accents only break ties between equal letters, punctuation before
// digits before letters, canonically equivalent strings are equal, and
// expansions such as ß sort with ss. normalize() uses the Unicode tables.
const words = ['b', 'A', 'a', 'B', 'é', 'e', 'z', 'Z', 'résumé', 'Resume', 'resume', 'résume', 'ß', 'ss', 'st', 'æ', 'ae', 'af', 'ø', 'o', 'p', 'đ', 'd', 'ł', 'l', 'm',
  'a b', 'ab', 'a-b', 'a_b', 'a.b', 'aB', 'Ab', 'AB', '10', '9', '1', 'a1', 'a10', 'a2', '', ' ', '€5', '$5', '#1', '@x', 'côte', 'coté', 'cote', 'côté',
  'Émile', 'emile', 'Zoë', 'zoe', 'ça', 'ca', 'cz', 'ñ', 'n', 'o', 'Ω', 'ω', 'α', 'я', 'Я', 'а', 'ö', 'o\u0308', 'x\u0000', 'x', 'naïve', 'naive', 'Ångström', 'angstrom'];
const sorted = [...words].sort((x, y) => x.localeCompare(y));
console.log(JSON.stringify(sorted));
const pairs = [];
for (let i = 0; i < words.length; i += 3) for (let j = 0; j < words.length; j += 5) pairs.push(Math.sign(words[i].localeCompare(words[j])));
console.log(pairs.join(''));
const samples = ['\u1E9B\u0323', 'Å', 'A\u030A', '\u212B', 'ﬁ', '①', 'Ω', 'ö', 'o\u0308', 'e\u0301\u0327', '\uD800x', 'abc', 'ｶﾞ', 'ḱṷṓn', '\u00A0', '한글', '\u1100\u1161\u11A8'];
for (const s of samples) {
  console.log(JSON.stringify(s), ['NFC', 'NFD', 'NFKC', 'NFKD'].map(f => JSON.stringify(s.normalize(f))).join(' '), s.normalize() === s.normalize('NFC'));
}
try { 'a'.normalize('nfc'); } catch (e) { console.log(e.constructor.name, e.message); }
