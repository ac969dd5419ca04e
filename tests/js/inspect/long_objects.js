const o = {};
for (let i = 0; i < 10; i++) o['key' + i] = i;
console.log(o);
const short = { a: 1, b: 2, c: 3 };
console.log(short);
console.log({ name: 'Alice', email: 'alice@example.com', age: 30, city: 'Wonderland' });
console.log({ name: 'Alice', email: 'alice@example.com', age: 30, city: 'Wonderland', zip: '12345' });
const people = [
  { name: 'Alice', age: 30 },
  { name: 'Bob', age: 25 },
  { name: 'Carol', age: 35 },
];
console.log(people);
console.log({ people });
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
console.log({ list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28] });
console.log({ description: 'a fairly long string value that will push the line past the limit', n: 1 });
const big = {};
for (let i = 0; i < 30; i++) big['p' + i] = 'v' + i;
console.log(big);
const nestedLong = { config: { server: { host: 'localhost', port: 8080 }, db: { host: 'db.local', port: 5432, user: 'admin' } } };
console.log(nestedLong);
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
