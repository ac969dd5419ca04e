// Invariant violations throw TypeError
const check = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', typeof r === 'object' && r !== null ? JSON.stringify(r) : String(r));
  } catch (e) {
    console.log(label, e instanceof TypeError, e.constructor.name);
  }
};
const frozen = Object.freeze({ k: 1 });
const nonConfig = {};
Object.defineProperty(nonConfig, 'nc', { value: 1, writable: false, configurable: false });
Object.defineProperty(nonConfig, 'acc', { get: undefined, set() {}, configurable: false });
const sealed = Object.preventExtensions({ own: 1 });

// get: non-configurable non-writable data must report the same value
check('get same value', () => new Proxy(nonConfig, { get: () => 1 }).nc);
check('get different value', () => new Proxy(nonConfig, { get: () => 2 }).nc);
check('get accessor without getter', () => new Proxy(nonConfig, { get: () => 5 }).acc);
check('get configurable prop lie', () => new Proxy({ x: 1 }, { get: () => 99 }).x);

// set: cannot change non-writable non-configurable; cannot set accessor without setter
check('set nonwritable true', () => { 'use strict'; new Proxy(nonConfig, { set: () => true }).nc = 3; });
check('set same value ok', () => Reflect.set(new Proxy(nonConfig, { set: () => true }), 'nc', 1));
check('set returns false sloppy', () => Reflect.set(new Proxy({}, { set: () => false }), 'a', 1));
check('set returns false strict', () => { 'use strict'; new Proxy({}, { set: () => false }).a = 1; });

// has: cannot hide non-configurable or any own prop of non-extensible target
check('has hide nonconfig', () => 'nc' in new Proxy(nonConfig, { has: () => false }));
check('has hide on non-extensible', () => 'own' in new Proxy(sealed, { has: () => false }));
check('has hide configurable', () => 'x' in new Proxy({ x: 1 }, { has: () => false }));
check('has invent', () => 'ghost' in new Proxy(sealed, { has: () => true }));

// deleteProperty
check('delete nonconfig', () => delete new Proxy(nonConfig, { deleteProperty: () => true }).nc);
check('delete on non-extensible', () => delete new Proxy(sealed, { deleteProperty: () => true }).own);
check('delete false strict', () => { 'use strict'; delete new Proxy({ a: 1 }, { deleteProperty: () => false }).a; });
check('delete false sloppy', () => Reflect.deleteProperty(new Proxy({ a: 1 }, { deleteProperty: () => false }), 'a'));

// ownKeys
check('ownKeys not object', () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => 'ab' })));
check('ownKeys number entry', () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => [1] })));
check('ownKeys duplicate', () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ['a', 'a'] })));
check('ownKeys omit nonconfig', () => Reflect.ownKeys(new Proxy(nonConfig, { ownKeys: () => ['acc'] })));
check('ownKeys omit on non-ext', () => Reflect.ownKeys(new Proxy(sealed, { ownKeys: () => [] })));
check('ownKeys extra on non-ext', () => Reflect.ownKeys(new Proxy(sealed, { ownKeys: () => ['own', 'x'] })));
check('ownKeys extra ok', () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ['x', Symbol.iterator] })).length);

// getOwnPropertyDescriptor
check('gopd bad type', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => 1 }), 'a'));
check('gopd hide nonconfig', () => Object.getOwnPropertyDescriptor(new Proxy(nonConfig, { getOwnPropertyDescriptor: () => undefined }), 'nc'));
check('gopd hide on non-ext', () => Object.getOwnPropertyDescriptor(new Proxy(sealed, { getOwnPropertyDescriptor: () => undefined }), 'own'));
check('gopd invent on non-ext', () => Object.getOwnPropertyDescriptor(new Proxy(sealed, {
  getOwnPropertyDescriptor: () => ({ value: 1, configurable: true }) }), 'ghost'));
check('gopd report nonconfig for missing', () => Object.getOwnPropertyDescriptor(new Proxy({}, {
  getOwnPropertyDescriptor: () => ({ value: 1, configurable: false }) }), 'x'));
check('gopd invent ok', () => Object.getOwnPropertyDescriptor(new Proxy({}, {
  getOwnPropertyDescriptor: () => ({ value: 7, configurable: true }) }), 'x'));

// defineProperty
check('define on non-ext', () => Object.defineProperty(new Proxy(sealed, { defineProperty: () => true }), 'n', { value: 1 }));
check('define nonconfig missing', () => Object.defineProperty(new Proxy({}, { defineProperty: () => true }), 'n', { value: 1, configurable: false }));
check('define returns false', () => Object.defineProperty(new Proxy({}, { defineProperty: () => false }), 'n', { value: 1 }));
check('Reflect define returns false', () => Reflect.defineProperty(new Proxy({}, { defineProperty: () => false }), 'n', { value: 1 }));

// getPrototypeOf / setPrototypeOf
check('getProto not object', () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 5 })));
check('getProto lie on non-ext', () => Object.getPrototypeOf(new Proxy(sealed, { getPrototypeOf: () => Array.prototype })));
check('getProto lie on extensible', () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => Array.prototype })) === Array.prototype);
check('setProto true on non-ext', () => Object.setPrototypeOf(new Proxy(sealed, { setPrototypeOf: () => true }), Array.prototype));
check('setProto false', () => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null));
check('Reflect setProto false', () => Reflect.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null));

// isExtensible / preventExtensions
check('isExtensible lie', () => Object.isExtensible(new Proxy({}, { isExtensible: () => false })));
check('isExtensible truthful', () => Object.isExtensible(new Proxy(sealed, { isExtensible: () => false })));
check('preventExtensions lie', () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => true })));
check('preventExtensions false', () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => false })));
check('Reflect preventExtensions false', () => Reflect.preventExtensions(new Proxy({}, { preventExtensions: () => false })));

// construct / apply
check('construct returns primitive', () => new (new Proxy(function () {}, { construct: () => 1 }))());
check('construct on non-constructor', () => new (new Proxy(() => {}, { construct: () => ({}) }))());
check('apply on non-callable', () => new Proxy({}, { apply: () => 1 })());
check('apply returning anything', () => new Proxy(function () {}, { apply: () => 42 })());

// traps must be callable or undefined/null
check('trap not callable', () => new Proxy({}, { get: 5 }).x);
check('trap null', () => new Proxy({ x: 1 }, { get: null }).x);
check('handler getter trap', () => new Proxy({}, { get get() { return () => 'from getter'; } }).x);

// creation
check('Proxy without new', () => Proxy({}, {}));
check('Proxy primitive target', () => new Proxy(1, {}));
check('Proxy primitive handler', () => new Proxy({}, 'h'));
check('Proxy null handler', () => new Proxy({}, null));
check('Proxy.prototype', () => Proxy.prototype);
check('Proxy of proxy', () => new Proxy(new Proxy({ v: 1 }, {}), {}).v);
