try {
  require('./_modules/does_not_exist.js');
} catch (e) {
  console.log('missing module error:', e instanceof Error, typeof e.message);
}
const a = require('./_modules/math.js');
console.log(typeof a.add);
try {
  require('./_modules/throws.js');
} catch (e) {
  console.log('module threw:', e.message);
}
try {
  require('./_modules/throws.js');
} catch (e) {
  console.log('module threw again (not cached):', e.message);
}
