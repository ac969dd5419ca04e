// structuredClone copies data (not functions), keeps shared and cyclic
// references shared and cyclic, and moves transferred buffers.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.message, e.code, e instanceof DOMException);
  }
}

const shared = { n: 1 };
const source = {
  number: -0, string: 'text', bool: true, nothing: null, undef: undefined,
  date: new Date(86400000), regexp: /a+b/giu,
  map: new Map([[shared, 'key is shared'], ['k', shared]]),
  set: new Set([1, 'two', shared]),
  array: [1, , 3, [4, [5]]],
  wrappers: [new Number(2), new String('s'), new Boolean(false)],
  typed: new Float64Array([1.5, -2.5]),
  shared, again: shared,
};
source.self = source;
source.array.extra = 'prop';
const copy = structuredClone(source);
console.log(copy);
console.log(copy !== source, copy.self === copy, copy.shared === copy.again);
console.log(copy.map.get('k') === copy.shared, copy.map.keys().next().value === copy.shared);
console.log([...copy.set][2] === copy.shared, Object.is(copy.number, -0));
console.log(copy.date instanceof Date, copy.date.getTime(), copy.regexp.flags, copy.regexp.lastIndex);
console.log(copy.typed instanceof Float64Array, copy.typed.buffer !== source.typed.buffer);

// Prototypes, getters and non-enumerable or symbol keys are not copied.
class Point {
  constructor() { this.x = 1; }
  get y() { return 2; }
}
const point = structuredClone(new Point());
console.log(point, point instanceof Point, Object.getPrototypeOf(point) === Object.prototype);
const withGetter = { get g() { console.log('getter runs'); return 'g'; }, [Symbol('s')]: 1 };
Object.defineProperty(withGetter, 'hidden', { value: 1 });
console.log(structuredClone(withGetter));
console.log(structuredClone(Object.create(null, { a: { value: 1, enumerable: true } })));

// Errors keep their kind, message, stack and cause.
const error = new RangeError('out of range', { cause: { code: 7 } });
const errorCopy = structuredClone(error);
console.log(errorCopy instanceof RangeError, errorCopy.message, errorCopy.cause, errorCopy.stack === error.stack);
console.log(Object.getOwnPropertyNames(errorCopy));
class MyError extends Error {}
console.log(structuredClone(new MyError('mine')).constructor.name);
const renamed = new Error('x');
renamed.name = 'TypeError';
console.log(structuredClone(renamed).constructor.name);

// Views over one buffer share the copy of it.
const buffer = new ArrayBuffer(8);
const pair = [new Uint8Array(buffer, 0, 4), new DataView(buffer, 4)];
pair[0][0] = 42;
const pairCopy = structuredClone(pair);
console.log(pairCopy, pairCopy[0].buffer === pairCopy[1].buffer, pairCopy[0][0]);

// Transfer: the original is detached, the copy owns the bytes.
const moving = new Uint16Array([1, 2, 3]);
const moved = structuredClone(moving.subarray(1), { transfer: [moving.buffer] });
console.log(moved, moved.byteOffset, moved.buffer.byteLength, moving.length, moving.buffer.byteLength);
const alone = new ArrayBuffer(4);
const movedBuffer = structuredClone(alone, { transfer: [alone] });
console.log(movedBuffer.byteLength, alone.byteLength);

// A failed clone transfers nothing.
const kept = new ArrayBuffer(4);
attempt('function inside', () => structuredClone({ kept, f() {} }, { transfer: [kept] }));
console.log(kept.byteLength);

attempt('function', () => structuredClone(function named(a) { return a; }));
attempt('arrow', () => structuredClone(() => 1));
attempt('native', () => structuredClone(Math.max));
attempt('symbol', () => structuredClone(Symbol('s')));
attempt('symbol inside', () => structuredClone({ s: Symbol.iterator }));
attempt('weakmap', () => structuredClone(new WeakMap()));
attempt('promise', () => structuredClone(Promise.resolve(1)));
attempt('proxy', () => structuredClone(new Proxy({}, {})));
attempt('arguments', () => (function () { return structuredClone(arguments); })(1));
attempt('duplicate transfer', () => structuredClone(1, { transfer: [kept, kept] }));
attempt('not a buffer', () => structuredClone(1, { transfer: [{}] }));
attempt('not iterable', () => structuredClone(1, { transfer: 5 }));
attempt('bad options', () => structuredClone(1, 5));
attempt('no value', () => structuredClone());
console.log(structuredClone(1, null), structuredClone('x', { transfer: undefined }));
console.log(typeof structuredClone, structuredClone.length, structuredClone.name);
