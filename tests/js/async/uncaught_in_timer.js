// An exception thrown from a timer callback ends the program with exit
// code 1 right away: pending timers, microtasks and ticks never run.
console.log('start');
let count = 0;
const iv = setInterval(() => {
  count++;
  console.log('interval tick', count);
}, 1);

setTimeout(() => {
  console.log('first timer runs');
  Promise.resolve().then(() => console.log('microtask after first timer'));
  process.nextTick(() => console.log('nextTick after first timer'));
}, 0);

setTimeout(() => {
  console.log('second timer: about to throw');
  setTimeout(() => console.log('NEVER: timer scheduled before the throw'), 0);
  Promise.resolve().then(() => console.log('NEVER: microtask queued before the throw'));
  process.nextTick(() => console.log('NEVER: nextTick queued before the throw'));
  throw new Error('thrown from a timer');
}, 0);

setTimeout(() => console.log('NEVER: third timer with the same delay'), 0);
setTimeout(() => console.log('NEVER: later timer'), 20);

Promise.resolve().then(() => console.log('microtask before timers'));
console.log('end of script');
