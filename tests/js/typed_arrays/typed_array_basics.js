// Construction, element conversion, lengths, aliasing, endianness
const ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array];
for (const C of ctors) {
  console.log(C.name, C.BYTES_PER_ELEMENT, C.prototype.BYTES_PER_ELEMENT, C.length,
    Object.getPrototypeOf(C) === Object.getPrototypeOf(Int8Array));
}
const TA = Object.getPrototypeOf(Int8Array);
console.log(TA.name, typeof TA, TA.prototype === Object.getPrototypeOf(Int8Array.prototype));

// from length
const a = new Int16Array(4);
console.log(a.length, a.byteLength, a.byteOffset, a.BYTES_PER_ELEMENT, Array.from(a).join());
console.log(new Float64Array().length, new Uint8Array(0).length, new Uint8Array('3').length);
// from array / array-like / iterable
console.log(Array.from(new Uint8Array([1, 2, 3])).join());
console.log(Array.from(new Int8Array({ length: 3, 0: 5, 1: '6', 2: 'x' })).join());
console.log(Array.from(new Uint16Array(new Set([10, 20, 30]))).join());
function* gen() { yield 1.5; yield -2.5; yield 300; }
console.log(Array.from(new Float32Array(gen())).join(), Array.from(new Int8Array(gen())).join());
// from buffer + offset + length
const buf = new ArrayBuffer(16);
const whole = new Int32Array(buf);
const part = new Int32Array(buf, 4, 2);
const tail = new Uint8Array(buf, 10);
console.log(whole.length, part.length, part.byteOffset, part.byteLength, tail.length, tail.byteOffset);
console.log(part.buffer === buf, tail.buffer === buf, whole.buffer === buf);
// from another typed array (copies, converts)
const f = new Float64Array([1.9, -1.9, 300.5, -129]);
const i8 = new Int8Array(f);
console.log(Array.from(i8).join(), i8.buffer !== f.buffer);
const u8c = new Uint8ClampedArray(f);
console.log(Array.from(u8c).join());
const copy = new Float64Array(f);
copy[0] = 42;
console.log(f[0], copy[0]);

// element conversion and wrap-around
const x8 = new Int8Array(6);
x8[0] = 127; x8[1] = 128; x8[2] = -129; x8[3] = 255; x8[4] = 3.99; x8[5] = -3.99;
console.log(Array.from(x8).join());
const ux8 = new Uint8Array(6);
ux8[0] = 256; ux8[1] = -1; ux8[2] = 257.9; ux8[3] = NaN; ux8[4] = Infinity; ux8[5] = '0x1f';
console.log(Array.from(ux8).join());
const i16 = new Int16Array([32767, 32768, 65535, -32769, 70000]);
const u16 = new Uint16Array([65536, -1, 65537, true, null]);
console.log(Array.from(i16).join(), Array.from(u16).join());
const i32 = new Int32Array([2147483647, 2147483648, 4294967295, -2147483649, 1e10]);
const u32 = new Uint32Array([-1, 4294967296, 4294967297, -4294967295, 2 ** 53]);
console.log(Array.from(i32).join(), Array.from(u32).join());
// Uint8Clamped rounding: round half to even, clamp to [0, 255]
const c = new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.5, -10, 300, NaN, 1.49, 1.51, Infinity, -Infinity]);
console.log(Array.from(c).join());
// Float32 precision
const f32 = new Float32Array([0.1, 1 / 3, 16777217, 1e40, -1e-50, 3.4028234663852886e38]);
console.log(Array.from(f32).join());
console.log(f32[0] === 0.1, f32[0] === Math.fround(0.1), Object.is(f32[4], -0));
const f64 = new Float64Array([0.1, NaN, -0, Infinity]);
console.log(f64[0] === 0.1, Number.isNaN(f64[1]), Object.is(f64[2], -0), f64[3]);
// values coerced via valueOf
const ob = { valueOf() { return 77; } };
ux8[0] = ob;
console.log(ux8[0]);

// out-of-range index: reads undefined, writes ignored, not added as properties
const small = new Uint8Array(2);
small[5] = 9; small[-1] = 9; small[2] = 9;
console.log(small[5], small[-1], small[2], small.length, Object.keys(small).join());
console.log('5' in small, '1' in small, 1 in small, small.hasOwnProperty(0), small.hasOwnProperty(2));
small[1.5] = 3; small['-0'] = 4;
console.log(small[1.5], small['-0'], Object.keys(small).join());
small.foo = 'bar';
console.log(small.foo, Object.keys(small).join());
small['01'] = 5;
console.log(small['01'], Object.keys(small).join());

// shared buffer aliasing
const sb = new ArrayBuffer(8);
const va = new Uint8Array(sb);
const vb = new Uint8Array(sb, 4);
const vc = new Uint16Array(sb, 2, 2);
vb[0] = 0xaa;
console.log(va[4], vc[1].toString(16));
vc[0] = 0x1234;
console.log(va[2].toString(16), va[3].toString(16));
const sub = va.subarray(6);
sub[1] = 1;
console.log(va[7], sub.byteOffset, sub.length);

// little-endian
const le = new Uint32Array([0x11223344]);
console.log(Array.from(new Uint8Array(le.buffer)).map(n => n.toString(16)).join(' '));
const fl = new Float64Array([1]);
console.log(Array.from(new Uint8Array(fl.buffer)).join(' '));
const neg = new Int16Array([-2]);
console.log(Array.from(new Uint8Array(neg.buffer)).join(' '));
console.log(new Uint16Array(new Uint8Array([1, 2, 3, 4]).buffer).join());

// index property behaviour
const arr = new Int32Array([1, 2, 3]);
console.log(arr.length, Object.getOwnPropertyNames(arr).join(), JSON.stringify(arr));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(arr, 0)));
console.log(delete arr[0], arr[0], delete arr[5]);
arr.length = 10;
console.log(arr.length, Array.isArray(arr), typeof arr);
let keys = [];
for (const k in arr) keys.push(k);
console.log(keys.join());
console.log([...arr].join(), arr[Symbol.iterator] === arr.values);
console.log(Object.prototype.toString.call(arr), arr[Symbol.toStringTag], TA.prototype[Symbol.toStringTag]);
