// Proxy.revocable
const r = Proxy.revocable({ a: 1 }, { get: (t, k) => (k in t ? t[k] : 'default:' + String(k)) });
console.log(typeof r, Object.keys(r), typeof r.revoke, r.revoke.length, r.revoke.name === '');
console.log(Object.getPrototypeOf(r) === Object.prototype, typeof Proxy.revocable, Proxy.revocable.length);
const p = r.proxy;
console.log(p.a, p.b, 'a' in p, Object.keys(p));

console.log(r.revoke(), r.revoke());
const ops = {
  get: () => p.a,
  set: () => { p.a = 2; },
  has: () => 'a' in p,
  deleteProperty: () => delete p.a,
  ownKeys: () => Object.keys(p),
  getOwnPropertyDescriptor: () => Object.getOwnPropertyDescriptor(p, 'a'),
  defineProperty: () => Object.defineProperty(p, 'z', { value: 1 }),
  getPrototypeOf: () => Object.getPrototypeOf(p),
  setPrototypeOf: () => Object.setPrototypeOf(p, null),
  isExtensible: () => Object.isExtensible(p),
  preventExtensions: () => Object.preventExtensions(p),
  forIn: () => { for (const k in p) return k; },
  spread: () => ({ ...p }),
  instanceof: () => p instanceof Object,
  isArray: () => Array.isArray(p),
};
for (const [name, f] of Object.entries(ops)) {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, e instanceof TypeError, e.constructor.name); }
}
// operations that do not touch the handler still work on a revoked proxy
console.log(typeof p, p === r.proxy, p == null, !!p, [p].length, new Set([p, p]).size);
const holder = { p };
console.log(Object.keys(holder), holder.p === p);

// revoked function proxies
const fr = Proxy.revocable(function (x) { return x * 2; }, {});
console.log(fr.proxy(21), new fr.proxy(1) instanceof Object);
fr.revoke();
console.log(typeof fr.proxy);
for (const f of [() => fr.proxy(1), () => new fr.proxy(), () => Reflect.apply(fr.proxy, null, [])]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e instanceof TypeError, e.constructor.name); }
}

// a revoked proxy cannot be a Proxy target or handler
for (const f of [() => new Proxy(p, {}), () => new Proxy({}, p), () => Proxy.revocable(p, {})]) {
  try { f(); console.log('created'); } catch (e) { console.log('create', e instanceof TypeError); }
}

// a proxy whose target is a revoked proxy
const inner = Proxy.revocable({ v: 1 }, {});
const outer = new Proxy(inner.proxy, {});
console.log(outer.v);
inner.revoke();
try { outer.v; } catch (e) { console.log('outer', e instanceof TypeError); }

// revoke from inside a trap
let rv;
const selfRevoke = Proxy.revocable({ x: 1 }, {
  get(t, k) { rv.revoke(); return 'last:' + String(k); },
});
rv = selfRevoke;
console.log(selfRevoke.proxy.x);
try { selfRevoke.proxy.x; } catch (e) { console.log('after self revoke', e instanceof TypeError); }

// revoke of one proxy does not affect another with the same target/handler
const target = { shared: true };
const handler = {};
const r1 = Proxy.revocable(target, handler);
const r2 = Proxy.revocable(target, handler);
r1.revoke();
console.log(r2.proxy.shared, target.shared);

// revoked proxy as prototype
const pr = Proxy.revocable({ inherited: 'yes' }, {});
const child = Object.create(pr.proxy);
child.own = 1;
console.log(child.inherited, child.own);
pr.revoke();
console.log(child.own, Object.keys(child));
try { child.inherited; } catch (e) { console.log('proto lookup', e instanceof TypeError); }
try { console.log('inherited' in child); } catch (e) { console.log('proto has', e instanceof TypeError); }

// Array.isArray of revoked proxy of array
const ar = Proxy.revocable([], {});
console.log(Array.isArray(ar.proxy));
ar.revoke();
try { Array.isArray(ar.proxy); } catch (e) { console.log('isArray revoked', e.constructor.name); }
