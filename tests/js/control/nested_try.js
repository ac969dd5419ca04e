const log = [];
function step(name) { log.push(name); }
function level3() {
  try { step('l3 try'); throw new TypeError('t3'); }
  finally { step('l3 finally'); }
}
function level2() {
  try { level3(); }
  catch (e) { step('l2 catch ' + e.message); throw new RangeError('r2'); }
  finally { step('l2 finally'); }
}
function level1() {
  try { level2(); }
  catch (e) { step('l1 catch ' + e.name); return 'l1 result'; }
  finally { step('l1 finally'); }
}
console.log(level1());
console.log(log);
function gen() {
  const out = [];
  for (let i = 0; i < 4; i++) {
    try {
      try {
        if (i % 2) throw i;
        out.push('ok' + i);
      } finally {
        out.push('f' + i);
      }
    } catch (e) {
      out.push('c' + e);
      if (e === 3) break;
    }
  }
  return out.join(',');
}
console.log(gen());
function finallyThrows() {
  try { throw new Error('original'); }
  finally { throw new Error('from finally'); }
}
try { finallyThrows(); } catch (e) { console.log(e.message); }
function catchScope() {
  let e = 'outer e';
  try { throw 'thrown e'; } catch (e) { e = 'modified'; }
  return e;
}
console.log(catchScope());
try {
  try { throw { a: 1, b: 2 }; } catch ({ a, b }) { console.log('destructured catch', a, b); throw a + b; }
} catch (sum) {
  console.log('sum', sum);
}
