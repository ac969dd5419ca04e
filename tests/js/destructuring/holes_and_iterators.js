const sparse = [1, , 3, , 5];
const [a, b, c, d, e, f] = sparse;
console.log(a, b, c, d, e, f);
const [, , third] = sparse;
console.log(third);
const [...copy] = sparse;
console.log(copy);
console.log(copy.length, 1 in copy);
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        i++;
        console.log('next called', i);
        return { value: i * 10, done: i > 3 };
      },
      return() {
        console.log('return called');
        return { done: true };
      },
    };
  },
};
const [i1, i2] = iterable;
console.log(i1, i2);
const [...all] = iterable;
console.log(all);
const [j1, j2, j3, j4, j5] = iterable;
console.log(j1, j2, j3, j4, j5);
const str = 'ab😀c';
const [ch1, ch2, ch3, ch4] = str;
console.log(ch1, ch2, ch3, ch4, ch3.length);
