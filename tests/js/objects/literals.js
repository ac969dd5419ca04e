const x = 1, y = 2;
const prefix = 'key';
let counter = 0;
const obj = {
  x,
  y,
  [prefix + '_a']: 'computed a',
  [`${prefix}_${++counter}`]: 'computed 1',
  [counter + 1]: 'numeric computed',
  'quoted key': true,
  'a-b': 'dash',
  method() { return this.x + this.y; },
  arrow: () => 'arrow',
  nested: { deep: { deeper: 'bottom' } },
};
console.log(obj);
console.log(obj.method(), obj.arrow(), obj['quoted key'], obj['a-b']);
console.log(obj.key_a, obj.key_1, obj[2], obj['2']);
console.log(Object.keys(obj));
const empty = {};
console.log(empty, Object.keys(empty).length);
const dupKeys = { a: 1, b: 2, a: 3 };
console.log(dupKeys);
const numKeys = { 1: 'one', 1.5: 'one-point-five', '01': 'zero-one', [-1]: 'neg' };
console.log(numKeys, Object.keys(numKeys));
const withProto = { __proto__: { inherited: 'yes' }, own: 'mine' };
console.log(withProto.inherited, Object.keys(withProto), withProto);
const objWithGetter = { get full() { return 'getter value'; } };
console.log(objWithGetter.full);
const trailing = { a: 1, b: 2, };
console.log(trailing);
