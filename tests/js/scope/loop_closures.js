const fnsLet = [];
for (let i = 0; i < 4; i++) fnsLet.push(() => i);
console.log(fnsLet.map(f => f()));
const fnsVar = [];
for (var j = 0; j < 4; j++) fnsVar.push(() => j);
console.log(fnsVar.map(f => f()));
const fnsIife = [];
for (var k = 0; k < 4; k++) fnsIife.push((n => () => n)(k));
console.log(fnsIife.map(f => f()));
const fnsMut = [];
for (let i = 0; i < 6; i++) {
  fnsMut.push(() => i);
  i++;
}
console.log(fnsMut.map(f => f()));
const fnsOf = [];
for (const x of ['a', 'b', 'c']) fnsOf.push(() => x);
console.log(fnsOf.map(f => f()));
const fnsIn = [];
for (const key in { p: 1, q: 2 }) fnsIn.push(() => key);
console.log(fnsIn.map(f => f()));
const incr = [];
for (let i = 0; i < 3; i++) {
  incr.push(() => ++i);
}
console.log(incr.map(f => f()), incr.map(f => f()));
let w = 0;
const fnsWhile = [];
while (w < 3) {
  let captured = w;
  fnsWhile.push(() => captured * 10);
  w++;
}
console.log(fnsWhile.map(f => f()));
const fnsClosureInit = [];
for (let i = 0, g = () => i; i < 2; i++) fnsClosureInit.push(g);
console.log(fnsClosureInit.map(f => f()));
