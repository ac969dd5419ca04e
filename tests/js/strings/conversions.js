const vals = [0, -0, 1, -1.5, 1e21, 1e-7, 123456789, 0.1, NaN, Infinity, -Infinity,
  true, false, null, undefined, [], [1, 2], [[1], [2, [3]]], {}, 'str', Symbol('desc')];
for (const v of vals) console.log(String(v));
console.log(String([null]), String([undefined]), String([null, undefined]));
console.log(String(function named() {}).length > 0);
console.log(String({ toString() { return 'ts'; } }), String({ valueOf() { return 1; }, toString: undefined }));
console.log((123.456).toString(), (123).toString(2), (255).toString(16).toUpperCase(), (-7).toString(2));
console.log((0.1).toFixed(20), (1.005).toFixed(2), (1.45).toFixed(1), (-1.5).toFixed(0), (2.5).toFixed(0));
console.log((1234.5678).toFixed(0), (0).toFixed(2), (1e-10).toFixed(3));
console.log((25).toString(36), (35).toString(36), parseInt('z', 36));
console.log(`${[1, 2]}` + `${{}}`);
console.log([1, 2, 3] + '', {} + '', (() => 1) + '' === '() => 1');
console.log(JSON.stringify(String(null)), typeof String(123), typeof new String('a'));
console.log(new String('abc').length, new String('abc')[1]);
console.log('3' * '4', '3' + 4, 3 + +'4', '10' / 4, '7' % '4', '2' ** '3');
console.log(Number('  12\n'), Number('1,000'), Number('0b11'), Number('-0x10'));
