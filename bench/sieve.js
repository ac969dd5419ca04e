// Array element loads/stores in tight loops.
function sieve(n) {
  const flags = new Array(n + 1).fill(true);
  flags[0] = flags[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (flags[i]) for (let j = i * i; j <= n; j += i) flags[j] = false;
  }
  let count = 0;
  for (let i = 0; i <= n; i++) if (flags[i]) count++;
  return count;
}
let r = 0;
for (let k = 0; k < 5; k++) r += sieve(300000);
console.log(r);
