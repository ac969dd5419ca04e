// DataView get/set for every type and both endiannesses
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
const bytes = () => Array.from(new Uint8Array(buf)).map(b => b.toString(16).padStart(2, '0')).join(' ');
console.log(dv.byteLength, dv.byteOffset, dv.buffer === buf, Object.prototype.toString.call(dv));
console.log(DataView.name, DataView.length, typeof DataView.prototype.getFloat64);

const types = [
  ['Int8', 1, [-128, 127, -1, 200]],
  ['Uint8', 1, [0, 255, 256, -1]],
  ['Int16', 2, [-32768, 32767, 0x1234, 40000]],
  ['Uint16', 2, [0xbeef, 65535, 65536, -2]],
  ['Int32', 4, [-2147483648, 0x12345678, 2 ** 31, -1]],
  ['Uint32', 4, [0xdeadbeef, 4294967295, -1, 2 ** 32 + 5]],
  ['Float32', 4, [1.5, -0.1, 16777217, -Infinity]],
  ['Float64', 8, [Math.PI, -0, Infinity, 1e-310]],
];
for (const [name, size, values] of types) {
  const out = [];
  for (const v of values) {
    for (const little of [false, true]) {
      new Uint8Array(buf).fill(0);
      dv['set' + name](2, v, little);
      const back = dv['get' + name](2, little);
      const other = dv['get' + name](2, !little);
      out.push(`${Object.is(back, -0) ? '-0' : back}/${other}`);
    }
  }
  console.log(name, size, out.join(' '));
}

// NaN round-trips (bit pattern is implementation-defined, so only check NaN-ness)
dv.setFloat32(0, NaN); dv.setFloat64(8, NaN, true);
console.log(Number.isNaN(dv.getFloat32(0)), Number.isNaN(dv.getFloat64(8, true)));

// byte layout
new Uint8Array(buf).fill(0);
dv.setUint32(0, 0x01020304);
dv.setUint32(4, 0x01020304, true);
dv.setInt16(8, -2);
dv.setInt16(10, -2, true);
dv.setFloat32(12, 1);
console.log(bytes());
new Uint8Array(buf).fill(0);
dv.setFloat64(0, 1, true);
dv.setFloat64(8, -2);
console.log(bytes());

// reading bytes as different types
new Uint8Array(buf).set([0x3f, 0xf0, 0, 0, 0, 0, 0, 0, 0x80, 0x00, 0x00, 0x01, 0x7f, 0x80, 0, 0]);
console.log(dv.getFloat64(0), dv.getInt8(8), dv.getUint8(8), dv.getInt16(8), dv.getUint16(8, true));
console.log(dv.getInt32(8), dv.getInt32(8, true), dv.getUint32(8), dv.getFloat32(12), dv.getFloat32(12, true));
console.log(dv.getUint16(1), dv.getUint32(9), dv.getInt32(13 - 1, false));

// default endianness is big; truthy/falsy littleEndian values
dv.setUint16(0, 0x0102);
console.log(dv.getUint16(0), dv.getUint16(0, 1), dv.getUint16(0, 'yes'), dv.getUint16(0, 0), dv.getUint16(0, ''));

// offset coercion
dv.setUint8('3', 42);
console.log(dv.getUint8(3), dv.getUint8(3.9), dv.getUint8('3'), dv.getUint8(null) === dv.getUint8(0));

// setX returns undefined; value conversion
console.log(dv.setInt8(0, 1), dv.setFloat32(0, '2.5'), dv.getFloat32(0));
dv.setUint8(0, { valueOf() { return 300; } });
console.log(dv.getUint8(0));

// views with offset and length
const sub = new DataView(buf, 4, 8);
console.log(sub.byteOffset, sub.byteLength);
sub.setUint8(0, 0xab);
console.log(new Uint8Array(buf)[4].toString(16), new DataView(buf, 10).byteLength, new DataView(buf, 16).byteLength);

// out-of-bounds access
const tryIt = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e instanceof RangeError, e.constructor.name); }
};
tryIt('getUint8(16)', () => dv.getUint8(16));
tryIt('getUint16(15)', () => dv.getUint16(15));
tryIt('getFloat64(9)', () => dv.getFloat64(9));
tryIt('getFloat64(8)', () => dv.getFloat64(8));
tryIt('setInt32(13)', () => dv.setInt32(13, 1));
tryIt('getInt8(-1)', () => dv.getInt8(-1));
tryIt('sub.getUint32(6)', () => sub.getUint32(6));
tryIt('sub.getUint32(4)', () => sub.getUint32(4));
tryIt('getInt8(Infinity)', () => dv.getInt8(Infinity));
tryIt('new DataView(buf, 17)', () => new DataView(buf, 17));
tryIt('new DataView(buf, 8, 9)', () => new DataView(buf, 8, 9));
tryIt('new DataView(buf, -1)', () => new DataView(buf, -1));
tryIt('getInt8() missing', () => dv.getInt8());

// mixed access interoperability with typed arrays
const f64 = new Float64Array(2);
const fdv = new DataView(f64.buffer);
fdv.setFloat64(8, 123.456, true);
console.log(f64[1]);
f64[0] = -1;
console.log(fdv.getUint32(4, true).toString(16), fdv.getUint8(7).toString(16));
