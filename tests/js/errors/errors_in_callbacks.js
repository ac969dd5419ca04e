function safeMap(arr, fn) {
  const results = [], errors = [];
  arr.forEach((x, i) => {
    try { results.push(fn(x)); } catch (e) { errors.push(`${i}: ${e.name}: ${e.message}`); results.push(null); }
  });
  return { results, errors };
}
const r = safeMap([1, 'two', null, 4, undefined], x => x.toFixed(1));
console.log(r.results);
console.log(r.errors);
try {
  [1, 2, 3].forEach(x => { if (x === 2) throw new Error('stop at ' + x); console.log('visited', x); });
} catch (e) {
  console.log('forEach aborted:', e.message);
}
try {
  [3, 1, 2].sort((a, b) => { if (a === 2 || b === 2) throw new RangeError('bad compare'); return a - b; });
} catch (e) {
  console.log(e.name, e.message);
}
try {
  JSON.parse('{"a":1}', (k, v) => { if (k === 'a') throw new TypeError('reviver failed'); return v; });
} catch (e) {
  console.log(e.name, e.message);
}
try {
  JSON.stringify({ a: { toJSON() { throw new Error('toJSON failed'); } } });
} catch (e) {
  console.log(e.message);
}
const it = { [Symbol.iterator]() { return { next() { throw new Error('next failed'); } }; } };
try { for (const x of it) console.log(x); } catch (e) { console.log(e.message); }
try { const [a] = it; } catch (e) { console.log('destructuring:', e.message); }
try { Array.from({ length: 3 }, (_, i) => { if (i === 1) throw new Error('from failed at ' + i); return i; }); } catch (e) { console.log(e.message); }
const obj = { get bad() { throw new Error('getter threw'); } };
try { console.log(obj.bad); } catch (e) { console.log(e.message); }
try { ({ ...obj }); } catch (e) { console.log('spread:', e.message); }
try { String({ toString() { throw new Error('toString threw'); } }); } catch (e) { console.log(e.message); }
try { `${{ toString() { throw new Error('template threw'); } }}`; } catch (e) { console.log(e.message); }
try { new (class { constructor() { throw new Error('ctor threw'); } })(); } catch (e) { console.log(e.message); }
