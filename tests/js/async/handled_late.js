// Rejections that get a handler before the microtask queue drains are not
// "unhandled": the program runs to completion and exits with 0.
console.log('start');

// handler attached later in the same synchronous script
const p1 = Promise.reject(new Error('handled later in script'));
console.log('p1 created');

// handler attached from a microtask
const p2 = Promise.reject('handled from a microtask');
Promise.resolve().then(() => p2.catch((r) => console.log('caught p2:', r)));

// handler attached after several microtask hops
const p3 = Promise.reject('handled after hops');
Promise.resolve()
  .then(() => null)
  .then(() => null)
  .then(() => p3.catch((r) => console.log('caught p3:', r)));

// handler attached from process.nextTick
const p4 = Promise.reject('handled from nextTick');
process.nextTick(() => p4.then(null, (r) => console.log('caught p4:', r)));

// handler attached from queueMicrotask
const p5 = Promise.reject('handled from queueMicrotask');
queueMicrotask(() => p5.finally(() => console.log('p5 finally')).catch((r) => console.log('caught p5:', r)));

// async function whose rejection is awaited by the caller
async function inner() {
  await null;
  throw new Error('inner failed');
}
async function outer() {
  try {
    await inner();
  } catch (e) {
    console.log('outer caught:', e.message);
  }
}
outer();

// a rejected promise that is awaited later in an async function
async function awaitsLater() {
  const p = Promise.reject(new Error('awaited after an await'));
  await null;
  try {
    await p;
  } catch (e) {
    console.log('awaitsLater caught:', e.message);
  }
}
awaitsLater();

// Promise.all handles every element, so a second rejection is not unhandled
Promise.all([Promise.reject('first'), Promise.reject('second')]).catch((r) => console.log('all caught:', r));

// a rejection converted to a value in a then chain
Promise.reject(new Error('recovered'))
  .then(() => 'no')
  .catch((e) => e.message)
  .then((v) => console.log('chain recovered:', v));

p1.catch((e) => console.log('caught p1:', e.message));
setTimeout(() => console.log('timer still runs: program completed normally'), 0);
console.log('end of script');
