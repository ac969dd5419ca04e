const values = [0, -0, 1, -1, '', ' ', '0', 'false', null, undefined, NaN,
  [], {}, Infinity, 0.0, function () {}];
for (const v of values) {
  let label;
  if (typeof v === 'function') label = 'fn';
  else if (typeof v === 'string') label = JSON.stringify(v);
  else if (Array.isArray(v)) label = '[]';
  else if (v !== null && typeof v === 'object') label = '{}';
  else label = String(v);
  console.log(label, !!v, Boolean(v), v ? 'yes' : 'no');
}
console.log(!'', !!'', !0, !!NaN);
console.log(0 || 'default', '' || null, 'a' || 'b');
console.log(0 && 'x', 1 && 'x', null && undefined);
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd');
let count = 0;
function side() { count++; return true; }
false && side();
true || side();
true && side();
false || side();
console.log('side effects:', count);
