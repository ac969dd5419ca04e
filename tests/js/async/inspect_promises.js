// How console.log shows promises and async functions.
const fulfilled = Promise.resolve(1);
const pending = new Promise(() => {});
const rejected = Promise.reject(2);
rejected.catch(() => {});

console.log(fulfilled);
console.log(pending);
console.log(rejected);
console.log(Promise.resolve());
console.log(Promise.resolve('str'), Promise.resolve(null), Promise.resolve(-0));
console.log(Promise.resolve({ a: 1, b: [1, 2] }));
console.log(Promise.resolve([1, 'two', { three: 3 }]));
console.log(Promise.resolve(fulfilled) === fulfilled, Promise.resolve(Promise.resolve('nested')));

const rejectedObj = Promise.reject({ code: 42 });
rejectedObj.catch(() => {});
console.log(rejectedObj);
const rejectedUndef = Promise.reject(undefined);
rejectedUndef.catch(() => {});
console.log(rejectedUndef);

// nested in objects and arrays
console.log({ p: fulfilled, q: pending, list: [fulfilled, rejected] });
console.log([Promise.resolve('a'), [Promise.resolve('b')]]);
console.log({ deep: { deeper: { deepest: Promise.resolve('hidden') } } });

// a promise resolved with another promise is pending until it adopts the state
const adopting = new Promise((r) => r(fulfilled));
console.log('adopting right away:', adopting);

// extra properties on a promise
const tagged = Promise.resolve('v');
tagged.label = 'my label';
console.log(tagged);

// subclass
class MyPromise extends Promise {}
console.log(MyPromise.resolve(5));
console.log(new MyPromise(() => {}));

// functions
async function namedAsync() {}
const asyncArrow = async () => {};
const asyncExpr = async function () {};
async function* asyncGenFn() {}
function* syncGenFn() {}
const obj = {
  async method() {},
  async *genMethod() {},
  arrow: async (x) => x,
};
console.log(namedAsync);
console.log(asyncArrow, asyncExpr);
console.log(asyncGenFn, syncGenFn);
console.log(async () => {}, async function () {}, async function* () {});
console.log(obj);
console.log([namedAsync, asyncGenFn]);
class WithAsync {
  async m() {}
  static async s() {}
}
console.log(WithAsync.prototype.m, WithAsync.s);
console.log(String(fulfilled), `${pending}`, fulfilled + '');

// async function calls and async generator objects
console.log(namedAsync());
const gen = asyncGenFn();
console.log(gen);
console.log(gen.next());

// states after the microtask queue has run
const later = new Promise((r) => setTimeout(() => r('done'), 0));
const thenResult = fulfilled.then((v) => v + 1);
console.log('before:', later, thenResult);
setTimeout(() => {
  console.log('after:', later, thenResult, adopting);
  const failing = (async () => {
    throw 'async failure';
  })();
  failing.catch(() => {});
  console.log(failing);
}, 5);
