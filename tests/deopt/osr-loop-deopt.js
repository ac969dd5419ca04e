// The first call's loop gets hot and moves into optimized code in the
// middle of its run (on-stack replacement at the loop header, with the
// frame's registers); a sum that outgrows int32 then deopts, and the
// interpreter finishes the loop with the running sum.
// deopt: function=sum reason=overflow frames=1
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
const a = [];
for (let i = 0; i < 50000; i++) a.push(i % 100);
a[45000] = 2147483000;
console.log(sum(a));
console.log(sum([1, 2, 3]));
