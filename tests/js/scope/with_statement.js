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

// `delete name` deletes the with object's property; a `var` initializer
// inside the body assigns through the with object (the var itself is
// hoisted to the function around it); `let` inside the body is its own.
globalThis.shadowed = 'global';
const holder = { shadowed: 'holder', value: 'x', own: 1 };
let deleted;
with (holder) {
  deleted = delete shadowed;
  var value = 'assigned';
  {
    let own = 2;
    own = 3;
  }
}
console.log(deleted, holder, globalThis.shadowed, value);
function scoped() {
  const o = { v: 1 };
  with (o) {
    var v = 2;
  }
  return [o.v, v];
}
console.log(scoped());
class WithSuper {
  m() {
    try {
      delete super.x;
    } catch (e) {
      return e.constructor.name + ': ' + e.message;
    }
  }
}
console.log(new WithSuper().m());

// A function declared in the body is the function's own, not the object's.
const withFunction = { fn: 'object property' };
function declaresInWith() {
  with (withFunction) {
    function fn() {}
  }
  return [typeof fn, withFunction.fn];
}
console.log(declaresInWith());
