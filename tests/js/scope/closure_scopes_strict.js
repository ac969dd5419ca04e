'use strict';
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('assign undeclared', () => { undeclaredStrict = 1; return 'no error'; });
attempt('this in function', function () { return typeof this; });
attempt('this in plain call', () => (function () { return this; })());
const makeStack = () => {
  const data = [];
  return {
    push: v => data.push(v),
    pop: () => data.pop(),
    peek: () => data[data.length - 1],
    size: () => data.length,
  };
};
const s = makeStack();
s.push(1); s.push(2); s.push(3);
console.log(s.pop(), s.peek(), s.size());
function counterFactory() {
  let n = 0;
  return [() => ++n, () => --n, () => n];
}
const [up, down, get] = counterFactory();
up(); up(); up(); down();
console.log(get());
let outerVal = 'initial';
const readLater = () => outerVal;
outerVal = 'changed';
console.log(readLater());
attempt('const reassign', () => { const q = 1; q = 2; return q; });
