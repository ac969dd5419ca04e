// == vs ===
const pairs = [
  [1, '1'], [0, ''], [0, '0'], ['', '0'], [null, undefined], [null, 0],
  [undefined, 0], [false, 'false'], [false, '0'], [true, 1], [true, '1'],
  [true, 2], [NaN, NaN], [[], ''], [[1], 1], [[1, 2], '1,2'], ['a', 'a'],
  [{}, '[object Object]'], [null, false], [' \t\n', 0], ['1e3', 1000],
  ['0x10', 16], [Infinity, 'Infinity'], [-0, 0],
];
for (const [a, b] of pairs) {
  console.log(JSON.stringify(String(a)), JSON.stringify(String(b)), a == b, a === b, a != b, a !== b);
}
const o = {};
const p = o;
console.log(o == p, o === p, o == {}, {} === {});
console.log('abc' < 'abd', 'B' < 'a', '10' < '9', 10 < 9, '10' < 9);
console.log(null >= 0, null > 0, null == 0);
console.log(undefined >= 0, undefined == null);
console.log(NaN < 1, NaN > 1, NaN <= NaN);
const v = { valueOf() { return 42; } };
console.log(v == 42, v === 42, v > 41, v + 1);
const t = { toString() { return 'hi'; } };
console.log(t == 'hi', t + '!', `${t}`);
