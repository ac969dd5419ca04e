const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(nums.map(x => x * x));
console.log(nums.filter(x => x % 3 === 0));
console.log(nums.reduce((a, b) => a + b));
console.log(nums.reduce((a, b) => a + b, 100));
console.log(nums.reduceRight((acc, x) => acc + x, ''));
console.log([].reduce((a, b) => a + b, 'init'));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name, e.message);
}
nums.forEach((x, i, arr) => { if (i === 0) console.log('forEach args', x, i, arr.length); });
console.log(nums.some(x => x > 9), nums.some(x => x > 10), [].some(() => true));
console.log(nums.every(x => x > 0), nums.every(x => x > 1), [].every(() => false));
console.log(nums.find(x => x > 4), nums.find(x => x > 40));
console.log(nums.findIndex(x => x > 4), nums.findIndex(x => x > 40));
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 20 }, { n: 'c', age: 40 }];
console.log(people.map(p => p.n).join(''), people.filter(p => p.age > 25).length);
const byAge = people.reduce((acc, p) => ({ ...acc, [p.n]: p.age }), {});
console.log(byAge);
const visited = [];
[1, 2, 3].map(function (x) { visited.push(this.tag + x); }, { tag: 't' });
console.log(visited);
const mutated = [1, 2, 3];
const seen = [];
mutated.forEach((x, i) => { seen.push(x); if (i === 0) mutated.push(99); });
console.log(seen, mutated);
console.log(['1', '2', '3'].map(Number), ['1', '2', '3'].map(parseInt));
console.log([[1, 2], [3, 4]].map(([a, b]) => a * b));
const chained = nums.filter(n => n % 2).map(n => n * 3).reduce((s, n) => s + n, 0);
console.log(chained);
