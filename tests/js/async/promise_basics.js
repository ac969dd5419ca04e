// Promise constructor, resolve/reject, then/catch/finally chaining.
console.log('start');
const p1 = new Promise((resolve, reject) => {
  console.log('executor runs synchronously', typeof resolve, typeof reject);
  resolve(1);
  resolve(2); // ignored
  reject(new Error('ignored'));
});
console.log('after constructor');

p1.then((v) => {
  console.log('p1 value', v);
  return v + 1;
}).then((v) => {
  console.log('chained value', v);
  // returning nothing passes undefined
}).then((v) => {
  console.log('undefined passed', v);
  throw new Error('boom');
}).then(() => {
  console.log('never');
}).catch((e) => {
  console.log('caught', e.message, e instanceof Error);
  return 'recovered';
}).finally((...args) => {
  console.log('finally handler args', args.length);
}).then((v) => {
  console.log('after finally', v);
});

// executor that throws becomes a rejection
new Promise(() => {
  throw new RangeError('in executor');
}).catch((e) => console.log('executor throw ->', e.constructor.name, e.message));

// throw after resolve in executor is ignored
new Promise((resolve) => {
  resolve('ok');
  throw new Error('ignored throw');
}).then((v) => console.log('resolve then throw ->', v));

// then with non-function arguments passes through
Promise.resolve('through').then(null, undefined).then(42).then((v) => console.log('passthrough', v));
Promise.reject('err-through').then((v) => console.log('never', v)).then(undefined, (r) => console.log('rejection passthrough', r));

// then with two handlers: only one runs
Promise.reject(new Error('x')).then(
  () => console.log('onFulfilled no'),
  (e) => console.log('onRejected yes', e.message),
);

// error thrown in onRejected propagates
Promise.reject(1).catch((v) => { throw v + 1; }).catch((v) => console.log('rethrown', v));

// resolving with a native promise adopts its state
new Promise((resolve) => resolve(Promise.reject('adopted rejection')))
  .catch((r) => console.log('adopted:', r));

// resolving with a thenable object
const thenable = {
  then(onF, onR) {
    console.log('thenable.then called', typeof onF, typeof onR);
    onF('from thenable');
    onF('twice ignored');
  },
};
Promise.resolve(thenable).then((v) => console.log('thenable value', v));

// thenable that throws after resolving: ignored
new Promise((r) => r({ then(f) { f('first'); throw new Error('late'); } }))
  .then((v) => console.log('thenable throw after resolve', v));

// thenable that throws before resolving: rejection
new Promise((r) => r({ then() { throw new Error('thenable threw'); } }))
  .catch((e) => console.log('thenable throw ->', e.message));

// then getter is read once, throwing getter rejects
let gets = 0;
const tricky = { get then() { gets++; return (f) => f('getter value'); } };
Promise.resolve(tricky).then((v) => console.log('getter thenable', v, 'gets', gets));
const badGetter = { get then() { throw new Error('getter threw'); } };
Promise.resolve(badGetter).catch((e) => console.log('bad getter ->', e.message));

// non-callable then: treated as plain value
Promise.resolve({ then: 5 }).then((v) => console.log('non-callable then', v.then));

// resolving a promise with itself
let selfResolve;
const self = new Promise((r) => { selfResolve = r; });
selfResolve(self);
self.catch((e) => console.log('self resolution', e instanceof TypeError));

// returning the same promise from its own then handler
const loop = Promise.resolve().then(() => loop);
loop.catch((e) => console.log('chaining cycle', e instanceof TypeError));

// reject with a promise does not unwrap
const inner = Promise.resolve('inner');
Promise.reject(inner).catch((r) => console.log('reject does not unwrap', r === inner));

// finally: handler result ignored, throws override
Promise.resolve('kept').finally(() => 'ignored').then((v) => console.log('finally keeps', v));
Promise.reject('kept-reason').finally(() => {}).catch((r) => console.log('finally keeps reason', r));
Promise.resolve('x').finally(() => { throw 'finally throw'; }).catch((r) => console.log('finally override', r));
Promise.resolve('y').finally(() => Promise.reject('finally reject')).catch((r) => console.log('finally override2', r));

// then returns a new promise each time
const base = Promise.resolve(0);
console.log('then returns new promise', base.then() !== base, base.then() instanceof Promise);
console.log('typeof', typeof Promise, typeof base, base instanceof Promise);
console.log('end of sync code');
