function showThis() { return this === undefined ? 'undefined' : this === globalThis ? 'global' : typeof this; }
function strictShowThis() { 'use strict'; return this === undefined ? 'undefined' : this === null ? 'null' : typeof this; }
console.log('sloppy plain call:', showThis());
console.log('strict plain call:', strictShowThis());
console.log('sloppy call with 5:', showThis.call(5));
console.log('strict call with 5:', strictShowThis.call(5));
console.log('sloppy call with null:', showThis.call(null));
console.log('strict call with null:', strictShowThis.call(null));
const obj = {
  name: 'obj',
  regular() { return this.name; },
  inner() {
    function nested() { return this === globalThis; }
    return nested();
  },
  viaArrow() {
    const a = () => this.name;
    return a.call({ name: 'ignored' });
  },
};
console.log(obj.regular(), obj.inner(), obj.viaArrow());
const method = obj.regular;
const other = { name: 'other', method };
console.log(other.method());
console.log([obj].map(o => o.regular())[0]);
class Widget {
  constructor(name) { this.name = name; this.bound = this.describe.bind(this); }
  describe() { return this ? `Widget ${this.name}` : 'no this'; }
}
const w = new Widget('w1');
const { describe, bound } = w;
console.log(describe(), bound());
function Ctor() { this.value = 1; return 5; }
console.log(new Ctor());
function CtorObj() { this.value = 1; return { replaced: true }; }
console.log(new CtorObj());
const chain = {
  val: 0,
  add(n) { this.val += n; return this; },
};
console.log(chain.add(1).add(2).add(3).val);
console.log(typeof (function () { return this; }).call('str'));
