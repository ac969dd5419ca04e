'use strict';
const e = new TypeError('bad type');
console.log(e.name, e.message);
console.log(Object.getOwnPropertyNames(e).includes('message'));
console.log(Object.prototype.hasOwnProperty.call(e, 'name'));
console.log(TypeError.prototype.name, Error.prototype.message === '');
console.log(Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Object.getPrototypeOf(TypeError) === Error);
console.log(e.toString());
console.log(Error.prototype.toString.call({ name: 'N', message: 'M' }));
console.log(Error.prototype.toString.call({ message: 'only message' }));
console.log(Error.prototype.toString.call({ name: 'OnlyName' }));
console.log(Error.prototype.toString.call({ name: '', message: 'empty name' }));
const withNum = new Error(42);
console.log(typeof withNum.message, withNum.message);
const withUndef = new Error(undefined);
console.log(Object.prototype.hasOwnProperty.call(withUndef, 'message'));
e.message = 'changed';
console.log(String(e));
try {
  undefined.foo;
} catch (err) {
  console.log(err.constructor === TypeError, err.constructor.name);
}
try {
  null.foo = 1;
} catch (err) {
  console.log(err.message);
}
try {
  (void 0).bar();
} catch (err) {
  console.log(err.message);
}
