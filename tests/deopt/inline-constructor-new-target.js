// `new.target` inside an inlined constructor is the constructor, also for
// an arrow function created there.
// deopt: none
function F() {
  this.direct = new.target === F;
  const arrow = () => new.target;
  this.viaArrow = arrow() === F;
}
function make() {
  const o = new F();
  return o.direct + ' ' + o.viaArrow;
}

%PrepareFunctionForOptimization(make);
console.log(make(), make());
%OptimizeFunctionOnNextCall(make);
console.log(make(), make());
