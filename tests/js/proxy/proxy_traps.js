// Every trap, observed via a recording handler that forwards to Reflect
const fmt = v => typeof v === 'symbol' ? v.toString() : typeof v === 'function' ? 'fn'
  : v && typeof v === 'object' ? (Array.isArray(v) ? '[' + v.map(fmt).join(',') + ']' : JSON.stringify(v)) : String(v);
function recorder(log) {
  const traps = ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor',
    'defineProperty', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions',
    'apply', 'construct'];
  const h = {};
  for (const name of traps) {
    h[name] = function (target, ...args) {
      if (this !== h) log.push('bad this');
      const shown = name === 'get' || name === 'set' ? args.slice(0, -1) : args;
      log.push(name + '(' + shown.map(fmt).join(', ') + ')');
      return Reflect[name](target, ...args);
    };
  }
  return h;
}
let log = [];
const target = { a: 1, b: 2 };
const p = new Proxy(target, recorder(log));
const step = (label, f) => {
  log.length = 0;
  let r;
  try { r = fmt(f()); } catch (e) { r = 'threw ' + e.constructor.name; }
  console.log(label, '=>', r, log);
};

step('get', () => p.a);
step('get missing', () => p.zzz);
step('get symbol', () => p[Symbol.iterator]);
step('set', () => { p.c = 3; return target.c; });
step('set existing', () => { p.a = 10; return target.a; });
step('has', () => 'a' in p);
step('has missing', () => 'q' in p);
step('delete', () => delete p.c);
step('ownKeys names', () => Object.getOwnPropertyNames(p));
step('ownKeys Reflect', () => Reflect.ownKeys(p));
step('gopd', () => Object.getOwnPropertyDescriptor(p, 'a').value);
step('defineProperty', () => { Object.defineProperty(p, 'd', { value: 4, configurable: true }); return target.d; });
step('getPrototypeOf', () => Object.getPrototypeOf(p) === Object.prototype);
step('setPrototypeOf', () => { Object.setPrototypeOf(p, null); return Object.getPrototypeOf(target); });
step('isExtensible', () => Object.isExtensible(p));
step('Object.keys', () => Object.keys(p));
step('hasOwnProperty', () => Object.prototype.hasOwnProperty.call(p, 'b'));
step('instanceof', () => p instanceof Object);
step('preventExtensions', () => { Object.preventExtensions(p); return Object.isExtensible(target); });
step('set after PE', () => Reflect.set(p, 'newProp', 1));

// apply and construct on a function target
function Point(x, y) { if (!new.target) return 'called ' + x; this.x = x; this.y = y; }
const fp = new Proxy(Point, recorder(log));
step('apply', () => fp(1, 2));
step('apply via call', () => fp.call(undefined, 3));
step('construct', () => new fp(5, 6).x);
step('Reflect.apply', () => Reflect.apply(fp, null, [7]));
step('Reflect.construct', () => Reflect.construct(fp, [8, 9]).y);

// trap arguments: receiver, newTarget, descriptor, this
const seen = [];
const rcv = new Proxy({}, {
  get(t, k, receiver) { seen.push(['get', k, receiver === rcv]); return 1; },
  set(t, k, v, receiver) { seen.push(['set', k, v, receiver === child]); return true; },
  defineProperty(t, k, desc) { seen.push(['define', k, JSON.stringify(desc)]); return Reflect.defineProperty(t, k, desc); },
  getOwnPropertyDescriptor(t, k) { seen.push(['gopd', k]); return Reflect.getOwnPropertyDescriptor(t, k); },
});
const child = Object.create(rcv);
rcv.x;
child.y = 5;
Object.defineProperty(rcv, 'z', { value: 1, enumerable: true });
Reflect.set(rcv, 'w', 2);
console.log(JSON.stringify(seen));

const ctorLog = [];
class Base { constructor() { this.made = true; } }
const BP = new Proxy(Base, {
  construct(t, args, newTarget) {
    ctorLog.push(args.length, newTarget === BP, newTarget === Derived);
    return Reflect.construct(t, args, newTarget);
  },
  apply(t, thisArg, args) { ctorLog.push('apply', thisArg, args.join()); return 0; },
});
class Derived extends BP {}
const dd = new Derived();
new BP(1, 2);
console.log(dd instanceof Derived, dd.made, ctorLog);
const callThis = { m: new Proxy(function () {}, { apply(t, thisArg, args) { return thisArg === callThis; } }) };
console.log(callThis.m(), typeof new Proxy(function () {}, {}), typeof new Proxy(class {}, {}));

// traps missing from the handler fall through to the target
const empty = new Proxy(target, {});
empty.e = 5;
console.log(target.e, empty.b, 'e' in empty, delete empty.e, 'e' in target, Object.keys(empty));

// trap results are coerced
const coerce = new Proxy({}, {
  has() { return 'yes'; }, deleteProperty() { return 0; }, set() { return 1; },
  isExtensible() { return 1; }, defineProperty() { return {}; },
});
console.log('x' in coerce, Reflect.deleteProperty(coerce, 'x'), Reflect.set(coerce, 'x', 1), Object.isExtensible(coerce));
console.log(Reflect.defineProperty(coerce, 'q', { value: 1 }));
