// A small mixed workload (integer hashing, float statistics, shape-checked
// records, string building) with several optimized functions, each pushed
// off its speculation once. Mostly here for the --deopt-every-n-times mode,
// which forces every guard's exit in turn.
// deopt: function=hash reason=overflow
// deopt: function=mean reason=not a Number
// deopt: function=fullName reason=wrong map
// deopt: function=pad reason=Insufficient type feedback for generic named access
function hash(h, c) { return h * 31 + c; }
function hashString(s) {
  let h = 7;
  let i = 0;
  while (i < s.length) {
    h = hash(h, s.charCodeAt(i)) & 0xfffff;
    i = i + 1;
  }
  return h;
}
function mean(a, b, c) { return (a + b + c) / 3; }
function fullName(r) { return r.first + ' ' + r.last; }
function pad(s, width) {
  let out = s;
  while (out.length < width) {
    out = out + '.';
  }
  if (out.length > width) {
    return out.slice(0, width);
  }
  return out;
}

for (const f of [hash, hashString, mean, fullName, pad]) %PrepareFunctionForOptimization(f);
const records = [
  { first: 'Ada', last: 'Lovelace', scores: [1.5, 2.5, 3] },
  { first: 'Alan', last: 'Turing', scores: [4, 5.25, 6] },
  { first: 'Grace', last: 'Hopper', scores: [7, 8, 9.75] },
];
function report(r) {
  const name = fullName(r);
  const m = mean(r.scores[0], r.scores[1], r.scores[2]);
  return pad(name, 16) + ' ' + m.toFixed(3) + ' #' + hashString(name);
}
for (const r of records) console.log(report(r));
for (const f of [hash, hashString, mean, fullName, pad]) %OptimizeFunctionOnNextCall(f);
for (const r of records) console.log(report(r));
console.log(hash(2147483647, 1));
console.log(mean(1, 2, '3'));
console.log(report({ last: 'Hamilton', first: 'Margaret', scores: [1, 2, 3] }));
console.log(pad('a very long name indeed', 10));
for (const r of records) console.log(report(r));
