// A store that adds a property to a removed object, compiled from a cached
// transition; later a setter, then a read-only property of that name
// appears on Object.prototype: the code must deopt (the transition no
// longer adds the property) and the setter run.
// deopt: function=f reason=prototype chain changed materialized=1
function f(v) {
  let o = {a: v};
  o.z = v + 1;
  o.y = o.z * 2;
  return [Object.keys(o).join(), o.hasOwnProperty("z"), o.z, o.y];
}
%PrepareFunctionForOptimization(f);
f(1); f(2);
%OptimizeFunctionOnNextCall(f);
console.log(JSON.stringify(f(3)));
let log = [];
Object.defineProperty(Object.prototype, "z", {set(x) { log.push(x); }, get() { return "G"; }, configurable: true});
console.log(JSON.stringify(f(4)), JSON.stringify(log));
console.log(JSON.stringify(f(5)), JSON.stringify(log));
delete Object.prototype.z;
Object.defineProperty(Object.prototype, "y", {value: "RO", writable: false, configurable: true});
console.log(JSON.stringify(f(6)));
delete Object.prototype.y;
function g(v) {
  let a = [v, v + 1];
  let o = {arr: a, w: 0};
  o.w = a[0] + a[1] + a.length;
  return [o.w, JSON.stringify(o)];
}
%PrepareFunctionForOptimization(g);
g(1); g(2);
%OptimizeFunctionOnNextCall(g);
console.log(JSON.stringify(g(3)));
Object.defineProperty(Array.prototype, "0", {get() { return 100; }, set(x) {}, configurable: true});
console.log(JSON.stringify(g(4)));
console.log(JSON.stringify(g(4.5)));
delete Array.prototype[0];
console.log(JSON.stringify(g(5)));
