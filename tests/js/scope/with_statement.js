// `with`: names the object has (and @@unscopables does not hide) resolve
// to its properties; everything else to the enclosing scopes.
var o = { x: 1, f() { return this === o; }, g: 5 };
var x = 'outer x', y = 'outer y';
with (o) {
  console.log(x, y, f(), typeof g, typeof nothing);
  x = 2; y = 'changed y'; g += 1;
  var declared = 'var in with';
}
console.log(o.x, y, o.g, declared, o.declared);
function inner() {
  const local = 'local';
  with ({ local: 'prop', other: 3 }) {
    return [local, other, (() => local)()];
  }
}
console.log(inner());
with ([1, 2, 3]) {
  console.log(length, typeof keys, typeof values, join('-'));
}
const proto = { inherited: 'from proto' };
with (Object.create(proto)) console.log(inherited);
let counter = 0;
with ({ get dyn() { return ++counter; } }) { dyn; dyn; }
console.log(counter);
try { with (null) {} } catch (e) { console.log(e instanceof TypeError); }
var obj2 = { v: 1 };
with (obj2) { v++; v += 10; }
console.log(obj2.v);
function closures() {
  const fs = [];
  with ({ a: 'A' }) { fs.push(() => a); }
  return fs[0]();
}
console.log(closures());
console.log(eval('with ({ z: 9 }) z'));
