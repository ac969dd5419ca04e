// ArrayBuffer: constructor, byteLength, slice, isView
const b = new ArrayBuffer(8);
console.log(typeof b, b instanceof ArrayBuffer, b.byteLength, Object.prototype.toString.call(b));
console.log(new ArrayBuffer(0).byteLength, new ArrayBuffer().byteLength, new ArrayBuffer('4').byteLength);
console.log(new ArrayBuffer(3.9).byteLength, new ArrayBuffer(null).byteLength, new ArrayBuffer(undefined).byteLength);
console.log(ArrayBuffer.name, ArrayBuffer.length, ArrayBuffer.prototype[Symbol.toStringTag]);
console.log(typeof Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
console.log(Object.getPrototypeOf(b) === ArrayBuffer.prototype, b.constructor === ArrayBuffer);

// contents start zeroed
const u = new Uint8Array(b);
console.log(Array.from(u).join(','));
for (let i = 0; i < 8; i++) u[i] = i * 10;

// slice
const s1 = b.slice(2, 5);
console.log(s1.byteLength, Array.from(new Uint8Array(s1)).join(','));
const s2 = b.slice(-3);
console.log(s2.byteLength, Array.from(new Uint8Array(s2)).join(','));
const s3 = b.slice(5, 2);
console.log(s3.byteLength);
const s4 = b.slice();
console.log(s4.byteLength, s4 !== b, Array.from(new Uint8Array(s4)).join(','));
console.log(b.slice(-100, 100).byteLength, b.slice(1, -1).byteLength, b.slice(8).byteLength);
console.log(b.slice(1.7, 3.2).byteLength, b.slice('2', '6').byteLength);

// slice is a copy
new Uint8Array(s4)[0] = 99;
console.log(u[0], new Uint8Array(s4)[0]);

// isView
console.log(ArrayBuffer.isView(u), ArrayBuffer.isView(new DataView(b)), ArrayBuffer.isView(b));
console.log(ArrayBuffer.isView([]), ArrayBuffer.isView({}), ArrayBuffer.isView(), ArrayBuffer.isView(null));
console.log(ArrayBuffer.isView(new Float64Array(2)), ArrayBuffer.isView(u.subarray(1)));

// subclass
class MyBuf extends ArrayBuffer {
  get double() { return this.byteLength * 2; }
}
const mb = new MyBuf(5);
console.log(mb instanceof MyBuf, mb instanceof ArrayBuffer, mb.byteLength, mb.double);
const mbs = mb.slice(1);
console.log(mbs instanceof MyBuf, mbs.byteLength);

// species
console.log(ArrayBuffer[Symbol.species] === ArrayBuffer);

// properties on buffer objects are ordinary
b.tag = 'x';
console.log(b.tag, Object.keys(b), JSON.stringify(b));

// byteLength is not writable via assignment
b.byteLength = 100;
console.log(b.byteLength);
console.log(Object.prototype.hasOwnProperty.call(b, 'byteLength'));

// multiple views on one buffer see the same bytes
const buf = new ArrayBuffer(4);
const v8 = new Uint8Array(buf);
const v32 = new Uint32Array(buf);
v32[0] = 0x01020304;
console.log(Array.from(v8).join(','));
v8[3] = 0xff;
console.log(v32[0].toString(16));

// slice of large-ish buffer
const big = new ArrayBuffer(1024);
new Uint8Array(big).fill(7);
const bs = big.slice(1000);
console.log(bs.byteLength, new Uint8Array(bs).reduce((a, x) => a + x, 0));
