function decl(a, b) {}
const expr = function (a) {};
const namedExpr = function inner(a, b, c) {};
const arrow = (x, y) => {};
const obj = {
  method() {},
  prop: function () {},
  arrowProp: () => {},
  get getter() { return 1; },
  ['comp' + 'uted']() {},
  [Symbol('sym')]() {},
};
class K { static s() {} m(a) {} }
console.log(decl.name, decl.length);
console.log(expr.name, expr.length);
console.log(namedExpr.name, namedExpr.length);
console.log(arrow.name, arrow.length);
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name, obj.computed.name);
const symKey = Object.getOwnPropertySymbols(obj)[0];
console.log(obj[symKey].name);
console.log(Object.getOwnPropertyDescriptor(obj, 'getter').get.name);
console.log(K.name, K.s.name, K.prototype.m.name, K.prototype.m.length);
console.log(decl.bind(null).name, decl.bind(null, 1).length, decl.bind(null, 1, 2, 3).length);
console.log((function () {}).name === '', (() => {}).name === '');
console.log(((a, b = 1, c) => {}).length, ((...r) => {}).length, ((a, ...r) => {}).length);
let assigned;
assigned = function () {};
console.log(assigned.name);
const { destructured = () => {} } = {};
console.log(destructured.name);
