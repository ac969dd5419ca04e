// Classic scripts' let/const/class names live in one declarative record
// shared by all scripts (not on the global object), in their TDZ until
// their declaration runs, and shadow a global object property of the
// same name from then on.
const vm = require('vm');
vm.runInThisContext(`
  let counter = 1;
  const limit = 10;
  class Shape {}
  function bump() { return ++counter; }
`);
console.log(typeof globalThis.counter, typeof globalThis.limit, typeof globalThis.Shape);
console.log(vm.runInThisContext('bump(), bump(), counter'), vm.runInThisContext('typeof Shape'));
for (const code of [
  'limit = 11',
  'var counter;',
  'let Shape;',
  'function limit() {}',
  'early; let early = 1;',
  'typeof notYet; let notYet = 1;',
  'delete counter',
  'this.counter',
]) {
  try {
    console.log(code, '->', vm.runInThisContext(code));
  } catch (e) {
    console.log(code, '->', e.name + ': ' + e.message);
  }
}

// A global object property, read by a warmed-up function, then shadowed.
vm.runInThisContext(`
  globalThis.shadowMe = 'property';
  function readShadowMe() { return shadowMe; }
  function writeShadowMe(v) { shadowMe = v; }
`);
for (let i = 0; i < 3000; i++) readShadowMe();
console.log(readShadowMe());
vm.runInThisContext("let shadowMe = 'lexical';");
console.log(readShadowMe(), globalThis.shadowMe);
writeShadowMe('written');
console.log(readShadowMe(), globalThis.shadowMe);
