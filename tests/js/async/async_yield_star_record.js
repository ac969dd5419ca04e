// yield* in async generators: (1) `next` must be read once (cached iterator record),
// (2) when the delegate's return() reports done, the outer result carries its value.
var gets = 0;
var inner = { [Symbol.asyncIterator]() { return this; },
  get next() { gets++; return () => ({ value: 1, done: false }); },
  return(v) { return { value: "ret:" + v, done: true }; } };
async function* g() { yield* inner; }
(async () => {
  var it = g();
  await it.next(); await it.next();
  console.log("next getter calls:", gets);
  console.log(JSON.stringify(await it.return("x")));
})();
// Sync generators read `next` once too.
var syncGets = 0;
var syncInner = { [Symbol.iterator]() { return this; },
  get next() { syncGets++; let n = 0; return () => ({ value: n++, done: n > 3 }); } };
function* s() { return yield* syncInner; }
console.log([...s()], syncGets);
