// TypeError / RangeError cases (constructor names only)
const check = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.constructor.name, e instanceof TypeError, e instanceof RangeError);
  }
};

// calling constructors without new
check('Uint8Array()', () => Uint8Array(2));
check('ArrayBuffer()', () => ArrayBuffer(2));
check('DataView()', () => DataView(new ArrayBuffer(2)));
check('new TypedArray', () => new (Object.getPrototypeOf(Int8Array))());

// bad lengths
check('new ArrayBuffer(-1)', () => new ArrayBuffer(-1));
check('new ArrayBuffer(2**53)', () => new ArrayBuffer(2 ** 53));
check('new Uint8Array(-1)', () => new Uint8Array(-1));
check('new Float64Array(-0.5)', () => new Float64Array(-0.5));
check('new Int8Array(NaN)', () => new Int8Array(NaN));

// buffer/offset/length misalignment and overflow
const buf = new ArrayBuffer(8);
check('Int32Array(buf, 1)', () => new Int32Array(buf, 1));
check('Int16Array(buf7)', () => new Int16Array(new ArrayBuffer(7)));
check('Int16Array(buf7, 0, 3)', () => new Int16Array(new ArrayBuffer(7), 0, 3));
check('Uint8Array(buf, 9)', () => new Uint8Array(buf, 9));
check('Uint8Array(buf, 8)', () => new Uint8Array(buf, 8));
check('Uint8Array(buf, 4, 5)', () => new Uint8Array(buf, 4, 5));
check('Float64Array(buf, 0, 2)', () => new Float64Array(buf, 0, 2));
check('Uint8Array(buf, -1)', () => new Uint8Array(buf, -1));

// set out of range
const u = new Uint8Array(4);
check('set too long', () => u.set([1, 2, 3, 4, 5]));
check('set offset', () => u.set([1], 4));
check('set negative offset', () => u.set([1], -1));
check('set typed too long', () => u.set(new Uint8Array(3), 2));
check('set exact', () => u.set([1, 2], 2));

// wrong receivers for prototype methods and getters
const TAProto = Object.getPrototypeOf(Int8Array.prototype);
check('map on array', () => TAProto.map.call([1, 2], x => x));
check('fill on object', () => Uint8Array.prototype.fill.call({ length: 2 }, 0));
check('length getter on array', () => Object.getOwnPropertyDescriptor(TAProto, 'length').get.call([]));
check('byteLength on DataView', () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(new DataView(buf)));
check('getUint8 on buffer', () => DataView.prototype.getUint8.call(buf, 0));
check('slice on typed array', () => ArrayBuffer.prototype.slice.call(u, 0));
check('toStringTag getter on object', () => Object.getOwnPropertyDescriptor(TAProto, Symbol.toStringTag).get.call({}));

// callbacks that are not callable
check('map(undefined)', () => u.map());
check('forEach(1)', () => u.forEach(1));
check('sort("x")', () => u.sort('x'));
check('reduce empty no init', () => new Uint8Array(0).reduce((a, b) => a + b));
check('reduceRight empty no init', () => new Float32Array(0).reduceRight((a, b) => a + b));
check('from(non-callable)', () => Uint8Array.from([1], 5));
check('of on non-constructor', () => Uint8Array.of.call({}, 1));

// DataView construction
check('DataView(non-buffer)', () => new DataView({}));
check('DataView(typed array)', () => new DataView(new Uint8Array(2)));
check('DataView(buf, 9)', () => new DataView(buf, 9));
check('DataView(buf, 4, 5)', () => new DataView(buf, 4, 5));
check('getInt16 oob', () => new DataView(buf).getInt16(7));
check('setFloat64 oob', () => new DataView(buf).setFloat64(1, 0));

// conversions that throw
check('Symbol into typed array', () => { u[0] = Symbol('s'); });
check('Symbol length', () => new Uint8Array(Symbol('s')));
check('valueOf throws', () => { u[0] = { valueOf() { throw new SyntaxError('custom'); } }; });
check('iterator throws', () => new Uint8Array({ [Symbol.iterator]() { throw new EvalError('it'); } }));

// strict mode writes out of bounds are silently ignored (no error)
check('strict oob write', () => { 'use strict'; u[10] = 1; return u[10]; });
check('strict delete index', () => { 'use strict'; delete u[0]; });
check('defineProperty non-writable', () => Object.defineProperty(u, 0, { value: 1, writable: false }));
check('defineProperty oob', () => Object.defineProperty(u, 10, { value: 1 }));
check('freeze non-empty', () => Object.freeze(new Uint8Array(1)));
check('freeze empty', () => Object.freeze(new Uint8Array(0)));
