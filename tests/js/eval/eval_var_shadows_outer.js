// A `var` that sloppy direct eval code declares in a function shadows the
// variables of the scopes around that function, for the function itself
// and for the closures inside it — a module variable, a global, an outer
// function's let — even when the eval runs in a parameter default.
var x = 'outside';
function f() {
  eval('var x = "inside"');
  return x;
}
function g() {
  eval('var x = "inside"');
  return (() => x)();
}
function h(a = eval('var x = "param"'), b = () => x) {
  return [x, b()];
}
console.log(f(), g(), h(), x);

function outer() {
  let y = 'outer-let';
  var z = 1;
  function mid() {
    eval('var y = "from eval"; var z = 2;');
    function inner() {
      return [y, z];
    }
    z = 3;
    return inner();
  }
  const r = mid();
  return [r, y, z];
}
console.log(JSON.stringify(outer()));

function noShadow() {
  let q = 'q';
  function mid() {
    eval('var other = 1');
    return (() => q)();
  }
  return mid();
}
console.log(noShadow());

function tdz() {
  function mid() {
    eval('');
    return (() => late)();
  }
  try {
    mid();
  } catch (e) {
    console.log(e.name, e.message);
  }
  let late = 1;
  return mid();
}
console.log(tdz());

function conditional(declare) {
  if (declare) eval('var x = "maybe"');
  return x;
}
console.log(conditional(true), conditional(false));

// Such a var can be deleted, uncovering the outer variable again.
var d = 'global d';
function deletes() {
  eval('var d = 1');
  return [delete d, typeof d, d];
}
console.log(deletes());
function deletesInner() {
  let q = 'outer';
  function mid() {
    eval('var q = 2');
    return [delete q, q];
  }
  return [mid(), q];
}
console.log(JSON.stringify(deletesInner()));
function keeps() {
  let q = 1;
  function mid() {
    eval('');
    return delete q;
  }
  return mid();
}
console.log(keeps());

// A const the eval's var shadows is not assigned; one it does not shadow
// still cannot be.
function shadowsConst() {
  const x = 1;
  function g() {
    eval('var x');
    x = 2;
    return x;
  }
  return [g(), x];
}
console.log(shadowsConst());
function keepsConst() {
  const x = 1;
  function g() {
    eval('');
    try {
      x = 2;
    } catch (e) {
      return e.message;
    }
  }
  return g();
}
console.log(keepsConst());
