function describe(greeting, punct) {
  return `${greeting}, I am ${this.name}${punct}`;
}
const alice = { name: 'Alice' };
const bob = { name: 'Bob' };
console.log(describe.call(alice, 'Hi', '!'));
console.log(describe.apply(bob, ['Hello', '?']));
const aliceDescribe = describe.bind(alice, 'Hey');
console.log(aliceDescribe('.'));
console.log(aliceDescribe.call(bob, '...'));
const rebound = aliceDescribe.bind(bob);
console.log(rebound(';'));
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind(null, 10);
const bp = new BoundPoint(20);
console.log(bp.x, bp.y, bp instanceof Point);
console.log(Math.max.apply(null, [3, 7, 2]));
console.log(Array.prototype.map.call('abc', c => c.toUpperCase()));
console.log(Array.prototype.join.call({ length: 3, 0: 'a', 1: 'b', 2: 'c' }, '-'));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null));
console.log(Object.prototype.toString.call(1), Object.prototype.toString.call(''));
function returnThis() { return this; }
console.log(typeof returnThis.call(7), returnThis.call(alice) === alice);
const method = alice.toString;
console.log(method.call(bob));
function countThis() { return this.count++; }
const counterObj = { count: 0 };
const boundCounter = countThis.bind(counterObj);
boundCounter(); boundCounter();
console.log(counterObj.count);
console.log(describe.apply(alice, { length: 2, 0: 'Yo', 1: '#' }));
console.log(Function.prototype.call.call(describe, bob, 'Sup', '~'));
