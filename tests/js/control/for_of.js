for (const x of [1, 'two', { three: 3 }]) console.log(x);
for (const ch of 'héllo') console.log(ch);
for (const ch of 'a😀b') console.log(ch, ch.length);
const m = new Map([['a', 1], ['b', 2]]);
m.set('c', 3);
for (const [k, v] of m) console.log('map', k, v);
for (const entry of m.entries()) console.log('entry', entry);
const s = new Set([3, 1, 3, 2, 1]);
for (const v of s) console.log('set', v);
for (const [i, v] of ['p', 'q'].entries()) console.log('indexed', i, v);
const range = {
  from: 1,
  to: 4,
  [Symbol.iterator]() {
    let cur = this.from;
    const last = this.to;
    return { next: () => cur <= last ? { value: cur++, done: false } : { value: undefined, done: true } };
  },
};
for (const n of range) console.log('range', n);
console.log([...range], Array.from(range, x => x * x));
const grow = [1, 2];
const seen = [];
for (const x of grow) { seen.push(x); if (x < 5) grow.push(x + 2); }
console.log(seen);
const sparse = [1, , 3];
for (const v of sparse) console.log('sparse', v);
function argsOf() { for (const a of arguments) console.log('arg', a); }
argsOf('x', 'y');
const mm = new Map();
mm.set('first', 1);
const mseen = [];
for (const [k] of mm) { mseen.push(k); if (mm.size < 3) mm.set('k' + mm.size, 0); }
console.log(mseen);
let lastV;
for (lastV of [7, 8, 9]);
console.log(lastV);
