// console.log formatting of typed arrays, ArrayBuffer and DataView
console.log(new Uint8Array([1, 2, 3]));
console.log(new Int8Array([-1, 0, 127]));
console.log(new Uint8ClampedArray([0, 128, 255]));
console.log(new Int16Array([-32768, 32767]));
console.log(new Uint16Array([65535]));
console.log(new Int32Array([-5, 2147483647]));
console.log(new Uint32Array([4294967295, 0]));
console.log(new Float32Array([0.5, 0.1, -0, NaN, Infinity]));
console.log(new Float64Array([1.5, -0, NaN, -Infinity, 1e21, 1e-7]));
console.log(new Uint8Array(0));
console.log(new Float64Array());
console.log(new Uint8Array(new ArrayBuffer(8), 2, 3));

// long arrays: more than 100 elements are truncated, many short numbers group into columns
console.log(new Uint8Array(10).map((_, i) => i * 11));
console.log(new Int16Array(30).map((_, i) => i * i - 100));
console.log(new Uint8Array(120));

// ArrayBuffer
console.log(new ArrayBuffer(0));
console.log(new ArrayBuffer(2));
console.log(new Uint8Array([1, 2]).buffer);
console.log(new Uint16Array([0xabcd, 0x1234]).buffer);
console.log(new Uint8Array(60).map((_, i) => i).buffer);
console.log(new ArrayBuffer(103));

// DataView
console.log(new DataView(new ArrayBuffer(4)));
console.log(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));

// nested in objects and arrays
console.log({ a: new Uint8Array([1]), b: [new Int32Array(2)], c: new ArrayBuffer(1) });
console.log([new Float32Array([1.25]), new Uint8Array(0)]);
console.log({ deep: { view: new DataView(new ArrayBuffer(1)) } });
console.log(new Map([['k', new Uint16Array([7])]]));

// extra properties are shown after the elements
const extra = new Uint8Array([4, 5]);
extra.label = 'x';
console.log(extra);

// subclass
class Bytes extends Uint8Array {}
console.log(new Bytes([1, 2]));

// string conversion and template literals do not use inspect
console.log(String(new Uint8Array([1, 2])), `${new Float64Array([0.5])}`, new Uint8Array([3]) + '');
console.log(String(new ArrayBuffer(2)), String(new DataView(new ArrayBuffer(1))));
console.log(JSON.stringify({ t: new Uint8Array([1, 2]), b: new ArrayBuffer(2) }));
