// DOMException as Node provides it: name, message and code live behind
// prototype getters, the legacy code constants sit on both the class and
// its prototype, and it inherits from Error.
const e = new DOMException('went wrong', 'NotFoundError');
console.log(e.name, e.message, e.code, String(e));
console.log(e instanceof DOMException, e instanceof Error, Object.prototype.toString.call(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e), e.stack.split('\n')[0]);
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException('m').code);
console.log(new DOMException(1, 2).name, new DOMException('a', 'DataCloneError').code, new DOMException('a', 'Custom').code);
console.log(DOMException.DATA_CLONE_ERR, DOMException.prototype.INDEX_SIZE_ERR, e.TIMEOUT_ERR, DOMException.length);
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').enumerable);
console.log(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR'));
try {
  DOMException('x');
} catch (err) {
  console.log(err.name, err.message);
}
try {
  DOMException.prototype.name;
} catch (err) {
  console.log(err.name, err.message);
}
class Sub extends DOMException {}
const sub = new Sub('q', 'AbortError');
console.log(sub.name, sub.code, sub instanceof DOMException, sub.constructor.name);
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
try {
  throw new DOMException('thrown', 'InvalidStateError');
} catch (err) {
  console.log(`${err.name}: ${err.message} (${err.code})`);
}
