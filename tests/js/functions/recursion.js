function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(0), fact(5), fact(10), fact(20), fact(25));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const fibs = [];
for (let i = 0; i <= 20; i++) fibs.push(fib(i));
console.log(fibs);
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7), isEven(7));
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3), ackermann(3, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '));
console.log(hanoi(10, 'A', 'C', 'B', []).length);
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(3000));
function flatten(arr) {
  return arr.reduce((acc, x) => Array.isArray(x) ? acc.concat(flatten(x)) : acc.concat([x]), []);
}
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));
function permutations(arr) {
  if (arr.length <= 1) return [arr];
  const out = [];
  arr.forEach((x, i) => {
    const rest = arr.slice(0, i).concat(arr.slice(i + 1));
    for (const p of permutations(rest)) out.push([x, ...p]);
  });
  return out;
}
console.log(permutations([1, 2, 3]).map(p => p.join('')).join(' '));
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
console.log(gcd(1071, 462), gcd(17, 5));
