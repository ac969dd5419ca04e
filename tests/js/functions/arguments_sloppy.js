function mapped(a, b) {
  console.log('length', arguments.length);
  arguments[0] = 'changed-via-arguments';
  console.log('a', a);
  b = 'changed-via-param';
  console.log('arguments[1]', arguments[1]);
  return arguments;
}
const args = mapped(1, 2, 3);
console.log(args.length, args[2], typeof args, Array.isArray(args));
function notPassed(a, b) {
  b = 'assigned';
  return [arguments.length, arguments[1]];
}
console.log(notPassed(1));
function toArray() { return Array.prototype.slice.call(arguments); }
console.log(toArray(1, 'two', [3]));
function sumAll() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
console.log(sumAll(1, 2, 3, 4, 5));
function iterate() { const out = []; for (const a of arguments) out.push(a * 2); return out; }
console.log(iterate(1, 2, 3));
function lengthWrite() { arguments.length = 1; return Array.from(arguments); }
console.log(lengthWrite(1, 2, 3));
function withDefault(a = 0) { arguments[0] = 99; return a; }
console.log(withDefault(1));
function calleeCheck() { return typeof arguments.callee; }
console.log(calleeCheck());
function spreadArgs() { return [...arguments].reverse(); }
console.log(spreadArgs('x', 'y', 'z'));
console.log(Object.prototype.toString.call((function () { return arguments; })()));
