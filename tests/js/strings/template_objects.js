// A tagged template's strings array is frozen, has a frozen `raw`, and is
// the same object every time its site is evaluated (in any closure of the
// same code), but differs between sites.
function tag(strings) { return strings; }
const site = () => tag`a${1}b`;
const first = site();
console.log(first, first.raw, Object.isFrozen(first), Object.isFrozen(first.raw));
console.log(first === site(), first === tag`a${1}b`);
const makers = [0, 1].map(() => () => tag`x`);
console.log(makers[0]() === makers[1]());
console.log(Object.getOwnPropertyDescriptor(first, 'raw'), Object.getOwnPropertyDescriptor(first, 0));
try {
  'use strict';
  (function () { 'use strict'; first[0] = 'changed'; })();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(tag`\unicode and \u{55}`, tag`\unicode and \u{55}`.raw);
console.log(String.raw`a\n${2}b`);
const seen = new Set();
for (let i = 0; i < 3; i++) seen.add(tag`loop ${i}`);
console.log(seen.size);
console.log(eval('tag`e`') === eval('tag`e`'));
