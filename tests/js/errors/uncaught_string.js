try {
  throw 'caught string';
} catch (e) {
  console.log('caught:', e, typeof e);
}
try {
  console.log('in try');
} finally {
  console.log('in finally');
}
function thrower(v) {
  console.log('throwing', typeof v);
  throw v;
}
try { thrower(42); } catch (n) { console.log('caught number', n); }
console.log('about to throw a string without catching it');
thrower('uncaught string value');
console.log('never printed');
