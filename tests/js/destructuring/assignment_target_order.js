// In an array destructuring assignment a member target's object and key
// are evaluated before the iterator is stepped for its value, and a throw
// there closes the iterator.
const log = [];
function iterable(values) {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return {
        next() {
          log.push('next');
          return i < values.length ? { value: values[i++], done: false } : { done: true };
        },
        return() {
          log.push('return');
          return {};
        },
      };
    },
  };
}
const target = {};
const key = (k) => (log.push('key ' + k), k);
const obj = () => (log.push('object'), target);
[obj()[key('a')], obj()[key('b')] = 'default', ...obj()[key('rest')]] = iterable([1, undefined, 3, 4]);
console.log(log.join(', '));
console.log(target);

log.length = 0;
try {
  [obj()[key('x')], {}[(() => { throw new Error('key failed'); })()]] = iterable([1, 2]);
} catch (e) {
  console.log(e.message);
}
console.log(log.join(', '));

class Holder {
  #p;
  fill(values) {
    [this.#p, this.q] = values;
    return [this.#p, this.q];
  }
}
console.log(new Holder().fill(['private', 'public']));

// Object patterns too: key, then the target's reference, then the value.
log.length = 0;
const source = {
  get a() {
    log.push('get a');
    return 1;
  },
  b: 2,
  c: 3,
};
({ [key('a')]: obj()[key('x')], ...obj()[key('others')] } = source);
console.log(log.join(', '));
console.log(target.x, target.others);
