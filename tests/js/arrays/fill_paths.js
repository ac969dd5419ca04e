// Array.prototype.fill writes dense arrays directly, but only when no
// [[Set]] could observe it: an indexed setter on Array.prototype, frozen
// arrays, read-only lengths and array-likes take the generic path.
const log = [];
Object.defineProperty(Array.prototype, 1, { set(v) { log.push('set ' + v); }, configurable: true });
const a = new Array(3).fill(7);
console.log(a.length, Object.keys(a).join(), log.join(), Object.prototype.hasOwnProperty.call(a, 1));
delete Array.prototype[1];
console.log(new Array(3).fill(7), [1, 2, 3].fill(0, 1), [1, 2, 3, 4].fill(5, -2), [1.5, 2].fill('s'));
try { Object.freeze([1, 2]).fill(0); } catch (e) { console.log(e.constructor.name, e.message); }
const ro = [1, 2, 3];
Object.defineProperty(ro, 'length', { writable: false });
console.log(ro.fill(9));
console.log(Array.prototype.fill.call({ length: 3 }, 'x'), new Array(5).fill().length);
const big = new Array(100000).fill(0);
big[99999] = 1;
console.log(big.length, big.reduce((s, v) => s + v, 0), new Array(4).fill(1, 3));
