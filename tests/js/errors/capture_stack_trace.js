// Error.captureStackTrace and Error.stackTraceLimit, as libraries use them
// for custom errors; Annex B String HTML methods and Date getYear/setYear.
function frames(stack, n) {
  return stack.split('\n').slice(1, 1 + n).map((line) => line.trim().split(' ')[1]);
}
function MyError(message) {
  this.message = message;
  Error.captureStackTrace(this, MyError);
}
MyError.prototype.name = 'MyError';
function make() {
  return new MyError('boom');
}
const e = make();
console.log(e.stack.split('\n')[0], frames(e.stack, 2));
console.log(Object.getOwnPropertyDescriptor(e, 'stack').enumerable, typeof Error.captureStackTrace, Error.captureStackTrace.length);
const plain = {};
(function outer() { (function inner() { Error.captureStackTrace(plain); })(); })();
console.log(plain.stack.split('\n')[0], frames(plain.stack, 3));
const below = {};
(function outer() { (function inner() { Error.captureStackTrace(below, inner); })(); })();
console.log(frames(below.stack, 2));
const missing = { name: 'Named', message: 'not on the stack' };
Error.captureStackTrace(missing, function notCalled() {});
console.log(JSON.stringify(missing.stack));
try { Error.captureStackTrace(1); } catch (err) { console.log(err.constructor.name, err.message); }
class HttpError extends Error {
  constructor(status) {
    super(`status ${status}`);
    this.name = 'HttpError';
    Error.captureStackTrace(this, HttpError);
  }
}
function request() { throw new HttpError(404); }
try { request(); } catch (err) { console.log(err.stack.split('\n')[0], frames(err.stack, 1), err instanceof HttpError); }
console.log(Error.stackTraceLimit);
Error.stackTraceLimit = 1;
(function deep() { console.log(new Error('one').stack.split('\n').length); })();
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
Error.stackTraceLimit = 'x';
console.log(JSON.stringify(new Error('not a number').stack));
Error.stackTraceLimit = 10;

console.log('x'.anchor('a"b'), 'x'.big(), 'x'.blink(), 'x'.bold(), 'x'.fixed(), 'x'.fontcolor('red'), 'x'.fontsize(7));
console.log('x'.italics(), 'x'.link('https://e.org/?a="1"'), 'x'.small(), 'x'.strike(), 'x'.sub(), 'x'.sup(), String.prototype.link.length);
try { String.prototype.bold.call(undefined); } catch (err) { console.log(err.message); }
const d = new Date(2026, 10, 26, 12);
console.log(d.getYear(), d.setYear(99), d.getFullYear(), d.setYear(2030), d.getFullYear(), new Date(NaN).getYear());
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, new Date(0).toGMTString());
