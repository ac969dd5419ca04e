const o = {
  plain: 1,
  get onlyGetter() { return 'g'; },
  set onlySetter(v) {},
  get both() { return 'b'; },
  set both(v) {},
};
console.log(o);
class WithGetters {
  constructor() { this.field = 'f'; }
  get protoGetter() { return 'not shown'; }
}
console.log(new WithGetters());
const defined = {};
Object.defineProperty(defined, 'hidden', { value: 'h', enumerable: false });
Object.defineProperty(defined, 'shown', { value: 's', enumerable: true });
console.log(defined);
const arr = [1, 2, 3];
arr.extra = 'prop';
arr['key with space'] = true;
console.log(arr);
const fn = function withProps() {};
fn.a = 1;
fn.b = [1, 2];
console.log(fn);
const m = new Map([['k', 'v']]);
m.extra = 1;
console.log(m);
class Empty {}
const e = new Empty();
e[Symbol('s')] = 1;
console.log(e);
const s = new Set([[1, 2], { a: new Map() }]);
console.log(s);
const nestedMap = new Map([['outer', { inner: new Set(['x']) }]]);
console.log(nestedMap);
console.log([new Map([[{ a: 1 }, [1, 2]]])]);
