// Promise statics, subclassing, Symbol.species, finally, toString tags.
console.log(Object.prototype.toString.call(Promise.resolve()));
console.log(Promise.prototype[Symbol.toStringTag], String(Promise.resolve(1)));
console.log(Promise.name, Promise.length, Promise.prototype.then.length, Promise.prototype.finally.length);
console.log(Promise.prototype.constructor === Promise, Object.getPrototypeOf(Promise.resolve()) === Promise.prototype);
console.log(Promise[Symbol.species] === Promise);

try {
  Promise(() => {});
} catch (e) {
  console.log('call without new', e instanceof TypeError);
}
try {
  new Promise(42);
} catch (e) {
  console.log('non-callable executor', e instanceof TypeError);
}
try {
  Promise.prototype.then.call({}, () => {});
} catch (e) {
  console.log('then on non-promise', e instanceof TypeError);
}

const r = Promise.reject(new Error('statically rejected'));
r.catch((e) => console.log('Promise.reject ->', e.message));
const thenable = { then(f) { f('thenable!'); } };
Promise.resolve(thenable).then((v) => console.log('Promise.resolve(thenable) ->', v));
console.log('Promise.resolve(thenable) is new', Promise.resolve(thenable) !== thenable);

class MyP extends Promise {
  constructor(executor) {
    MyP.created++;
    super(executor);
    this.tag = 'mine';
  }
  static created = 0;
  hello() {
    return 'hello from MyP';
  }
}

const mp = new MyP((res) => res(10));
console.log(mp instanceof MyP, mp instanceof Promise, mp.tag, mp.hello());
console.log(Object.prototype.toString.call(mp), MyP.name);
const chained = mp.then((v) => v * 2);
console.log('then returns subclass', chained instanceof MyP, chained.tag);
console.log('catch returns subclass', mp.catch(() => {}) instanceof MyP);
console.log('finally returns subclass', mp.finally(() => {}) instanceof MyP);
console.log('MyP.resolve', MyP.resolve(1) instanceof MyP, MyP.reject(1).catch(() => {}) instanceof MyP);
console.log('MyP.all', MyP.all([1]) instanceof MyP, MyP.race([1]) instanceof MyP);
console.log('MyP.resolve(plain promise) wraps', MyP.resolve(Promise.resolve(1)) instanceof MyP);
const same = MyP.resolve(5);
console.log('MyP.resolve identity', MyP.resolve(same) === same, Promise.resolve(same) === same);
chained.then((v) => console.log('subclass value', v));

MyP.created = 0;
MyP.resolve(1).then(() => {});
console.log('constructions for resolve+then', MyP.created);

// Symbol.species redirects then() to plain Promise
class Plain extends Promise {
  static get [Symbol.species]() {
    return Promise;
  }
}
const pl = new Plain((r) => r(1));
const plThen = pl.then((x) => x);
console.log('species Promise', pl instanceof Plain, plThen instanceof Plain, plThen instanceof Promise);
console.log('static methods ignore species', Plain.resolve(1) instanceof Plain);

// then() with a species whose constructor does something custom
const seen = [];
class Logging extends Promise {
  static get [Symbol.species]() {
    return function (executor) {
      seen.push('species ctor');
      return new Promise(executor);
    };
  }
}
new Logging((r) => r(1)).then(() => {});
console.log(seen);

// finally pass-through semantics
Promise.resolve('value').finally(() => 'ignored').then((v) => console.log('finally pass value', v));
Promise.reject('reason').finally(() => 'ignored').catch((v) => console.log('finally pass reason', v));
Promise.resolve(1).finally(() => new Promise((r) => setTimeout(() => { console.log('finally waits'); r(); }, 5)))
  .then((v) => console.log('after waited finally', v));
Promise.resolve(1).finally(5).then((v) => console.log('finally non-function', v));
new MyP((r) => r('sub-finally')).finally(() => {}).then((v) => console.log('subclass finally value', v));

// resolve/reject statics require a constructor receiver
try {
  Promise.resolve.call(undefined, 1);
} catch (e) {
  console.log('resolve with undefined this', e instanceof TypeError);
}
const boundResolve = Promise.resolve.bind(Promise);
boundResolve('bound').then((v) => console.log('bound resolve', v));

// properties that are and are not there
console.log(typeof Promise.allSettled, typeof Promise.any, typeof Promise.prototype.done);
console.log(Object.getOwnPropertyNames(Promise.prototype).sort());
console.log('sync end');
