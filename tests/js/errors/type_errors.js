function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, '|', e.name, '|', e.message, '|', e instanceof TypeError);
  }
}
let x;
const obj = { a: { b: null }, notFn: 5 };
attempt('call undefined var', () => x());
attempt('call number prop', () => obj.notFn());
attempt('call missing method', () => obj.missing());
attempt('call nested missing', () => obj.a.nope());
attempt('read of undefined', () => x.y);
attempt('read of null', () => obj.a.b.c);
attempt('read of undefined computed', () => x['key']);
attempt('read of undefined numeric', () => x[0]);
attempt('write to undefined', () => { x.y = 1; });
attempt('write to null', () => { obj.a.b.c = 1; });
attempt('new non-constructor', () => new obj.notFn());
attempt('instanceof non-callable', () => ({}) instanceof obj);
attempt('spread non-iterable', () => [...obj]);
attempt('for-of non-iterable', () => { for (const v of 5) {} });
attempt('destructure null', () => { const { a } = null; });
attempt('Symbol to number', () => Symbol() + 1);
attempt('const assign', () => { const c = 1; c = 2; });
attempt('call null', () => null());
attempt('optional chain ok', () => x?.y.z.w);
attempt('frozen strict', () => { 'use strict'; Object.freeze(obj); obj.notFn = 1; });
