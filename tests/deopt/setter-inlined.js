// A class setter inlined at an assignment: a guard failing inside it
// rebuilds two frames, the setter's marked so that its result is dropped
// and the caller keeps the assigned value in its accumulator. Redefining
// the setter later changes the prototype's map, so the code pinned to
// the old setter deopts instead of calling it.
// deopt: function=update reason=not a Smi frames=2
class Temp {
  constructor() { this._c = 0; this.writes = 0; }
  set celsius(v) { this._c = v * 1; this.writes = this.writes + 1; return 'dropped'; }
  get celsius() { return this._c; }
}
function update(t, v) {
  const r = (t.celsius = v);
  return r + '/' + t.celsius + '/' + t.writes;
}

const t = new Temp();
%PrepareFunctionForOptimization(update);
console.log(update(t, 1));
console.log(update(t, 2));
%OptimizeFunctionOnNextCall(update);
console.log(update(t, 3));
console.log(update(t, 4.5));
console.log(update(t, 5));
%PrepareFunctionForOptimization(update);
%OptimizeFunctionOnNextCall(update);
console.log(update(t, 6));
Object.defineProperty(Temp.prototype, 'celsius', {
  set(v) { this._c = -v; },
  get() { return this._c; },
});
console.log(update(t, 7));
console.log(update(new Temp(), 8));
