const log = [];
const d = name => { log.push(name); return name + '-default'; };
const { a = d('a'), b = d('b'), c = d('c') } = { a: 'given', c: undefined };
console.log(a, b, c, log);
log.length = 0;
const [x = d('x'), y = d('y'), z = d('z')] = [null, undefined];
console.log(x, y, z, log);
log.length = 0;
function f({ p = d('p') } = (log.push('param default'), {}), [q = d('q')] = []) { return [p, q]; }
console.log(f(), log);
log.length = 0;
console.log(f({ p: 1 }, [2]), log);
let counter = 0;
const [m = ++counter, n = ++counter, o = ++counter] = [10];
console.log(m, n, o, counter);
const { self = 'default', other = self + '!' } = {};
console.log(self, other);
const getterSource = { get g() { log.push('getter'); return undefined; } };
log.length = 0;
const { g = 'fallback' } = getterSource;
console.log(g, log);
function makeDefault() { return { made: true }; }
const { obj = makeDefault() } = {};
const { obj: obj2 = makeDefault() } = {};
console.log(obj, obj === obj2);
const [[inner = 'id'] = []] = [];
console.log(inner);
