// Loop that eventually hits an uncaught custom error (exit status 1)
class AppError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
function check(n) {
  if (n > 3) throw new AppError(n, `value ${n} too large`);
  return n * 2;
}
for (let i = 1; i < 10; i++) {
  console.log('check', i, check(i));
}
console.log('never printed');
