// An unhandled rejection ends the program with exit code 1 once the
// current microtask queue has drained; timers never get to run.
console.log('start');
setTimeout(() => console.log('NEVER: timer after unhandled rejection'), 0);
setImmediate(() => console.log('NEVER: immediate after unhandled rejection'));

const handled = Promise.reject(new Error('this one is handled'));
handled.catch((e) => console.log('handled:', e.message));

async function fails() {
  console.log('fails() starts');
  await null;
  throw new Error('nobody handles this');
}
fails();

Promise.resolve()
  .then(() => console.log('microtask 1 still runs'))
  .then(() => console.log('microtask 2 still runs'));
process.nextTick(() => console.log('nextTick still runs'));
console.log('end of script');
