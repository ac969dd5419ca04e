// Logical assignment to an identifier names an anonymous function, arrow
// or class after it (NamedEvaluation), as plain assignment does; member
// targets do not.
let a;
a ||= function () {};
let b = null;
b ??= () => 1;
let c = 1;
c &&= class {};
const o = {};
o.d ||= function () {};
let e = 0;
e ||= function named() {};
console.log(a.name, b.name, c.name, JSON.stringify(o.d.name), e.name);
