class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class NotFoundError extends Error {
  constructor(what) {
    super(`${what} not found`);
    this.name = this.constructor.name;
    this.code = 404;
  }
}
class DbError extends NotFoundError {}
function validate(user) {
  if (!user.name) throw new ValidationError('name', 'Name is required');
  if (user.age < 0) throw new ValidationError('age', 'Age must be positive');
  return 'valid';
}
for (const u of [{ name: 'a', age: 1 }, { age: 5 }, { name: 'b', age: -1 }]) {
  try {
    console.log(validate(u));
  } catch (e) {
    console.log(e instanceof ValidationError, e instanceof Error, e.name, e.field, e.message);
    console.log(String(e));
  }
}
try {
  throw new DbError('record');
} catch (e) {
  console.log(e.name, e.message, e.code, e instanceof NotFoundError, e instanceof DbError);
  console.log(Object.prototype.toString.call(e));
}
const plain = new Error('plain message');
console.log(plain.name, plain.message, String(plain), typeof plain.stack);
const noMsg = new Error();
console.log(JSON.stringify(noMsg.message), String(noMsg));
const types = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const T of types) {
  const e = new T('msg');
  console.log(e.name, e instanceof Error, e instanceof T, String(e));
}
const e2 = new Error('with cause', { cause: 'root cause' });
console.log(e2.cause);
console.log(Error('called without new') instanceof Error);
const custom = new Error('x');
custom.name = 'Custom';
console.log(String(custom));
console.log(Object.keys(new ValidationError('f', 'm')));
console.log(JSON.stringify(new ValidationError('f', 'm')));
function OldStyleError(msg) { this.message = msg; }
OldStyleError.prototype = Object.create(Error.prototype);
OldStyleError.prototype.name = 'OldStyleError';
try { throw new OldStyleError('legacy'); } catch (e) { console.log(e instanceof Error, e.name, String(e)); }
