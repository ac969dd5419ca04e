var e = 'outer var e';
try {
  throw 'thrown';
} catch (e) {
  var e = 'assigned in catch';
  console.log('inside catch', e);
}
console.log('after catch', e);
let count = 0;
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) throw new Error('at ' + i);
    count++;
  } catch (err) {
    const msg = err.message;
    console.log('caught', msg);
  }
}
console.log('count', count, typeof err, typeof msg);
function f() {
  try {
    throw 1;
  } catch ({ message = 'no message' }) {
    return message;
  }
}
console.log(f());
const fns = [];
for (const v of ['x', 'y']) {
  try { throw v; } catch (c) { fns.push(() => c); }
}
console.log(fns.map(fn => fn()));
try {
  try { throw 'inner'; } finally { console.log('finally has no binding'); }
} catch (outerCatch) {
  console.log('outer got', outerCatch);
}
{
  function blockFn() { return 'block function'; }
  let blockLet = 'let';
}
console.log(typeof blockFn, typeof blockLet);
switch (1) {
  case 1: {
    let caseScoped = 'case block';
    console.log(caseScoped);
  }
}
console.log(typeof caseScoped);
