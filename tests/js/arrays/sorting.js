console.log([10, 9, 1, 2, 100, 20].sort());
console.log([10, 9, 1, 2, 100, 20].sort((a, b) => a - b));
console.log([10, 9, 1, 2, 100, 20].sort((a, b) => b - a));
console.log(['banana', 'Apple', 'cherry', 'apple'].sort());
console.log(['b', undefined, 'a', undefined, 'c'].sort());
console.log([true, false, true].sort());
const people = [
  { name: 'Ann', age: 30 }, { name: 'Bob', age: 25 }, { name: 'Cid', age: 30 },
  { name: 'Dee', age: 25 }, { name: 'Eve', age: 35 }, { name: 'Fay', age: 30 },
];
const stable = [...people].sort((a, b) => a.age - b.age);
console.log(stable.map(p => `${p.name}:${p.age}`).join(' '));
const multi = [...people].sort((a, b) => b.age - a.age || (a.name < b.name ? 1 : -1));
console.log(multi.map(p => p.name).join(' '));
const big = [];
let seed = 12345;
for (let i = 0; i < 200; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; big.push(seed % 1000); }
big.sort((a, b) => a - b);
let ok = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
console.log('sorted 200', ok, big.slice(0, 5), big.slice(-5));
const mixed = [3, 'b', 1, 'a', 2, 10];
console.log(mixed.sort());
console.log([0.5, -1, -0.5, 1e-3, 1e3].sort((a, b) => a - b));
const chars = 'hello world'.split('').sort().join('');
console.log(JSON.stringify(chars));
console.log([[2, 'b'], [1, 'z'], [2, 'a'], [1, 'a']].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1)));
