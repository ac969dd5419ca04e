const values = [42, 'a string', null, undefined, { code: 7 }, [1, 2], true, Symbol('s'), () => 'fn'];
for (const v of values) {
  try {
    throw v;
  } catch (e) {
    const d = typeof e === 'symbol' ? e.toString() : typeof e === 'function' ? 'fn:' + e() : JSON.stringify(e);
    console.log(typeof e, d, e === v);
  }
}
function rethrow() {
  try {
    JSON.parse('{bad json');
  } catch (e) {
    console.log('first catch', e.name);
    throw e;
  }
}
try { rethrow(); } catch (e) { console.log('rethrown', e instanceof SyntaxError); }
function wrap() {
  try {
    null.x;
  } catch (e) {
    const w = new Error('wrapped: ' + e.message, { cause: e });
    throw w;
  }
}
try { wrap(); } catch (e) { console.log(e.message, e.cause instanceof TypeError); }
function nested(depth) {
  try {
    if (depth === 0) throw new RangeError('bottom');
    nested(depth - 1);
  } catch (e) {
    e.message += ' <' + depth;
    throw e;
  }
}
try { nested(3); } catch (e) { console.log(e.name, e.message); }
let attempts = 0;
function flaky() { if (++attempts < 3) throw new Error('fail ' + attempts); return 'ok after ' + attempts; }
let res;
while (true) {
  try { res = flaky(); break; } catch (e) { console.log('retry', e.message); }
}
console.log(res);
