console.log(typeof hoisted, hoisted());
function hoisted() { return 'hoisted fn'; }
console.log(v);
var v = 'assigned';
console.log(v);
console.log(typeof fexpr);
var fexpr = function () { return 1; };
console.log(typeof fexpr);
function outer() {
  console.log('inner before decl:', inner());
  return inner;
  function inner() { return 'inner result'; }
}
console.log(typeof outer());
function shadow() {
  console.log('x at start', x);
  var x = 5;
  console.log('x after', x);
}
var x = 'global';
shadow();
console.log(x);
function dup() { return 1; }
function dup() { return 2; }
console.log(dup());
var dupVar = 1;
var dupVar;
console.log(dupVar);
function paramShadow(p) {
  var p;
  console.log('param kept', p);
  var p = 'reassigned';
  console.log(p);
}
paramShadow('arg');
if (true) {
  function inBlock() { return 'block fn'; }
}
console.log(inBlock());
