// Common Proxy usage patterns
// default values
const withDefault = (obj, dflt) => new Proxy(obj, { get: (t, k) => (k in t ? t[k] : dflt) });
const counts = withDefault({}, 0);
for (const w of 'the cat and the hat and the bat'.split(' ')) counts[w] = counts[w] + 1;
console.log(JSON.stringify(counts), counts.missing);

// validation
const person = new Proxy({}, {
  set(t, k, v) {
    if (k === 'age' && (!Number.isInteger(v) || v < 0)) throw new RangeError('bad age');
    t[k] = v;
    return true;
  },
});
person.age = 30;
person.name = 'Ann';
try { person.age = -1; } catch (e) { console.log(e.constructor.name, person.age); }
try { person.age = 'old'; } catch (e) { console.log(e instanceof RangeError); }
console.log(JSON.stringify(person));

// negative array indices
const negArray = arr => new Proxy(arr, {
  get(t, k, r) {
    if (typeof k === 'string' && /^-\d+$/.test(k)) k = String(t.length + Number(k));
    return Reflect.get(t, k, r);
  },
  set(t, k, v, r) {
    if (typeof k === 'string' && /^-\d+$/.test(k)) k = String(t.length + Number(k));
    return Reflect.set(t, k, v, r);
  },
});
const na = negArray([1, 2, 3, 4]);
na[-1] = 40;
console.log(na[-1], na[-4], na[0], na.length, na.slice(-2), na.map(x => x * 2));
na.push(5);
console.log(na[-1], na.length, Array.from(na), [...na]);

// observable logging with nested proxies
const events = [];
const observe = (obj, path = '') => new Proxy(obj, {
  get(t, k, r) {
    const v = Reflect.get(t, k, r);
    if (typeof k === 'symbol') return v;
    events.push('get ' + path + k);
    return v && typeof v === 'object' ? observe(v, path + k + '.') : v;
  },
  set(t, k, v, r) { events.push('set ' + path + k + '=' + JSON.stringify(v)); return Reflect.set(t, k, v, r); },
  deleteProperty(t, k) { events.push('delete ' + path + k); return Reflect.deleteProperty(t, k); },
});
const state = observe({ user: { name: 'a', tags: ['x'] }, n: 1 });
state.n++;
state.user.name = 'b';
state.user.tags.push('y');
delete state.n;
console.log(events);

// Reflect forwarding keeps getters' this = receiver
const base = { _v: 5, get v() { return this._v; } };
const fwd = new Proxy(base, { get: (t, k, r) => (k === '_v' ? 100 : Reflect.get(t, k, r)) });
const noRecv = new Proxy(base, { get: (t, k) => (k === '_v' ? 100 : t[k]) });
console.log(fwd.v, noRecv.v);

// proxies as prototypes
const protoLog = [];
const proto = new Proxy({ inherited: 1 }, {
  get(t, k, r) { protoLog.push(String(k)); return Reflect.get(t, k, r); },
  has(t, k) { protoLog.push('has ' + String(k)); return Reflect.has(t, k); },
});
const obj = Object.create(proto);
obj.own = 2;
console.log(obj.own, obj.inherited, obj.nothing, 'own' in obj, 'inherited' in obj, 'x' in obj);
console.log(protoLog);
class Magic { constructor() { return new Proxy(this, { get: (t, k) => (k in t ? t[k] : 'magic ' + String(k)) }); } }
console.log(new Magic().abc, new Magic() instanceof Magic);

// Object.keys / JSON.stringify / for-in / spread / entries over proxies
const hidden = new Proxy({ a: 1, _secret: 2, b: 3 }, {
  ownKeys: t => Reflect.ownKeys(t).filter(k => !k.startsWith('_')),
  has: (t, k) => !String(k).startsWith('_') && k in t,
  get: (t, k) => (String(k).startsWith('_') ? undefined : t[k]),
});
console.log(Object.keys(hidden), JSON.stringify(hidden), { ...hidden }, Object.entries(hidden));
const forIn = [];
for (const k in hidden) forIn.push(k);
console.log(forIn, '_secret' in hidden, Object.assign({}, hidden));
const virtualKeys = new Proxy({}, {
  ownKeys: () => ['x', 'y'],
  getOwnPropertyDescriptor: (t, k) => ({ value: k.toUpperCase(), enumerable: true, configurable: true }),
  get: (t, k) => (typeof k === 'string' ? 'v' + k : undefined),
});
console.log(Object.keys(virtualKeys), JSON.stringify(virtualKeys), { ...virtualKeys }, Object.values(virtualKeys));

// Array.isArray and array behaviour through a proxy
const arrP = new Proxy([3, 1, 2], {});
console.log(Array.isArray(arrP), Array.isArray(new Proxy({}, {})), Array.isArray(new Proxy(new Proxy([], {}), {})));
console.log(arrP.length, JSON.stringify(arrP), [].concat(arrP), arrP.sort().join(), Object.prototype.toString.call(arrP));
console.log(typeof new Proxy(() => 1, {}), Object.prototype.toString.call(new Proxy(function () {}, {})));
const [d1, ...dRest] = arrP;
console.log(d1, dRest);

// function proxies: memoize / argument tracing
let calls = 0;
const slowSquare = n => { calls++; return n * n; };
const memo = new Proxy(slowSquare, {
  cache: new Map(),
  apply(t, thisArg, args) {
    if (!this.cache.has(args[0])) this.cache.set(args[0], Reflect.apply(t, thisArg, args));
    return this.cache.get(args[0]);
  },
});
console.log(memo(4), memo(4), memo(5), calls, memo.length, memo.name);

// enum-like frozen lookup that throws on unknown keys
const Color = new Proxy(Object.freeze({ RED: 'red', GREEN: 'green' }), {
  get(t, k) { if (!(k in t)) throw new ReferenceError('unknown'); return t[k]; },
});
console.log(Color.RED);
try { Color.BLUE; } catch (e) { console.log(e.constructor.name); }

// symbol keys pass through a proxy with no traps
const sym = Symbol('s');
const withSym = new Proxy({ [sym]: 1, k: 2 }, {});
console.log(Reflect.ownKeys(withSym).length, Object.getOwnPropertySymbols(withSym).length, withSym[sym]);
