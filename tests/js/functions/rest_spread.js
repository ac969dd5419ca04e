function collect(first, ...rest) {
  return `first=${first} rest=${JSON.stringify(rest)} len=${rest.length}`;
}
console.log(collect());
console.log(collect(1));
console.log(collect(1, 2, 3));
console.log(collect.length);
const sum = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1, 2, 3, 4));
const arr = [5, 1, 9, 3];
console.log(Math.max(...arr), Math.min(...arr, -1));
console.log(sum(...arr, ...arr));
console.log(collect(...'abc'));
console.log([...'hi', ...[1, 2], ...new Set([3, 3, 4])]);
function three(a, b, c) { return [a, b, c]; }
console.log(three(...[1], ...[2, 3, 4]));
console.log(three(...[]));
const m = new Map([['k1', 1], ['k2', 2]]);
console.log([...m], [...m.keys()], [...m.values()]);
function restIsArray(...r) { return Array.isArray(r); }
console.log(restIsArray());
const copy = [...arr];
copy.push(100);
console.log(arr, copy);
const nested = [[1, 2], [3]];
const flat = [].concat(...nested);
console.log(flat);
console.log(new Array(...[3]).length, [...new Array(3)]);
function defaultsAndRest(a = 1, ...others) { return [a, others]; }
console.log(defaultsAndRest(), defaultsAndRest(undefined, 2, 3));
console.log(String.fromCharCode(...[72, 105, 33]));
