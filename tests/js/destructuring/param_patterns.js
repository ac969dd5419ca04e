function area({ width, height = width }) { return width * height; }
console.log(area({ width: 3 }), area({ width: 3, height: 4 }));
function opts({ verbose = false, level = 1, tags = [] } = {}) {
  return `verbose=${verbose} level=${level} tags=${tags.join('|')}`;
}
console.log(opts());
console.log(opts({ verbose: true }));
console.log(opts({ level: 5, tags: ['a', 'b'] }));
const first = ([f]) => f;
const second = ([, s]) => s;
console.log(first('xyz'), second([1, 2, 3]));
function swapPair([a, b]) { return [b, a]; }
console.log(swapPair([1, 2]));
function nested({ user: { name, roles: [primary = 'guest'] = [] } }) {
  return `${name}:${primary}`;
}
console.log(nested({ user: { name: 'ann', roles: ['admin'] } }));
console.log(nested({ user: { name: 'bob' } }));
const points = [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: -1, y: 0 }];
console.log(points.map(({ x, y }) => x + y));
console.log(Object.entries({ a: 1, b: 2 }).map(([k, v]) => `${k}=${v}`));
function withRest({ a, ...others }, ...more) { return [a, others, more]; }
console.log(withRest({ a: 1, b: 2, c: 3 }, 4, 5));
function lengthOf({ a }, [b], c) {}
console.log(lengthOf.length);
try {
  area();
} catch (e) {
  console.log(e instanceof TypeError);
}
const arrowDefaults = ({ a = 1 } = {}, [b = 2] = []) => a + b;
console.log(arrowDefaults(), arrowDefaults({ a: 10 }), arrowDefaults({}, [20]));
