// How proxies interact with builtins and language features: every trap call
// is recorded (trap name and key) and forwarded through Reflect, so the
// exact order of internal method calls made by each builtin is checked.
const K = k => (typeof k === 'symbol' ? k.toString() : String(k));
const show = v => typeof v === 'symbol' ? v.toString()
  : typeof v === 'function' ? 'fn'
  : v === null ? 'null'
  : typeof v === 'object' ? (Array.isArray(v) ? '[' + v.map(show).join(',') + ']' : 'obj')
  : typeof v === 'string' ? JSON.stringify(v) : String(v);
const descStr = d => '{' + Object.keys(d).map(k => k + ':' + show(d[k])).join(',') + '}';

let log = [];
function rec(only) {
  const h = {
    get(t, k, r) { log.push('get ' + K(k)); return Reflect.get(t, k, r); },
    set(t, k, v, r) { log.push('set ' + K(k) + '=' + show(v)); return Reflect.set(t, k, v, r); },
    has(t, k) { log.push('has ' + K(k)); return Reflect.has(t, k); },
    deleteProperty(t, k) { log.push('delete ' + K(k)); return Reflect.deleteProperty(t, k); },
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + K(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
    defineProperty(t, k, d) { log.push('define ' + K(k) + descStr(d)); return Reflect.defineProperty(t, k, d); },
    getPrototypeOf(t) { log.push('getPrototypeOf'); return Reflect.getPrototypeOf(t); },
    setPrototypeOf(t, p) { log.push('setPrototypeOf'); return Reflect.setPrototypeOf(t, p); },
    isExtensible(t) { log.push('isExtensible'); return Reflect.isExtensible(t); },
    preventExtensions(t) { log.push('preventExtensions'); return Reflect.preventExtensions(t); },
    apply(t, th, args) { log.push('apply ' + args.length); return Reflect.apply(t, th, args); },
    construct(t, args, nt) { log.push('construct ' + args.length); return Reflect.construct(t, args, nt); },
  };
  if (only) for (const k of Object.keys(h)) if (!only.includes(k)) delete h[k];
  return h;
}
const P = (target, only) => new Proxy(target, rec(only));
const step = (label, f) => {
  log = [];
  let r;
  try { r = show(f()); } catch (e) { r = 'threw ' + e.constructor.name; }
  console.log(label + ' => ' + r);
  console.log('  ' + (log.length ? log.join(' | ') : '(no traps)'));
};

console.log('--- Array.prototype methods on a proxy of an array');
let arr = [1, 2, 3];
let pa = P(arr);
step('map', () => pa.map(x => x * 2));
step('filter', () => pa.filter(x => x !== 2));
step('forEach', () => { let s = 0; pa.forEach(x => { s += x; }); return s; });
step('push', () => pa.push(4));
step('pop', () => pa.pop());
step('splice', () => pa.splice(1, 1, 'x', 'y'));
step('after splice', () => arr);
arr = [1, 2, 3]; pa = P(arr);
step('splice remove', () => pa.splice(0, 2));
arr = [1, 2, 3, 2]; pa = P(arr);
step('indexOf', () => pa.indexOf(2));
step('lastIndexOf', () => pa.lastIndexOf(3));
step('includes', () => pa.includes(3));
step('join', () => pa.join('-'));
step('reverse', () => pa.reverse() === pa && arr);
arr = [3, 1, 2]; pa = P(arr);
step('sort', () => { pa.sort(); return arr; });
arr = [1, , 3]; pa = P(arr);
step('sort with hole', () => { pa.sort((a, b) => b - a); return [arr.length, 1 in arr, 2 in arr, arr[0], arr[1]]; });
arr = [1, 2]; pa = P(arr);
step('concat', () => [0].concat(pa, 9));
step('concat isArray', () => Array.isArray(pa) && Array.isArray(P([])) && !Array.isArray(P({})));
step('slice', () => pa.slice(1));
step('Array.from', () => Array.from(pa));
step('spread', () => [...pa]);
step('destructure', () => { const [a] = pa; return a; });
step('length', () => pa.length);
step('set length', () => { pa.length = 1; return arr; });
step('index write', () => { pa[3] = 'z'; return arr.length; });

step('shift', () => { arr = [1, 2, 3]; pa = P(arr); return pa.shift(); });
step('unshift', () => pa.unshift(0));
step('fill', () => { arr = [1, 2, 3, 4]; pa = P(arr); pa.fill(0, 1, 3); return arr; });
step('copyWithin', () => { arr = [1, 2, 3, 4]; pa = P(arr); pa.copyWithin(0, 2); return arr; });
step('at', () => pa.at(-1));
step('find', () => pa.find(x => x > 3));
step('findLastIndex', () => pa.findLastIndex(x => x === 3));
step('some', () => pa.some(x => x === 3));
step('every', () => pa.every(x => x < 4));
step('reduce', () => pa.reduce((a, b) => a + b));
step('reduceRight', () => pa.reduceRight((a, b) => a + ':' + b));
step('flat', () => P([1, [2, 3]]).flat());
step('flatMap', () => P([1, [2]]).flatMap(x => x));
step('keys iterator', () => [...P(['a', 'b']).keys()]);
step('Array.prototype.toString', () => String(P(['a', 'b'])));
step('apply with array-like proxy', () => Math.max.apply(null, P([1, 5, 2])));
step('Reflect.apply with proxy args', () => Reflect.apply(Math.min, null, P([4, 3])));
step('spread call', () => Math.max(...P([1, 5])));
step('typed array from proxy', () => Array.from(new Uint8Array(P([1, 2]))));
step('split separator proxy', () => 'a,b'.split(P({ toString: () => ',' })));

console.log('--- JSON');
step('stringify object', () => JSON.stringify(P({ a: 1, b: [2], c: undefined })));
step('stringify array', () => JSON.stringify(P([1, 'two', null])));
step('stringify nested', () => JSON.stringify({ outer: P({ x: 1 }) }));
step('stringify replacer array', () => JSON.stringify(P({ a: 1, b: 2, c: 3 }), ['c', 'a']));
step('stringify replacer fn', () => JSON.stringify(P({ a: 1, b: 2 }), (k, v) => (k === 'b' ? undefined : v)));
step('stringify indent', () => JSON.stringify(P([P({ k: 1 })]), null, 1));
step('stringify toJSON', () => JSON.stringify(P({ toJSON() { return 'custom'; } })));
step('stringify replacer is proxy array', () => JSON.stringify({ a: 1, b: 2 }, P(['b'])));
step('stringify replacer is proxy fn', () => JSON.stringify({ a: 1 }, P((k, v) => v)));
step('stringify space is proxy', () => JSON.stringify([1], null, P(new Number(2))));
step('parse reviver is proxy fn', () => JSON.parse('[1]', P((k, v) => v)));
const revived = [];
step('parse reviver', () => {
  const r = JSON.parse('{"a":{"b":1},"c":[1,2]}', (k, v) => {
    revived.push(k);
    return v && typeof v === 'object' ? P(v) : v;
  });
  return revived.join(',');
});
step('parse reviver result', () => {
  const r = JSON.parse('{"a":{"b":1}}', (k, v) => (v && typeof v === 'object' ? P(v) : v));
  return r.a.b;
});

console.log('--- Object statics');
step('assign from proxy', () => Object.assign({}, P({ a: 1, b: 2, [Symbol('s')]: 3 })).b);
step('assign to proxy', () => { const t = {}; Object.assign(P(t), { a: 1, b: 2 }); return t.a + t.b; });
step('assign to proxy existing', () => { const t = { a: 0 }; Object.assign(P(t), { a: 5 }); return t.a; });
step('object spread', () => { const o = { ...P({ a: 1, b: 2 }) }; return o.a + o.b; });
step('spread skips non-enumerable', () => {
  const t = { a: 1 };
  Object.defineProperty(t, 'hidden', { value: 2, enumerable: false });
  return Object.keys({ ...P(t) });
});
step('rest destructuring', () => { const { a, ...rest } = P({ a: 1, b: 2, c: 3 }); return Object.keys(rest); });
step('Object.keys', () => Object.keys(P({ a: 1, b: 2 })));
step('Object.values', () => Object.values(P({ a: 1, b: 2 })));
step('Object.entries', () => Object.entries(P({ a: 1 })));
step('Object.fromEntries', () => JSON.stringify(Object.fromEntries(P([['a', 1], ['b', 2]]))));
step('getOwnPropertyNames', () => Object.getOwnPropertyNames(P({ a: 1, [Symbol('s')]: 2 })));
step('getOwnPropertySymbols', () => Object.getOwnPropertySymbols(P({ a: 1, [Symbol('s')]: 2 })));
step('hasOwn', () => Object.hasOwn(P({ a: 1 }), 'a'));
step('propertyIsEnumerable', () => Object.prototype.propertyIsEnumerable.call(P({ a: 1 }), 'a'));
step('getOwnPropertyDescriptors', () => JSON.stringify(Object.getOwnPropertyDescriptors(P({ a: 1, get b() { return 2; } }))));
let ft = { a: 1, get g() { return 1; } };
step('freeze', () => { Object.freeze(P(ft)); return Object.isFrozen(ft); });
step('isFrozen frozen', () => Object.isFrozen(P(ft)));
step('isFrozen extensible', () => Object.isFrozen(P({ a: 1 })));
step('isFrozen non-extensible', () => Object.isFrozen(P(Object.preventExtensions({ a: 1 }))));
let st = { a: 1, b: 2 };
step('seal', () => { Object.seal(P(st)); return Object.isSealed(st); });
step('isSealed sealed', () => Object.isSealed(P(st)));
step('isSealed extensible', () => Object.isSealed(P({})));
step('preventExtensions', () => Object.isExtensible(Object.preventExtensions(P({}))));
step('descriptor is a proxy', () => { const o = {}; Object.defineProperty(o, 'x', P({ value: 1, enumerable: true })); return JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x')); });
step('accessor descriptor is a proxy', () => { const o = {}; Object.defineProperty(o, 'y', P({ get() { return 7; } })); return o.y; });
step('defineProperties', () => { const t = {}; Object.defineProperties(P(t), { x: { value: 1 }, y: { get() { return 2; }, enumerable: true } }); return t.x + t.y; });
step('Object.create props', () => Object.keys(Object.create(null, P({ a: { value: 1, enumerable: true } }))));
step('setPrototypeOf', () => Object.getPrototypeOf(Object.setPrototypeOf(P({}), Array.prototype)) === Array.prototype);
step('__proto__ get', () => P({}).__proto__ === Object.prototype);
step('isPrototypeOf', () => Object.prototype.isPrototypeOf.call(Array.prototype, P([])));

console.log('--- Object.prototype.toString and typeof');
step('toString proxy of array', () => Object.prototype.toString.call(P([])));
step('toString proxy of function', () => Object.prototype.toString.call(P(function () {})));
step('toString proxy of object', () => Object.prototype.toString.call(P({})));
step('toString proxy of date', () => Object.prototype.toString.call(P(new Date(0))));
step('toString proxy with tag', () => Object.prototype.toString.call(P({ [Symbol.toStringTag]: 'Tagged' })));
step('string concat', () => '' + P({ toString() { return 'ts'; } }));
step('template', () => `${P({ toString() { return 'tpl'; } })}`);
step('valueOf arithmetic', () => P({ valueOf() { return 41; } }) + 1);
step('typeof', () => [typeof P({}), typeof P([]), typeof P(function () {}), typeof P(() => 1), typeof P(class {})].join());
step('equality', () => { const p = P({}); return [p == p, p === p, p == P({}), p != null].join(); });

console.log('--- for-in');
step('for-in', () => { const out = []; for (const k in P({ a: 1, b: 2 }, ['ownKeys', 'getOwnPropertyDescriptor'])) out.push(k); return out; });
step('for-in non-enumerable', () => {
  const t = { a: 1 };
  Object.defineProperty(t, 'h', { value: 1 });
  const out = [];
  for (const k in P(t, ['ownKeys', 'getOwnPropertyDescriptor'])) out.push(k);
  return out;
});
step('for-in over array proxy', () => { const out = []; for (const k in P(['x', 'y'], ['ownKeys', 'getOwnPropertyDescriptor'])) out.push(k); return out; });
step('for-of array proxy', () => { const out = []; for (const v of P(['x', 'y'], ['get'])) out.push(v); return out; });

console.log('--- with statement');
step('with read', () => { const p = P({ wx: 1 }, ['has', 'get']); with (p) { return wx; } });
step('with outer name', () => { const outer = 'o'; with (P({}, ['has', 'get'])) { return outer; } });
step('with write', () => { const t = { wy: 1 }; with (P(t, ['has', 'get', 'set'])) { wy = 2; } return t.wy; });
step('with typeof', () => { with (P({ f: 1 }, ['has', 'get'])) { return typeof f + typeof nope; } });
step('with call', () => {
  const t = { m() { return this === t ? 'target' : this === pw ? 'proxy' : 'other'; } };
  const pw = P(t, ['has', 'get']);
  with (pw) { return m(); }
});
step('with unscopables', () => {
  const t = { u: 'inner', [Symbol.unscopables]: { u: true } };
  const u = 'outer';
  with (P(t, ['has', 'get'])) { return u; }
});

console.log('--- instanceof, classes, prototypes');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' speaks'; };
const protoProxy = P(Object.create(Animal.prototype), ['getPrototypeOf']);
step('instanceof proxy on chain', () => { const o = Object.create(protoProxy); return o instanceof Animal; });
step('instanceof miss through proxy', () => { const o = Object.create(P({}, ['getPrototypeOf'])); return o instanceof Animal; });
step('instanceof proxy constructor', () => new Animal('a') instanceof P(Animal, ['get']));
step('instanceof proxy instance', () => P(new Animal('a'), ['getPrototypeOf']) instanceof Animal);
step('Symbol.hasInstance via trap', () => 1 instanceof new Proxy(function () {}, {
  get(t, k, r) { log.push('get ' + K(k)); return k === Symbol.hasInstance ? () => true : Reflect.get(t, k, r); },
}));
const PAnimal = P(Animal, ['get', 'construct', 'apply']);
let Dog;
step('class extends proxy', () => { Dog = class extends PAnimal { speak() { return super.speak() + ' woof'; } }; return typeof Dog; });
step('new subclass', () => new Dog('rex').speak());
step('subclass instanceof', () => [new Dog('d') instanceof Dog, new Dog('d') instanceof Animal].join());
step('new proxy ctor', () => new PAnimal('cat').speak());
step('call proxy ctor', () => { const o = {}; PAnimal.call(o, 'x'); return o.name; });
Animal.create = function (n) { return this === Dog ? 'called on Dog ' + n : 'other'; };
step('inherited static', () => Dog.create('s'));
class Base { constructor(v) { this.v = v; } get twice() { return this.v * 2; } }
const PBase = P(Base, ['construct']);
class Derived extends PBase { constructor() { super(21); } }
step('super() through construct trap', () => { const d = new Derived(); return [d.twice, d instanceof Derived, d.constructor === Derived].join(); });
step('Reflect.construct newTarget', () => Reflect.construct(PBase, [3], Derived).twice);

class Sup { m() { return 'sup m'; } }
class Sub extends Sup {
  m() { return super.m() + '/sub'; }
  get sx() { return super.x; }
  set sx(v) { super.x = v; }
}
Object.setPrototypeOf(Sub.prototype, P(Sup.prototype, ['get', 'set']));
step('super method through proxy', () => new Sub().m());
step('super get through proxy', () => new Sub().sx);
step('super set through proxy', () => { const s = new Sub(); s.sx = 5; return Object.keys(s).join() + ' ' + ('x' in Sup.prototype); });
class Priv { #secret = 1; static has(o) { return #secret in o; } }
step('private brand check on proxy', () => [Priv.has(new Priv()), Priv.has(P(new Priv()))].join());
class ReturnOverride { constructor(o) { return o; } }
class Stamp extends ReturnOverride { #s = 'stamped'; static read(o) { return o.#s; } static has(o) { return #s in o; } }
step('private field added to proxy', () => { const px = P({}); new Stamp(px); return [Stamp.read(px), Stamp.has(px)].join(); });
step('private field not on target', () => { const t = {}; new Stamp(P(t)); return Stamp.has(t); });
const ptarget = { inherited: 1, get who() { return this === child ? 'child' : this === protoP ? 'proxy' : 'target'; } };
const protoP = P(ptarget);
const child = Object.create(protoP);
step('proto get own', () => { child.own = 1; return child.own; });
step('proto get inherited', () => child.inherited);
step('proto get missing', () => child.missing);
step('proto getter receiver', () => child.who);
step('proto has', () => ['own' in child, 'inherited' in child, 'nope' in child].join());
step('proto hasOwnProperty', () => child.hasOwnProperty('inherited'));
step('proto set new', () => { child.fresh = 2; return [Object.keys(child).join(), 'fresh' in ptarget].join(' '); });
step('proto set inherited', () => { child.inherited = 5; return [child.inherited, ptarget.inherited].join(); });
step('proto Object.keys', () => Object.keys(child));
step('proto for-in', () => {
  const c = Object.create(P({ a: 1, b: 2 }, ['ownKeys']));
  c.own = 0;
  const out = [];
  for (const k in c) out.push(k);
  return out;
});
step('proto method call', () => { const c2 = Object.create(P({ m() { return this === c2; } }, ['get'])); return c2.m(); });

console.log('--- iteration protocol via get trap');
const iterable = new Proxy({}, {
  get(t, k) {
    log.push('get ' + K(k));
    if (k === Symbol.iterator) return function* () { yield 'i1'; yield 'i2'; };
    return undefined;
  },
});
step('for-of', () => { const out = []; for (const v of iterable) out.push(v); return out; });
step('spread iterable', () => [...iterable]);
step('Array.from iterable', () => Array.from(iterable));
step('new Set', () => new Set(iterable).size);
step('destructure iterable', () => { const [x, y] = iterable; return x + y; });
const iterArr = P(['a', 'b'], ['get']);
step('Array.prototype.entries', () => [...Array.prototype.entries.call(iterArr)].join(';'));
step('Map from proxy pairs', () => new Map(P([['k', 'v']], ['get'])).get('k'));

console.log('--- getters and setters with receivers');
const acc = {
  _x: 1,
  get x() { return this === pacc ? 'proxy-this' : this === acc ? 'target-this' : 'other-this'; },
  set x(v) { log.push('setter this=' + (this === pacc ? 'proxy' : this === acc ? 'target' : 'other')); },
};
const pacc = P(acc);
step('getter through Reflect.get', () => pacc.x);
step('setter through Reflect.set', () => { pacc.x = 1; return 'done'; });
const naive = new Proxy(acc, { get(t, k) { return t[k]; }, set(t, k, v) { t[k] = v; return true; } });
step('getter naive forwarding', () => naive.x);
step('setter naive forwarding', () => { naive.x = 1; return 'done'; });
step('Reflect.get other receiver', () => Reflect.get(pacc, 'x', acc));
step('method this', () => P({ m() { return this; } }).m() !== undefined);
