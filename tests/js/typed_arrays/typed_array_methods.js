// %TypedArray%.prototype methods and statics
const show = ta => `${ta.constructor.name}[${Array.from(ta).join(',')}]`;
const a = new Int16Array([5, 1, 4, 2, 3]);

// set
const t = new Uint8Array(6);
t.set([1, 2, 3]);
t.set(new Int8Array([-1, -2]), 4);
console.log(show(t));
t.set({ length: 2, 0: 9, 1: 8 }, 1);
console.log(show(t));
const ov = new Uint8Array([1, 2, 3, 4, 5, 6]);
ov.set(ov.subarray(0, 4), 2); // overlapping source
console.log(show(ov));
const fl = new Float32Array(3);
fl.set(new Float64Array([0.5, 1.25, 1e-46]));
console.log(show(fl), t.set([]), t.set([7], 5), show(t));

// subarray shares buffer, slice copies
const sa = a.subarray(1, 4);
const sl = a.slice(1, 4);
sa[0] = 100;
console.log(show(sa), show(sl), a[1], sa.byteOffset, sl.byteOffset);
console.log(show(a.subarray(-2)), show(a.subarray(3, 1)), show(a.subarray()), show(a.slice(-3, -1)));
a[1] = 1;

// map / filter / reduce / reduceRight / forEach
console.log(show(a.map(x => x * 1000)), show(new Uint8Array([200, 100]).map(x => x * 2)));
console.log(show(a.filter(x => x % 2)), show(a.filter(() => false)));
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10), a.reduceRight((s, x) => s + ',' + x, ''));
const fe = [];
a.forEach((x, i, arr) => fe.push(`${i}:${x}:${arr === a}`));
console.log(fe.join(' '));
console.log(new Uint8Array(0).reduce((s, x) => s + x, 'init'));

// indexOf / lastIndexOf / includes
const d = new Float64Array([1, 2, NaN, 2, -0, 0]);
console.log(d.indexOf(2), d.lastIndexOf(2), d.indexOf(NaN), d.includes(NaN), d.indexOf(0), d.lastIndexOf(-0));
console.log(d.indexOf(2, 2), d.indexOf(2, -2), d.lastIndexOf(2, 2), d.includes(1, 1), d.includes('2'), d.indexOf(9));

// join / toString / toLocaleString-free
console.log(a.join(), a.join(''), a.join(' - '), a.toString(), String(new Float32Array([1.5, -0, NaN])));
console.log(Int8Array.prototype.toString === Array.prototype.toString, new Uint8Array(0).join() === '');

// fill
const fi = new Int8Array(6);
console.log(show(fi.fill(3)), show(fi.fill(-1, 2)), show(fi.fill(200, 1, 3)), show(fi.fill(9, -2, -1)));
console.log(fi.fill(0) === fi, show(new Float32Array(2).fill(0.1)));

// reverse
const r = new Uint8Array([1, 2, 3, 4]);
console.log(r.reverse() === r, show(r), show(new Uint8Array([1, 2, 3]).reverse()));

// sort: numeric by default, NaN last, -0 before +0
const so = new Float64Array([10, 9, 1, NaN, -Infinity, 0, -0, 100, -5, Infinity, 2]);
so.sort();
console.log(Array.from(so).map(x => Object.is(x, -0) ? '-0' : String(x)).join());
console.log(show(new Int32Array([30, 4, 100, -2]).sort()), show(new Uint8Array([3, 1, 2]).sort((x, y) => y - x)));
console.log(show(new Uint32Array([4294967295, 1, 2147483648]).sort()));

// find / findIndex / every / some
console.log(a.find(x => x > 3), a.find(x => x > 50), a.findIndex(x => x === 4), a.findIndex(x => x < 0));
console.log(a.every(x => x > 0), a.every(x => x > 1), a.some(x => x > 4), a.some(x => x > 5));
console.log(new Uint8Array(0).every(() => false), new Uint8Array(0).some(() => true));

// copyWithin
console.log(show(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3)));
console.log(show(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3)));
console.log(show(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, 0)));
console.log(show(new Int16Array([1, 2, 3, 4, 5]).copyWithin(0, -3, -1)));

// entries / keys / values
const e = new Uint8Array([7, 8]);
console.log(JSON.stringify([...e.entries()]), [...e.keys()].join(), [...e.values()].join());
const it = e.values();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(Object.prototype.toString.call(e.keys()), typeof it[Symbol.iterator]);
for (const [i, v] of new Int8Array([-1, -2]).entries()) console.log(i, v);

// at (ES2022, present in Node 20)
console.log(a.at(0), a.at(-1), a.at(10));

// statics: from / of
console.log(show(Int8Array.from([1, 2, 300])), show(Float32Array.from('123')));
console.log(show(Uint16Array.from(new Set([3, 4]))), show(Uint8Array.from({ length: 3 }, (_, i) => i * 2)));
console.log(show(Int32Array.from([1, 2], function (x) { return x * this.k; }, { k: 10 })));
console.log(show(Uint8Array.of(1, 2, 256)), show(Float64Array.of()), show(Int16Array.of(-1.5, '7')));

// methods are generic over the TypedArray family, not arrays
const TA = Object.getPrototypeOf(Int8Array);
console.log(typeof TA.prototype.map, TA.prototype.map === Uint8Array.prototype.map, 'map' in Uint8Array.prototype);
console.log(Object.getOwnPropertyNames(Uint8Array.prototype).join());

// species: map/filter/slice create same-type arrays
class MyU8 extends Uint8Array { sum() { return this.reduce((s, x) => s + x, 0); } }
const m = MyU8.from([1, 2, 3]);
console.log(m.constructor.name, m.sum(), m.map(x => x * 2) instanceof MyU8, m.filter(x => x > 1).sum());
console.log(m.slice(1) instanceof MyU8, m.subarray(1) instanceof MyU8, MyU8.of(4, 5).sum());
