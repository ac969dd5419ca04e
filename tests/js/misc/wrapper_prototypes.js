// Number.prototype, Boolean.prototype and String.prototype are themselves
// wrapper objects of 0, false and "".
for (const p of [Number.prototype, Boolean.prototype, String.prototype]) {
  console.log(Object.prototype.toString.call(p), String(p.valueOf()), p.toString(), p);
}
console.log(Number.prototype.toFixed(2), Number.prototype.toPrecision(3), Number.prototype + 1);
console.log(Boolean.prototype == false, String.prototype.length, JSON.stringify([Number.prototype]));
try {
  Number.prototype.valueOf.call(Object.create(Number.prototype));
} catch (e) {
  console.log(e.name, e.message);
}
