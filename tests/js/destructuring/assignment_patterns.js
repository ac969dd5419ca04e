let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
let x, y, z;
[x, y = 'dy', ...z] = [1, undefined, 3, 4];
console.log(x, y, z);
({ x, y: z } = { x: 'X', y: 'Y' });
console.log(x, z);
const obj = {};
({ a: obj.first, b: obj['second'] } = { a: 1, b: 2 });
console.log(obj);
const arr = [];
[arr[0], arr[2]] = ['zero', 'two'];
console.log(arr);
let m = 1, n = 2, o = 3;
[m, n, o] = [o, m, n];
console.log(m, n, o);
const nums = [5, 4, 3, 2, 1];
for (let i = 0; i < nums.length - 1; i++) {
  for (let j = 0; j < nums.length - 1 - i; j++) {
    if (nums[j] > nums[j + 1]) [nums[j], nums[j + 1]] = [nums[j + 1], nums[j]];
  }
}
console.log(nums);
let result = ([a, b] = [100, 200]);
console.log(result, a, b);
let cnt = 0;
const src = { get v() { cnt++; return cnt; } };
let v1, v2;
({ v: v1 } = src);
({ v: v2 } = src);
console.log(v1, v2, cnt);
let rest;
({ a, ...rest } = { a: 1, b: 2, c: 3 });
console.log(a, rest);
const pairs = [[1, 'one'], [2, 'two']];
for (const [num, word] of pairs) console.log(num, word);
for (const { k, v = 'none' } of [{ k: 1, v: 'x' }, { k: 2 }]) console.log(k, v);
let fib = [0, 1];
for (let i = 0; i < 10; i++) [fib[0], fib[1]] = [fib[1], fib[0] + fib[1]];
console.log(fib);
