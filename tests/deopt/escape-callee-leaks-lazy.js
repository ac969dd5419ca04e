// A lazy deopt (the code is invalidated during a call the inlined callee
// makes with the caller's object): the rebuilt caller sees the object the
// call changed.
// deopt: function=f reason=code invalidated kind=deopt-lazy frames=2
let seen = null, go = false;
function poke(o) { seen = o; o.n = 5; if (go) %DeoptimizeFunction(f); }
%NeverOptimizeFunction(poke);
function mid(o) { poke(o); }
function f() {
  let o = {n: 1};
  mid(o);
  return [o.n, seen === o];
}
%PrepareFunctionForOptimization(mid);
%PrepareFunctionForOptimization(f);
f(); f();
%OptimizeFunctionOnNextCall(f);
f();
go = true;
console.log(JSON.stringify(f()));
