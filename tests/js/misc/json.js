const data = {
  name: 'test',
  num: 42,
  float: 3.14,
  neg: -0,
  bool: true,
  nil: null,
  undef: undefined,
  fn() {},
  sym: Symbol('x'),
  arr: [1, 'two', null, undefined, () => 1, { nested: [[]] }],
  nested: { deep: { deeper: { deepest: 'bottom' } } },
  nan: NaN,
  inf: -Infinity,
  str: 'quote " backslash \\ newline \n unicode é 😀 control \u0007',
};
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, [2, [3]]], null, '--'));
console.log(JSON.stringify({ a: 1, b: [1, 2], c: {} }, null, 4));
console.log(JSON.stringify(data, ['name', 'num', 'nested', 'deep']));
console.log(JSON.stringify(data.arr, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify({ date: { toJSON() { return 'custom-json'; } } }));
console.log(JSON.stringify('str'), JSON.stringify(5), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(() => 1));
console.log(JSON.stringify({}), JSON.stringify([]), JSON.stringify([undefined]), JSON.stringify({ a: [] }, null, 2));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inherited: 1 })));
const text = '{"a":1,"b":[true,false,null],"c":{"d":"e\\u0041\\n"},"e":1.5e3,"f":-0.25}';
const parsed = JSON.parse(text);
console.log(parsed, parsed.c.d);
console.log(JSON.parse('"just a string"'), JSON.parse('123'), JSON.parse(' [1 , 2] '), JSON.parse('null'));
const revived = JSON.parse('{"x":1,"y":{"z":2},"arr":[3,4]}', (k, v) => (typeof v === 'number' ? v + 100 : v));
console.log(revived);
const order = [];
JSON.parse('{"a":{"b":1,"c":[2]},"d":3}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; });
console.log(order.join(' '));
const roundTrip = JSON.parse(JSON.stringify(data));
console.log(Object.keys(roundTrip));
console.log(JSON.stringify({ key: 'value' }) === '{"key":"value"}');
console.log(JSON.stringify({ 3: 'c', 1: 'a', b: 'b' }));
