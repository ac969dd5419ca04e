'use strict';
const words = ['pear', 'Apple', 'banana', 'apple', 'Banana', 'cherry', '10', '9', ''];
console.log([...words].sort());
console.log([...words].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
console.log('abc' === 'abc', 'abc' == new String('abc'), 'abc' === new String('abc'));
console.log('a'.codePointAt(0), 'A'.codePointAt(0), '0'.codePointAt(0), ' '.codePointAt(0));
function isPalindrome(s) {
  const clean = [...s.toLowerCase()].filter(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')).join('');
  return clean === [...clean].reverse().join('');
}
console.log(isPalindrome('A man, a plan, a canal: Panama'), isPalindrome('hello'));
function longestCommonPrefix(arr) {
  if (!arr.length) return '';
  let p = arr[0];
  for (const s of arr) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}
console.log(JSON.stringify(longestCommonPrefix(['flower', 'flow', 'flight'])), longestCommonPrefix(['interview', 'internet', 'interval']));
function anagrams(a, b) { return [...a].sort().join('') === [...b].sort().join(''); }
console.log(anagrams('listen', 'silent'), anagrams('abc', 'abd'));
function caesar(s, k) {
  return [...s].map(c => {
    const code = c.charCodeAt(0);
    if (code >= 97 && code <= 122) return String.fromCharCode((code - 97 + k + 26) % 26 + 97);
    if (code >= 65 && code <= 90) return String.fromCharCode((code - 65 + k + 26) % 26 + 65);
    return c;
  }).join('');
}
const enc = caesar('Hello, World!', 3);
console.log(enc, caesar(enc, -3));
function vowels(s) { let n = 0; for (const c of s) if ('aeiouAEIOU'.includes(c)) n++; return n; }
console.log(vowels('Programming in JavaScript'));
