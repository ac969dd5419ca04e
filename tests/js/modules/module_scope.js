'use strict';
var moduleVar = 'module scoped';
console.log(typeof globalThis.moduleVar);
console.log(this === module.exports, this === exports);
const m = require('./_modules/math.js');
console.log(typeof m.add);
(function () {
  console.log(typeof this);
})();
function wrapperArgs() {
  return typeof arguments;
}
console.log(wrapperArgs());
console.log(typeof module.id, typeof module.loaded, module.loaded);
console.log(moduleVar);
