// An error's stack trace is captured when it is made, but its first line
// (`Name: message`) is written when `stack` is first read, as in V8; a
// subclass's constructor frames are left out of the trace.
function frames(stack) {
  return stack
    .split('\n')
    .filter((l) => !l.includes('node:'))
    .map((l) => l.replace(/\(.*[\/\\]/, '('))
    .join('\n');
}
class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
  }
}
class FieldError extends ValidationError {}
function validate() {
  return new FieldError('field missing');
}
const e = validate();
console.log(frames(e.stack));
console.log(Object.getOwnPropertyDescriptor(e, 'stack').writable);

const late = new Error('original');
late.name = 'Renamed';
late.message = 'rewritten';
console.log(frames(late.stack));
late.name = 'Again';
console.log(late.stack.split('\n')[0]);

const assigned = new TypeError('t');
assigned.stack = 'custom stack';
console.log(assigned.stack, Object.keys(assigned));

class Plain extends RangeError {}
console.log(frames(new Plain('plain').stack));
console.log(frames(Reflect.construct(Error, ['no frames'], Plain).stack));

try {
  null.x;
} catch (err) {
  err.message = 'prefixed: ' + err.message;
  console.log(err.stack.split('\n')[0]);
}
const logged = new ValidationError('shown by console.log');
console.log(String(logged), logged instanceof ValidationError);

const unnamed = new Error('only the message');
unnamed.name = '';
console.log(unnamed.stack.split('\n')[0]);
const base = new Error('inherited');
console.log(Object.create(base).stack.split('\n')[0]);
const deleted = new Error('deleted');
delete deleted.stack;
console.log(Object.getOwnPropertyDescriptor(deleted, 'stack'), 'stack' in deleted);
const frozen = Object.freeze(new Error('frozen'));
console.log(frozen.stack.split('\n')[0], Object.isFrozen(frozen));
const captured = new Error('captured');
(function capturer() {
  Error.captureStackTrace(captured);
})();
console.log(captured.stack.split('\n')[1].trim().split(' ')[1]);
