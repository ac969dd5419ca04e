// Error paths through proxies: throwing traps, revoked proxies in builtins,
// traps returning values of the wrong type, deep proxy chains, unbounded
// recursion through traps, and console.log of proxies.
const show = v => typeof v === 'symbol' ? v.toString()
  : typeof v === 'function' ? 'fn'
  : v === null ? 'null'
  : typeof v === 'object' ? (Array.isArray(v) ? '[' + v.map(show).join(',') + ']' : 'obj')
  : typeof v === 'string' ? JSON.stringify(v) : String(v);
const SENTINEL = { sentinel: true };
const errName = e => e === SENTINEL ? 'SENTINEL'
  : e !== null && typeof e === 'object' && e.constructor ? e.constructor.name + (e instanceof TypeError ? '(TypeError)' : '')
  : typeof e + ':' + String(e);
const check = (label, f) => {
  try { console.log(label, 'ok', show(f())); } catch (e) { console.log(label, 'threw', errName(e)); }
};
const thrower = () => { throw SENTINEL; };

console.log('--- a throwing trap propagates its exception unchanged');
const trapOps = {
  get: p => p.x,
  set: p => { p.x = 1; },
  has: p => 'x' in p,
  deleteProperty: p => delete p.x,
  ownKeys: p => Object.keys(p),
  getOwnPropertyDescriptor: p => Object.getOwnPropertyDescriptor(p, 'x'),
  defineProperty: p => Object.defineProperty(p, 'x', { value: 1 }),
  getPrototypeOf: p => Object.getPrototypeOf(p),
  setPrototypeOf: p => Object.setPrototypeOf(p, null),
  isExtensible: p => Object.isExtensible(p),
  preventExtensions: p => Object.preventExtensions(p),
  apply: p => p(),
  construct: p => new p(),
};
for (const [trap, op] of Object.entries(trapOps)) {
  check(trap, () => op(new Proxy(function () {}, { [trap]: thrower })));
}
for (const value of [42, 'str', undefined, null, Symbol.iterator]) {
  check('throws ' + show(value), () => new Proxy({}, { get() { throw value; } }).x);
}
check('throws Error subclass', () => {
  class MyErr extends Error {}
  try { return 'x' in new Proxy({}, { has() { throw new MyErr('m'); } }); }
  catch (e) { return e instanceof MyErr && e.message === 'm'; }
});
check('handler getter throws', () => new Proxy({}, { get get() { throw SENTINEL; } }).x);
check('handler is a throwing proxy', () => new Proxy({}, new Proxy({}, { get: thrower })).x);
check('trap not callable', () => new Proxy({}, { get: 'nope' }).x);

console.log('--- finally blocks run while trap exceptions propagate');
const order = [];
function withFinally(p) {
  try {
    order.push('try');
    try { return p.x; } finally { order.push('inner finally'); }
  } finally {
    order.push('outer finally');
  }
}
check('nested finally', () => withFinally(new Proxy({}, { get: thrower })));
console.log(order.join(' > '));
order.length = 0;
function* gen(p) { try { yield 1; yield p.x; } finally { order.push('generator finally'); } }
check('generator finally', () => { const g = gen(new Proxy({}, { get: thrower })); g.next(); return g.next(); });
check('finally overrides', () => { try { return new Proxy({}, { get: thrower }).x; } finally { return 'from finally'; } });
check('catch then rethrow', () => {
  try { return Object.keys(new Proxy({}, { ownKeys: thrower })); }
  catch (e) { order.push('caught'); throw e; }
  finally { order.push('finally after catch'); }
});
check('for-of closes iterator', () => {
  const it = { i: 0, next() { return { value: this.i++, done: false }; }, return() { order.push('return called'); return {}; } };
  for (const v of { [Symbol.iterator]: () => it }) if (v === 1) new Proxy({}, { get: thrower }).x;
});
console.log(order.join(' > '));

console.log('--- throwing traps inside builtins stop them part way');
let calls = 0;
const throwAt = (target, trap, key) => new Proxy(target, {
  [trap](t, k, ...rest) { if (String(k) === key) throw SENTINEL; return Reflect[trap](t, k, ...rest); },
});
check('map stops', () => { calls = 0; return throwAt([1, 2, 3], 'get', '1').map(x => { calls++; return x; }); });
console.log('map callbacks', calls);
let tgt = {};
check('assign from throwing source', () => Object.assign(tgt, throwAt({ a: 1, b: 2, c: 3 }, 'get', 'b')));
console.log('assigned', Object.keys(tgt));
tgt = {};
check('assign to throwing target', () => Object.assign(throwAt(tgt, 'set', 'b'), { a: 1, b: 2, c: 3 }));
console.log('assigned', Object.keys(tgt));
check('spread throwing gopd', () => ({ ...throwAt({ a: 1, b: 2 }, 'getOwnPropertyDescriptor', 'b') }));
check('JSON.stringify throwing ownKeys', () => JSON.stringify({ x: new Proxy({}, { ownKeys: thrower }) }));
check('JSON.stringify throwing toJSON get', () => JSON.stringify([1, throwAt({}, 'get', 'toJSON')]));
check('for-in throwing ownKeys', () => { for (const k in new Proxy({ a: 1 }, { ownKeys: thrower })) order.push('body ran'); });
let sortArr = [3, 1, 2];
check('sort throwing set', () => throwAt(sortArr, 'set', '1').sort());
console.log('partially sorted', sortArr.join());
const frozenT = { a: 1, b: 2 };
check('freeze throwing define', () => Object.freeze(throwAt(frozenT, 'defineProperty', 'b')));
console.log('freeze state', Object.isExtensible(frozenT), Object.getOwnPropertyDescriptor(frozenT, 'a').writable, Object.getOwnPropertyDescriptor(frozenT, 'b').writable);
check('for-of throwing iterator get', () => { for (const v of throwAt([], 'get', 'Symbol(Symbol.iterator)')) ; });
check('instanceof throwing getPrototypeOf', () => Object.create(new Proxy({}, { getPrototypeOf: thrower })) instanceof Array);
check('with throwing has', () => { with (new Proxy({}, { has: thrower })) { return typeof anything; } });
check('extends throwing get prototype', () => class extends throwAt(function () {}, 'get', 'prototype') {});
check('toString throwing toStringTag', () => Object.prototype.toString.call(throwAt({}, 'get', 'Symbol(Symbol.toStringTag)')));
check('String() throwing toPrimitive', () => String(throwAt({}, 'get', 'Symbol(Symbol.toPrimitive)')));
check('isFrozen throwing gopd', () => Object.isFrozen(throwAt(Object.preventExtensions({ a: 1 }), 'getOwnPropertyDescriptor', 'a')));
check('Array.from throwing length', () => Array.from(throwAt([1], 'get', 'length')));
check('concat throwing spreadable', () => [].concat(throwAt([1], 'get', 'Symbol(Symbol.isConcatSpreadable)')));
check('includes throwing get', () => throwAt([1, 2], 'get', '0').includes(2));
check('sort throwing has', () => throwAt([2, 1], 'has', '1').sort());

console.log('--- builtins that need internal slots reject proxies');
check('Date getTime', () => Date.prototype.getTime.call(new Proxy(new Date(0), {})));
check('Map get', () => Map.prototype.get.call(new Proxy(new Map(), {}), 1));
check('Map size', () => new Proxy(new Map(), {}).size);
check('Set has', () => new Proxy(new Set([1]), {}).has(1));
check('RegExp exec', () => RegExp.prototype.exec.call(new Proxy(/a/, {}), 'a'));
check('Number valueOf', () => Number.prototype.valueOf.call(new Proxy(new Number(1), {})));
check('String toString', () => String.prototype.toString.call(new Proxy(new String('s'), {})));
check('Boolean valueOf', () => Boolean.prototype.valueOf.call(new Proxy(new Boolean(true), {})));
check('Symbol description', () => Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.call(new Proxy(Object(Symbol('d')), {})));
check('Promise then', () => Promise.prototype.then.call(new Proxy(Promise.resolve(), {})));
check('generator next', () => { function* g() { yield 1; } return g.prototype.next.call(new Proxy(g(), {})); });
check('private field read', () => { class C { #f = 1; static read(o) { return o.#f; } } return C.read(new Proxy(new C(), {})); });
check('private field write', () => { class C { #f = 1; static write(o) { o.#f = 2; } } return C.write(new Proxy(new C(), {})); });
const privLog = [];
const privHandler = {
  get(t, k, r) { privLog.push('get'); return Reflect.get(t, k, r); },
  set(t, k, v, r) { privLog.push('set'); return Reflect.set(t, k, v, r); },
  has(t, k) { privLog.push('has'); return Reflect.has(t, k); },
};
class PF { #f = 'f'; static read(o) { return o.#f; } static write(o) { o.#f = 2; } static has(o) { return #f in o; } }
const pfTarget = new PF();
check('private read with traps', () => PF.read(new Proxy(pfTarget, privHandler)));
check('private write with traps', () => PF.write(new Proxy(pfTarget, privHandler)));
check('private in with traps', () => PF.has(new Proxy(pfTarget, privHandler)));
console.log('traps seen by private names:', privLog.length, PF.read(pfTarget));
check('private method', () => { class C { #m() { return 1; } static call(o) { return o.#m(); } } return C.call(new Proxy(new C(), {})); });
check('Function toString', () => Function.prototype.toString.call(new Proxy(function f() {}, {})));
check('Function toString class', () => Function.prototype.toString.call(new Proxy(class A {}, {})));
check('Function toString revoked', () => { const r = Proxy.revocable(function f() {}, {}); r.revoke(); return Function.prototype.toString.call(r.proxy); });
check('Function toString object', () => Function.prototype.toString.call(new Proxy({}, {})));

console.log('--- revoked proxies in builtins');
const revoked = target => { const r = Proxy.revocable(target, {}); r.revoke(); return r.proxy; };
const rObj = revoked({ a: 1 });
const rArr = revoked([1, 2]);
const rFn = revoked(function named() {});
const revokedOps = {
  'map': () => Array.prototype.map.call(rArr, x => x),
  'push': () => Array.prototype.push.call(rArr, 1),
  'pop': () => Array.prototype.pop.call(rArr),
  'splice': () => Array.prototype.splice.call(rArr, 0, 1),
  'indexOf': () => Array.prototype.indexOf.call(rArr, 1),
  'includes': () => Array.prototype.includes.call(rArr, 1),
  'join': () => Array.prototype.join.call(rArr),
  'reverse': () => Array.prototype.reverse.call(rArr),
  'sort': () => Array.prototype.sort.call(rArr),
  'concat receiver': () => Array.prototype.concat.call(rArr, 1),
  'concat argument': () => [].concat(rArr),
  'Array.isArray': () => Array.isArray(rArr),
  'Array.from': () => Array.from(rArr),
  'spread array': () => [...rArr],
  'spread call': () => Math.max(...rArr),
  'JSON.stringify object': () => JSON.stringify(rObj),
  'JSON.stringify nested': () => JSON.stringify({ a: [rObj] }),
  'JSON.stringify array': () => JSON.stringify(rArr),
  'JSON.stringify replacer': () => JSON.stringify({ a: 1 }, rArr),
  'JSON.parse reviver': () => JSON.parse('{"a":1}', rFn),
  'assign from': () => Object.assign({}, rObj),
  'assign to': () => Object.assign(rObj, { a: 1 }),
  'assign to, no sources': () => Object.assign(rObj) === rObj,
  'assign to, empty source': () => Object.assign(rObj, {}) === rObj,
  'object spread': () => ({ ...rObj }),
  'rest destructuring': () => { const { ...rest } = rObj; return rest; },
  'destructuring': () => { const { a } = rObj; return a; },
  'Object.keys': () => Object.keys(rObj),
  'Object.values': () => Object.values(rObj),
  'Object.entries': () => Object.entries(rObj),
  'Object.fromEntries': () => Object.fromEntries(rArr),
  'freeze': () => Object.freeze(rObj),
  'seal': () => Object.seal(rObj),
  'isFrozen': () => Object.isFrozen(rObj),
  'isSealed': () => Object.isSealed(rObj),
  'getOwnPropertyDescriptors': () => Object.getOwnPropertyDescriptors(rObj),
  'hasOwn': () => Object.hasOwn(rObj, 'a'),
  'toString object': () => Object.prototype.toString.call(rObj),
  'toString array': () => Object.prototype.toString.call(rArr),
  'toString function': () => Object.prototype.toString.call(rFn),
  'String()': () => String(rObj),
  'template': () => `${rObj}`,
  'addition': () => rObj + 1,
  'for-in': () => { for (const k in rObj) return k; },
  'for-of': () => { for (const v of rArr) return v; },
  'with': () => { with (rObj) { return typeof a; } },
  'instanceof chain': () => Object.create(rObj) instanceof Object,
  'instanceof rhs': () => ({}) instanceof rFn,
  'class extends': () => class extends rFn {},
  'Object.create': () => typeof Object.create(rObj),
  'Object.create get': () => Object.create(rObj).a,
  'Object.create set': () => { Object.create(rObj).a = 1; },
  'Object.create own': () => { const c = Object.create(rObj); Object.defineProperty(c, 'own', { value: 1 }); return c.own; },
  'call': () => rFn(),
  'construct': () => new rFn(),
  'Function.prototype.call': () => Function.prototype.call.call(rFn, null),
  'bind': () => rFn.bind(null),
  'Function.prototype.bind.call': () => typeof Function.prototype.bind.call(rFn, null),
  'typeof': () => [typeof rObj, typeof rArr, typeof rFn].join(),
  'identity': () => [rObj === rObj, rObj == rObj, rObj !== rArr, Object(rObj) === rObj, !rObj].join(),
  'Set/WeakMap keys': () => [new Set([rObj, rObj]).size, new WeakMap([[rObj, 1]]).get(rObj), new WeakSet([rFn]).has(rFn)].join(),
  'Map lookup': () => new Map([[rArr, 'v']]).get(rArr),
  'indexOf element': () => [rObj].indexOf(rObj),
  'array holding': () => [rObj, rArr].length,
  'Promise.resolve': () => { Promise.resolve(rObj).catch(e => console.log('Promise.resolve rejected', errName(e))); return 'no sync error'; },
  'Reflect.apply': () => Reflect.apply(rFn, null, []),
  'structured via Array.of': () => Array.of(rObj).length,
};
for (const [name, op] of Object.entries(revokedOps)) check(name, op);

console.log('--- traps returning wrong types');
const lengthIs = len => new Proxy(['a', 'b', 'c'], { get: (t, k, r) => (k === 'length' ? len : Reflect.get(t, k, r)) });
check('length "abc"', () => Array.prototype.map.call(lengthIs('abc'), x => x));
check('length -5', () => Array.prototype.join.call(lengthIs(-5)));
check('length 2.7', () => Array.prototype.join.call(lengthIs(2.7)));
check('length "2"', () => Array.prototype.slice.call(lengthIs('2')));
check('length object', () => Array.prototype.join.call(lengthIs({ valueOf: () => 1 })));
check('length 5 over 3 elements', () => Array.prototype.join.call(lengthIs(5)));
check('length Symbol', () => Array.prototype.join.call(lengthIs(Symbol('s'))));
check('length throwing valueOf', () => Array.prototype.join.call(lengthIs({ valueOf: thrower })));
check('length too large for push', () => Array.prototype.push.call(lengthIs(2 ** 53 - 1), 1));
check('length Infinity indexOf', () => Array.prototype.indexOf.call(lengthIs(Infinity), 'b'));
check('spread with length "x"', () => [...lengthIs('x')]);
check('Array.from length null', () => Array.from({ length: 2, __proto__: lengthIs(null) }));
check('ownKeys string', () => Object.keys(new Proxy({}, { ownKeys: () => 'ab' })));
check('ownKeys [1]', () => Object.keys(new Proxy({}, { ownKeys: () => [1] })));
check('ownKeys null', () => JSON.stringify(new Proxy({}, { ownKeys: () => null })));
check('ownKeys [{}]', () => ({ ...new Proxy({}, { ownKeys: () => [{}] }) }));
check('ownKeys undefined for-in', () => { for (const k in new Proxy({}, { ownKeys: () => undefined })) return k; });
check('ownKeys array-like', () => Object.getOwnPropertyNames(new Proxy({}, { ownKeys: () => ({ length: 2, 0: 'p', 1: 'q' }) })));
check('ownKeys proxy of array', () => Object.getOwnPropertyNames(new Proxy({}, { ownKeys: () => new Proxy(['m', 'n'], {}) })));
check('ownKeys dup in assign', () => Object.assign({}, new Proxy({}, { ownKeys: () => ['a', 'a'] })));
check('gopd number in assign', () => Object.assign({}, new Proxy({ a: 1 }, { getOwnPropertyDescriptor: () => 5 })));
check('gopd string in keys', () => Object.keys(new Proxy({ a: 1 }, { getOwnPropertyDescriptor: () => 'x' })));
check('gopd null in descriptors', () => Object.getOwnPropertyDescriptors(new Proxy({ a: 1 }, { getOwnPropertyDescriptor: () => null })));
check('gopd accessor+value', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ get() {}, value: 1, configurable: true }) }), 'z'));
check('gopd getter not callable', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ get: 5, configurable: true }) }), 'z'));
check('gopd undefined for missing', () => Object.keys(new Proxy({}, { ownKeys: () => ['ghost'], getOwnPropertyDescriptor: () => undefined })));
check('getPrototypeOf 42 instanceof', () => Object.create(new Proxy({}, { getPrototypeOf: () => 42 })) instanceof Array);
check('getPrototypeOf undefined', () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => undefined })));
check('getPrototypeOf null', () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => null })));
check('getPrototypeOf string isPrototypeOf', () => Array.prototype.isPrototypeOf(new Proxy({}, { getPrototypeOf: () => 'str' })));
check('getPrototypeOf via __proto__', () => new Proxy({}, { getPrototypeOf: () => 1 }).__proto__);
check('has returns "" in with', () => { const a = 'outer'; with (new Proxy({ a: 'inner' }, { has: () => '' })) { return a; } });
check('has returns object', () => 'zz' in new Proxy({}, { has: () => ({}) }));
check('construct returns null', () => new (new Proxy(function () {}, { construct: () => null }))());
check('construct returns 1 via super', () => { class D extends new Proxy(class {}, { construct: () => 1 }) {} return new D(); });
check('construct returns function', () => typeof new (new Proxy(function () {}, { construct: () => function () {} }))());
check('apply returns undefined', () => new Proxy(function () { return 1; }, { apply() {} })());
check('toStringTag 42', () => Object.prototype.toString.call(new Proxy({}, { get: (t, k) => (k === Symbol.toStringTag ? 42 : undefined) })));
check('toStringTag on array proxy', () => Object.prototype.toString.call(new Proxy([], { get: (t, k) => (k === Symbol.toStringTag ? 'Custom' : undefined) })));
check('toJSON 5 ignored', () => JSON.stringify(new Proxy({ a: 1 }, { get: (t, k) => (k === 'toJSON' ? 5 : t[k]) })));
check('toJSON via trap', () => JSON.stringify(new Proxy({}, { get: (t, k) => (k === 'toJSON' ? () => 'J' : undefined) })));
check('toPrimitive 5', () => String(new Proxy({}, { get: (t, k) => (k === Symbol.toPrimitive ? 5 : undefined) })));
check('toPrimitive returns object', () => `${new Proxy({}, { get: (t, k) => (k === Symbol.toPrimitive ? () => ({}) : undefined) })}`);
check('no toString or valueOf', () => '' + new Proxy({}, { get: () => undefined }));
check('iterator 42', () => [...new Proxy({}, { get: () => 42 })]);
check('iterator returns primitive', () => { for (const x of new Proxy({}, { get: () => () => 1 })) return x; });
check('iterator next not callable', () => { for (const x of new Proxy({}, { get: () => () => ({ next: 1 }) })) return x; });
check('hasInstance not callable', () => ({}) instanceof new Proxy(function () {}, { get: (t, k) => (k === Symbol.hasInstance ? 1 : undefined) }));
check('prototype not object', () => ({}) instanceof new Proxy(function () {}, { get: (t, k) => (k === 'prototype' ? 1 : undefined) }));
check('extends prototype not object', () => class extends new Proxy(function () {}, { get: (t, k) => (k === 'prototype' ? 1 : undefined) }) {});
check('extends prototype null', () => { class C extends new Proxy(function () {}, { get: (t, k) => (k === 'prototype' ? null : undefined) }) {} return Object.getPrototypeOf(C.prototype); });
check('set false in push', () => Array.prototype.push.call(new Proxy([], { set: () => false }), 1));
check('set false in assign', () => Object.assign(new Proxy({}, { set: () => false }), { a: 1 }));
check('set false sloppy assignment', () => { const p = new Proxy({}, { set: () => false }); p.a = 1; return p.a; });
check('set false in with', () => { const t = { w: 1 }; with (new Proxy(t, { set: () => false })) { w = 2; } return t.w; });
check('delete false in pop', () => Array.prototype.pop.call(new Proxy([1], { deleteProperty: () => false })));
check('delete false in splice', () => Array.prototype.splice.call(new Proxy([1, 2], { deleteProperty: () => false }), 0, 1));
check('define false in freeze', () => Object.freeze(new Proxy({ a: 1 }, { defineProperty: () => false })));
check('define false in defineProperties', () => Object.defineProperties(new Proxy({}, { defineProperty: () => false }), { a: { value: 1 } }));
check('preventExtensions false in freeze', () => Object.freeze(new Proxy({}, { preventExtensions: () => false })));
check('preventExtensions false in seal', () => Object.seal(new Proxy({}, { preventExtensions: () => false })));
check('isExtensible lie in isFrozen', () => Object.isFrozen(new Proxy({}, { isExtensible: () => false })));
check('isExtensible lie in isSealed', () => Object.isSealed(new Proxy(Object.preventExtensions({}), { isExtensible: () => true })));

console.log('--- deep proxy chains');
const base = { v: 1 };
let deep = base;
for (let i = 0; i < 50; i++) deep = new Proxy(deep, {});
check('deep get', () => deep.v);
check('deep set', () => { deep.w = 2; return base.w; });
check('deep has', () => ['w' in deep, 'nope' in deep].join());
check('deep delete', () => [delete deep.w, 'w' in base].join());
check('deep keys', () => Object.keys(deep));
check('deep JSON', () => JSON.stringify(deep));
check('deep spread', () => JSON.stringify({ ...deep }));
check('deep proto', () => Object.getPrototypeOf(deep) === Object.prototype);
check('deep defineProperty', () => { Object.defineProperty(deep, 'd', { value: 4, enumerable: true }); return base.d; });
check('deep freeze', () => { Object.freeze(deep); return [Object.isFrozen(base), Object.isFrozen(deep)].join(); });
let deepArr = [3, 1, 2];
for (let i = 0; i < 50; i++) deepArr = new Proxy(deepArr, {});
check('deep isArray', () => Array.isArray(deepArr));
check('deep array methods', () => [deepArr.map(x => x * 10).join(), deepArr.length, [...deepArr].join(), deepArr.slice().sort().join()].join(' '));
check('deep toString', () => Object.prototype.toString.call(deepArr));
let deepFn = function (a, b) { return new.target ? { made: a } : a + b; };
for (let i = 0; i < 50; i++) deepFn = new Proxy(deepFn, {});
check('deep call', () => deepFn(2, 3));
check('deep construct', () => new deepFn(7).made);
check('deep typeof', () => typeof deepFn);
let counted = { v: 'counted' };
let getCount = 0, setCount = 0, hasCount = 0;
for (let i = 0; i < 50; i++) {
  counted = new Proxy(counted, {
    get(t, k, r) { getCount++; return Reflect.get(t, k, r); },
    set(t, k, v, r) { setCount++; return Reflect.set(t, k, v, r); },
    has(t, k) { hasCount++; return Reflect.has(t, k); },
  });
}
check('counted get', () => [counted.v, getCount].join());
check('counted set', () => { counted.s = 1; return setCount; });
check('counted has', () => ['v' in counted, hasCount].join());
const levels = [];
let protoChain = { bottom: 'found' };
for (let i = 0; i < 50; i++) {
  protoChain = Object.create(new Proxy(protoChain, { get(t, k, r) { levels.push(i); return Reflect.get(t, k, r); } }));
}
check('deep prototype chain get', () => [protoChain.bottom, levels.length, levels[0], levels[49]].join());
check('deep prototype chain has', () => 'bottom' in protoChain);
const innerRev = Proxy.revocable({ v: 'inner' }, {});
let overRevoked = innerRev.proxy;
for (let i = 0; i < 50; i++) overRevoked = new Proxy(overRevoked, {});
check('deep over live', () => overRevoked.v);
innerRev.revoke();
check('deep over revoked', () => overRevoked.v);
check('deep over revoked isArray', () => Array.isArray(overRevoked));
check('deep over revoked typeof', () => typeof overRevoked);

console.log('--- unbounded recursion through traps');
const recurse = (label, f) => {
  try { f(); console.log(label, 'returned'); } catch (e) { console.log(label, e instanceof RangeError); }
};
const selfGet = new Proxy({}, { get(t, k, r) { return r[k]; } });
recurse('get reads itself', () => selfGet.x);
let named;
named = new Proxy({}, { get(t, k) { return named[k]; } });
recurse('get reads binding', () => named.anything);
const selfHas = new Proxy({}, { has(t, k) { return k in selfHas; } });
recurse('has', () => 'x' in selfHas);
const selfKeys = new Proxy({}, { ownKeys() { return Object.keys(selfKeys); } });
recurse('ownKeys', () => Object.keys(selfKeys));
const selfProto = new Proxy({}, { getPrototypeOf() { return Object.getPrototypeOf(selfProto); } });
recurse('getPrototypeOf', () => Object.getPrototypeOf(selfProto));
const selfSet = new Proxy({}, { set(t, k, v, r) { r[k] = v; return true; } });
recurse('set', () => { selfSet.x = 1; });
const selfCall = new Proxy(function () {}, { apply(t, th, args) { return selfCall(...args); } });
recurse('apply', () => selfCall(1));
const selfNew = new Proxy(function () {}, { construct(t, args) { return new selfNew(); } });
recurse('construct', () => new selfNew());
const selfPrim = new Proxy({}, { get(t, k) { return k === Symbol.toPrimitive ? () => String(selfPrim) : undefined; } });
recurse('toPrimitive', () => String(selfPrim));
const selfJSON = new Proxy({}, { get(t, k) { return k === 'toJSON' ? () => JSON.stringify(selfJSON) : undefined; } });
recurse('toJSON', () => JSON.stringify(selfJSON));
const mutualA = new Proxy({}, { get(t, k) { return mutualB[k]; } });
const mutualB = new Proxy({}, { get(t, k) { return mutualA[k]; } });
recurse('mutual', () => mutualA.z);
const loopProto = {};
const protoProxy = new Proxy({}, { get(t, k, r) { return r[k]; } });
Object.setPrototypeOf(loopProto, protoProxy);
recurse('inherited lookup through receiver', () => loopProto.missing);
console.log('still running', selfGet === selfGet, new Proxy({ ok: 'yes' }, {}).ok);

console.log('--- console.log of proxies');
const trapLog = [];
const loud = {};
for (const t of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct']) {
  loud[t] = (...args) => { trapLog.push(t); return Reflect[t](...args); };
}
console.log(new Proxy({ a: 1 }, { get() { return 5; } }));
console.log(new Proxy({ a: 1, nested: { b: [1, 2] } }, loud));
console.log(new Proxy([1, 2, 3], loud));
console.log(new Proxy({ get g() { return 1; }, f() {} }, loud));
console.log(new Proxy(function foo() {}, loud));
console.log(new Proxy(() => {}, loud));
console.log(new Proxy(class Bar {}, loud));
console.log(new Proxy(new Map([[1, 'one']]), loud));
console.log(new Proxy(new Set(['s']), loud));
console.log({ inner: new Proxy({ x: 1 }, loud), list: [new Proxy([9], loud)] });
console.log('traps called by console.log:', trapLog.length);
console.log(rObj);
console.log(rArr);
console.log(rFn);
console.log([rObj, { r: rFn }]);
console.log('label', rObj, 1);
console.log(new Proxy(new Proxy({ two: 'levels' }, {}), {}));
console.log(typeof rObj, typeof rFn);
