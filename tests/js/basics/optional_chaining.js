const data = {
  user: { name: 'ann', address: null, tags: ['a', 'b'], greet() { return 'hi ' + this.name; } },
  list: [{ v: 1 }, null],
  fn: null,
};
console.log(data.user?.name, data.nobody?.name, data.user.address?.city);
console.log(data.user?.tags?.[1], data.user?.tags?.[5], data.none?.[0]);
console.log(data.user.greet?.(), data.user.missing?.(), data.fn?.());
console.log(data.list[0]?.v, data.list[1]?.v, data.list[2]?.v);
console.log(data?.user?.address?.city?.toUpperCase());
let calls = 0;
const count = () => { calls++; return 1; };
const nothing = null;
nothing?.[count()];
nothing?.method(count());
console.log('short-circuit calls', calls);
data.user?.[count()];
console.log('evaluated calls', calls);
try { (data.none?.a).b; } catch (e) { console.log('parenthesized chain breaks:', e.message); }
console.log(delete data?.user?.tags, data.user.tags, delete nothing?.x);
const arrFn = [() => 'first', undefined];
console.log(arrFn[0]?.(), arrFn[1]?.());
console.log(data.user?.greet(), typeof data.user?.greet);
const deep = { a: { b: { c: { d: 'deep' } } } };
const path = ['a', 'b', 'c', 'd'];
console.log(path.reduce((o, k) => o?.[k], deep), ['a', 'x', 'y'].reduce((o, k) => o?.[k], deep));
console.log(data.user.address ?? 'no address', data.user.name ?? 'no name');
const cfg = { retries: 0, label: '' };
console.log(cfg.retries ?? 3, cfg.retries || 3, cfg.label ?? 'dflt', cfg.label || 'dflt', cfg.timeout ?? 1000);
