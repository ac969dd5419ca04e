'use strict';
function unmapped(a, b) {
  arguments[0] = 'changed-via-arguments';
  console.log('a', a);
  b = 'changed-via-param';
  console.log('arguments[1]', arguments[1]);
  return arguments.length;
}
console.log(unmapped(1, 2));
function calleeAccess() {
  try {
    return arguments.callee;
  } catch (e) {
    return e instanceof TypeError;
  }
}
console.log(calleeAccess());
function thisCheck() { return this; }
console.log(thisCheck(), thisCheck.call(5), typeof thisCheck.call('s'));
function countArgs() { return arguments.length; }
console.log(countArgs(), countArgs(undefined), countArgs(1, 2, 3));
function manipulate() {
  const a = Array.from(arguments);
  a.sort((x, y) => y - x);
  return a;
}
console.log(manipulate(3, 1, 2));
