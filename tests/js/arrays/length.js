const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a.length, a[3]);
a.length = 6;
console.log(a, a.length);
a.length = 0;
console.log(a);
const b = [1, 2, 3];
b[b.length] = 4;
b[b.length + 1] = 6;
console.log(b, b.length);
const c = ['x'];
c['2'] = 'z';
console.log(c, c.length);
c['notIndex'] = 'prop';
c[-1] = 'neg';
c[1.5] = 'frac';
console.log(c.length, Object.keys(c));
console.log(c);
try {
  a.length = -1;
} catch (e) {
  console.log(e.name, e.message);
}
const big = [];
big[4294967294] = 'last';
console.log(big.length);
big[4294967295] = 'not an index';
console.log(big.length);
const d = [1, 2, 3];
d.length = 2.0;
console.log(d);
const e = [];
e.push(...Array(5).keys());
console.log(e, e.length);
const f = [1, 2, 3, 4];
f.splice(1);
console.log(f, f.length);
