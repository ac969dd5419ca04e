const [a, b, c] = [1, 2, 3];
console.log(a, b, c);
const [x, , y] = [10, 20, 30];
console.log(x, y);
const [p, q = 'dflt', r = p * 2] = [5];
console.log(p, q, r);
const [head, ...tail] = [1, 2, 3, 4];
console.log(head, tail);
const [, , ...fromThird] = 'abcdef';
console.log(fromThird);
const [[n1, n2], [n3, [n4]]] = [[1, 2], [3, [4]]];
console.log(n1, n2, n3, n4);
const [s1, s2] = new Set(['first', 'second', 'third']);
console.log(s1, s2);
const [[k1, v1], [k2, v2]] = new Map([['a', 1], ['b', 2]]);
console.log(k1, v1, k2, v2);
const [only] = [];
console.log(only);
const [e1, e2, ...emptyRest] = [1];
console.log(e1, e2, emptyRest);
const [holeDefault = 'hole'] = [, 'x'];
console.log(holeDefault);
function* gen() { let i = 0; while (true) { console.log('gen yields', i); yield i++; } }
const [g1, g2] = gen();
console.log(g1, g2);
try {
  const [bad] = 42;
} catch (e) {
  console.log(e instanceof TypeError);
}
const [{ id }, { id: id2 = 'none' }] = [{ id: 1 }, {}];
console.log(id, id2);
