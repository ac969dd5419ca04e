'use strict';
const arrayLike = { 0: 'a', 1: 'b', 2: 'c', length: 3 };
console.log(Array.from(arrayLike));
console.log(Array.prototype.map.call(arrayLike, s => s.toUpperCase()));
console.log(Array.prototype.slice.call(arrayLike, 1));
console.log(Array.prototype.indexOf.call(arrayLike, 'c'));
const pushed = { length: 0 };
Array.prototype.push.call(pushed, 'x', 'y');
console.log(pushed);
console.log(Array.prototype.join.call('hello', '-'));
console.log(Array.prototype.reverse.call([1, 2, 3]));
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.peek(), s.length, s instanceof Array, Array.isArray(s));
const mapped = s.map(x => x * 2);
console.log(mapped instanceof Stack, mapped.peek());
console.log(s);
const strArr = Array.from('💩ab');
console.log(strArr, strArr.length);
console.log(Array.from({ length: 2 }));
