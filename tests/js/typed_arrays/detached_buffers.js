// Detaching an ArrayBuffer (structuredClone with a transfer list) takes its
// bytes away from every view: lengths read 0, elements read undefined,
// writes do nothing, and methods that need the data throw TypeError.
function detach(buffer) {
  structuredClone(buffer, { transfer: [buffer] });
}
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

const buffer = new ArrayBuffer(16);
const bytes = new Uint8Array(buffer);
const words = new Int32Array(buffer, 4, 2);
const view = new DataView(buffer, 2);
bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
detach(buffer);
console.log(buffer, bytes, words);
console.log(buffer.byteLength, bytes.length, bytes.byteLength, bytes.byteOffset);
console.log(words.length, words.byteOffset, words.buffer === buffer);
console.log(bytes[0], 0 in bytes, Object.keys(bytes), JSON.stringify(bytes));
bytes[0] = 9;
console.log(bytes[0], Reflect.set(bytes, 0, 1), Reflect.has(bytes, 0));
attempt('defineProperty', () => Object.defineProperty(bytes, 0, { value: 1 }));
for (const method of ['fill', 'join', 'map', 'slice', 'sort', 'reverse', 'indexOf', 'includes', 'at', 'keys', 'toReversed', 'with', 'copyWithin']) {
  attempt(method, () => bytes[method](0, 0));
}
attempt('set', () => bytes.set([1]));
attempt('subarray', () => bytes.subarray(0));
attempt('slice', () => buffer.slice(0));
attempt('new Uint8Array(buffer)', () => new Uint8Array(buffer));
attempt('new Uint8Array(view)', () => new Uint8Array(bytes));
attempt('new DataView', () => new DataView(buffer));
attempt('getInt8', () => view.getInt8(0));
attempt('setInt8', () => view.setInt8(0, 1));
attempt('byteLength', () => view.byteLength);
attempt('byteOffset', () => view.byteOffset);
console.log(view.buffer === buffer);
attempt('clone detached', () => structuredClone(buffer));

// A conversion that detaches midway: the method sees it afterwards.
function fresh() {
  const b = new ArrayBuffer(8);
  const a = new Uint8Array(b);
  a.set([10, 20, 30, 40, 50, 60, 70, 80]);
  return a;
}
const detaching = (a, value) => ({ valueOf() { detach(a.buffer); return value; } });
let a = fresh();
attempt('fill after detach', () => a.fill(detaching(a, 1)));
a = fresh();
attempt('includes undefined', () => a.includes(undefined, detaching(a, 0)));
a = fresh();
attempt('indexOf undefined', () => a.indexOf(undefined, detaching(a, 0)));
a = fresh();
attempt('with', () => a.with(0, detaching(a, 1)));
a = fresh();
attempt('set offset', () => a.set([1], detaching(a, 0)));
a = fresh();
attempt('copyWithin', () => a.copyWithin(0, detaching(a, 1)));
a = fresh();
attempt('at', () => a.at(detaching(a, 1)));
a = fresh();
const seen = [];
a.forEach((v, i) => { seen.push(v); if (i === 2) detach(a.buffer); });
console.log('forEach', seen);
a = fresh();
console.log('map', Array.from(a.map((v, i) => { if (i === 1) detach(a.buffer); return v; })));
a = fresh();
console.log('filter', Array.from(a.filter((v, i) => { if (i === 1) detach(a.buffer); return true; })));
a = fresh();
console.log('sort', a.sort((x, y) => { detach(a.buffer); return y - x; }), a.length);
a = fresh();
const it = a.values();
console.log(it.next().value);
detach(a.buffer);
attempt('iterator next', () => it.next());
a = fresh();
const dv = new DataView(a.buffer);
attempt('getUint8', () => dv.getUint8(detaching(a, 0)));
a = fresh();
attempt('slice (species detaches)', () => {
  a.constructor = { [Symbol.species]: function (n) { detach(a.buffer); return new Uint8Array(n); } };
  return a.slice(1, 3);
});
