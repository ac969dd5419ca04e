const inputs = ['42', '  42  ', '4.2e1', '0x2A', '0b101', '0o17', '', ' ', 'abc', '12px',
  '-0', 'Infinity', '-Infinity', '1e1000', '.5', '5.', '+7', '1_000'];
for (const s of inputs) {
  console.log(JSON.stringify(s), Number(s), parseInt(s), parseFloat(s));
}
console.log(Number(null), Number(undefined), Number(true), Number(false));
console.log(Number([]), Number([5]), Number([1, 2]), Number({}));
console.log(parseInt('ff', 16), parseInt('777', 8), parseInt('z', 36), parseInt('101', 2));
console.log(parseInt('123', 0), parseInt('123', 1), parseInt('123', 37));
console.log(parseInt(0.0000005), parseInt('0.0000005'), parseInt(1e21));
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt);
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger(5.0), Number.isInteger('5'));
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(String(1e21), String(1e-7), String(123e-20), String(-1e-7));
console.log(String(0.000001), String(1234567890123456789));
