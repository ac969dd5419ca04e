// A class's instance fields are initialized inside its constructor's
// frame in every tier (the frame shows in `stack` even once the
// constructor is optimized), and calls are reported where V8 reports
// them: at the callee's name, else at the argument list.
function frames(e) {
  return e.stack
    .split('\n')
    .slice(1)
    .filter((l) => !l.includes('node:'))
    .map((l) => l.replace(/\(.*[\/\\]/, '(').replace(/at \/.*[\/\\]/, 'at '));
}

class Plain {
  depth = frames(new Error('field')).length;
}
class WithCtor {
  trace = frames(new Error('field'));
  constructor(a = frames(new Error('default'))) {
    this.a = a;
  }
}
class Derived extends Plain {
  more = frames(new Error('derived'));
}
class Private {
  #m() {
    return frames(new Error('private'));
  }
  x = this.#m();
}

const depths = new Set();
for (let i = 0; i < 3000; i++) depths.add(new Plain().depth);
console.log([...depths]);
for (let i = 0; i < 3000; i++) new WithCtor();
const w = new WithCtor();
console.log(w.trace.join('\n'));
console.log(w.a.join('\n'));
for (let i = 0; i < 3000; i++) new Derived();
console.log(new Derived().more.join('\n'));
console.log(new Private().x.join('\n'));

function here() {
  return frames(new Error('call'))[1];
}
const o = { f: here };
// Not `const calls = [...]`: V8 would name the last arrow `calls`.
for (const c of [
  () => o.f(),
  () => o['f'](),
  () => (o.f)(),
  () => (0, o.f)(),
  () => o?.f(),
  () => o.f?.(),
  () => o /* ( */ ['f'] (),
  () => here(),
  () => (here)(),
])
  console.log(c());
