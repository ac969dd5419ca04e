var a = 1;
let b = 2;
const c = 3;
{
  var a = 10;
  let b = 20;
  const c = 30;
  console.log('inner', a, b, c);
}
console.log('outer', a, b, c);
function f() {
  var local = 'v';
  if (true) {
    var local = 'v2';
    let blockOnly = 'b';
    console.log(local, blockOnly);
  }
  console.log(local, typeof blockOnly);
}
f();
try {
  c = 4;
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
const obj = { n: 1 };
obj.n = 2;
console.log(obj);
const arr = [];
arr.push(1);
console.log(arr);
for (var i = 0; i < 3; i++) {}
console.log('var i after loop', i);
for (let j = 0; j < 3; j++) {}
console.log('typeof j', typeof j);
let x = 1;
{
  let x = 2;
  {
    let x = 3;
    console.log(x);
  }
  console.log(x);
}
console.log(x);
