function f1() {
  try { return 'try'; } finally { console.log('f1 finally'); }
}
console.log(f1());
function f2() {
  try { return 'try'; } finally { return 'finally overrides'; }
}
console.log(f2());
function f3() {
  try { throw new Error('err'); } catch (e) { return 'catch ' + e.message; } finally { console.log('f3 finally'); }
}
console.log(f3());
function f4() {
  try { throw new Error('lost'); } finally { return 'finally swallowed error'; }
}
console.log(f4());
function f5() {
  let x = 1;
  try { return x; } finally { x = 2; }
}
console.log(f5());
function f6() {
  const log = [];
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      if (i === 2) break;
      log.push('body' + i);
    } finally {
      log.push('finally' + i);
    }
  }
  return log;
}
console.log(f6());
function f7() {
  try {
    try { throw 'inner'; } finally { console.log('inner finally'); }
  } catch (e) {
    console.log('outer caught', e);
  } finally {
    console.log('outer finally');
  }
}
f7();
function f8() {
  try { return 'a'; } finally { try { return 'b'; } finally { console.log('nested finally'); } }
}
console.log(f8());
function f9() {
  try { throw 1; } catch (e) { throw 2; } finally { console.log('f9 finally before propagate'); }
}
try { f9(); } catch (e) { console.log('f9 threw', e); }
function f10() {
  while (true) {
    try { return 'from loop'; } finally { break; }
  }
  return 'after loop';
}
console.log(f10());
let order = [];
try { order.push('try'); } catch { order.push('catch'); } finally { order.push('finally'); }
console.log(order.join(' > '));
try { throw null; } catch { console.log('optional catch binding'); }
