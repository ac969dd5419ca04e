const arrIt = [10, 20][Symbol.iterator]();
console.log(arrIt.next(), arrIt.next(), arrIt.next(), arrIt.next());
console.log(typeof arrIt[Symbol.iterator], arrIt[Symbol.iterator]() === arrIt);
const strIt = 'ab'[Symbol.iterator]();
console.log(strIt.next(), strIt.next(), strIt.next());
const mapIt = new Map([['k', 'v']])[Symbol.iterator]();
console.log(mapIt.next(), mapIt.next());
const setIt = new Set(['only']).values();
console.log(setIt.next(), setIt.next());
function makeRange(start, end, step = 1) {
  return {
    [Symbol.iterator]() {
      let cur = start;
      return {
        next: () => {
          if ((step > 0 && cur >= end) || (step < 0 && cur <= end)) return { done: true, value: undefined };
          const value = cur;
          cur += step;
          return { done: false, value };
        },
        [Symbol.iterator]() { return this; },
      };
    },
  };
}
console.log([...makeRange(0, 5)], [...makeRange(10, 0, -3)], [...makeRange(0, 1, 0.25)]);
const r = makeRange(0, 3)[Symbol.iterator]();
r.next();
console.log([...r]);
const arr = [1, 2, 3];
const it = arr[Symbol.iterator]();
arr.push(4);
console.log([...it]);
const entriesIt = ['x', 'y'].entries();
console.log(entriesIt.next().value, [...entriesIt]);
const lazy = {
  *[Symbol.iterator]() { console.log('iteration started'); yield 'only'; },
};
const iterator = lazy[Symbol.iterator]();
console.log('iterator created');
console.log(iterator.next());
console.log(Object.prototype.toString.call([][Symbol.iterator]()), Object.prototype.toString.call(new Map().keys()));
