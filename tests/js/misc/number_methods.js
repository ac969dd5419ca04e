const nums = [0, 1, -1, 1.005, 2.345, 2.5, -2.5, 123.456, 0.000123, 1e21, 1e-10, 99.995];
for (const n of nums) {
  console.log(n, n.toFixed(0), n.toFixed(2), n.toFixed(5));
}
console.log((1.23e-5).toPrecision(2), (123.456).toPrecision(1), (123.456).toPrecision(10));
console.log((0).toExponential(), (12345).toExponential(3), (-0.00017).toExponential(1));
console.log((255).toString(16), (255).toString(8), (255).toString(2), (0.25).toString(2), (-10).toString(3));
console.log(Number('12.50').toString(), (12.5).toString(), (100).toString(), (1e21).toString());
console.log(Number.isInteger(1e21), Number.isSafeInteger(1e21));
console.log(parseInt('  -42abc'), parseInt('abc'), parseInt('0x1A'), parseInt('1e3'), parseInt('-0'));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('Infinityx'), parseFloat('e5'));
console.log((25).toString(36), (1295).toString(36), parseInt('zz', 36));
console.log(Number.prototype.toFixed.call(3.14159, 3));
console.log(typeof (5).valueOf(), new Number(5).valueOf() === 5);
console.log((1234.5).toFixed(1), (0.1 + 0.2).toFixed(10), (1 / 3).toFixed(16));
console.log((-1.5).toFixed(0), (-0.5).toFixed(0), (0.5).toFixed(0), (1.45).toFixed(1), (8.345).toFixed(2));
