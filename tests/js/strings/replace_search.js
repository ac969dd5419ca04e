const s = 'the cat sat on the mat';
console.log(s.replace('the', 'a'));
console.log(s.replaceAll('the', 'a'));
console.log(s.replace('at', 'og'));
console.log(s.replaceAll('at', 'og'));
console.log(s.replace('missing', 'x'));
console.log(s.replace('cat', (m, off, str) => `${m.toUpperCase()}@${off}/${str.length}`));
console.log(s.replaceAll('a', (m, off) => off));
console.log('aaa'.replace('', '-'), 'abc'.replaceAll('', '.'));
console.log('$ price'.replace('$', '$$'), 'x'.replace('x', '[$&]'), 'abc'.replace('b', "$'|$`"));
function countOccurrences(hay, needle) {
  let count = 0, pos = 0;
  while ((pos = hay.indexOf(needle, pos)) !== -1) { count++; pos += needle.length; }
  return count;
}
console.log(countOccurrences(s, 'at'), countOccurrences('aaaa', 'aa'));
console.log(s.split(' ').map(w => w[0].toUpperCase() + w.slice(1)).join(' '));
console.log(s.split(' ').reverse().join(' '));
console.log([...'racecar'].reverse().join('') === 'racecar');
const csv = 'name,age\nann,30\nbob,25';
const rows = csv.split('\n').map(line => line.split(','));
console.log(rows);
const [header, ...data] = rows;
console.log(data.map(r => Object.fromEntries(r.map((v, i) => [header[i], v]))));
console.log('a-b_c d'.split('-').join('+'));
