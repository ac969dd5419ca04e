function work() {
  try {
    console.log('working');
    return 'result';
  } finally {
    console.log('finally runs then throws');
    throw new RangeError('thrown from finally');
  }
}
function safe() {
  try { return 'safe result'; } finally { console.log('safe finally'); }
}
console.log('start');
console.log(safe());
const r = work();
console.log('never', r);
