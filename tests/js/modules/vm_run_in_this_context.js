// require('vm').runInThisContext runs a classic script against the global
// object: its var and function declarations become globals, its let and
// const are visible to later scripts, redeclarations are SyntaxErrors.
const vm = require('vm');
console.log(vm === require('node:vm'), typeof vm.runInThisContext);
console.log(vm.runInThisContext('1 + 2'));
vm.runInThisContext('var fromScript = 42; function declared() { return "d"; } let lexical = "L";');
console.log(globalThis.fromScript, typeof declared, declared());
console.log(vm.runInThisContext('lexical + fromScript'));
for (const source of ['let lexical = 1;', 'var lexical;', 'let fromScript;', '(']) {
  try {
    vm.runInThisContext(source, 'broken.js');
    console.log('no error for', source);
  } catch (e) {
    // (The parser's own messages differ from V8's.)
    console.log(e.name, source === '(' ? '' : e.message);
  }
}
try {
  vm.runInThisContext('throw new TypeError("inside")');
} catch (e) {
  console.log(e.name, e.message);
}
console.log(vm.runInThisContext('this === globalThis'), vm.runInThisContext('typeof module'));
