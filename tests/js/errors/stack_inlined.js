// Stack traces through optimized code name every inlined frame with its
// own position (paths are cut so the output does not depend on the
// checkout's location).
function frames(e) {
  return e.stack
    .split('\n')
    .filter((l) => !l.includes('node:'))
    .map((l) => l.replace(/\(.*[\/\\]/, '(').replace(/at \/.*[\/\\]/, 'at '));
}

function leaf(o) {
  return o.value.length;
}
function middle(o) {
  return leaf(o) + 1;
}
function outer(o) {
  return middle(o) * 2;
}

let sum = 0;
for (let i = 0; i < 20000; i++) sum += outer({ value: 'abc' });
console.log(sum);
try {
  outer({});
} catch (e) {
  console.log(frames(e).join('\n'));
}

function thrower(x) {
  if (x > 100000) throw new Error('too big: ' + x);
  return x;
}
function check(x) {
  return thrower(x) + 1;
}
function run(n) {
  let t = 0;
  for (let i = 0; i < n; i++) t += check(i);
  return t;
}
console.log(run(5000));
try {
  run(200000);
} catch (e) {
  console.log(frames(e).join('\n'));
}

function callsMissing(o) {
  return o.missing();
}
function viaMiddle(o) {
  return callsMissing(o);
}
for (let i = 0; i < 5000; i++) {
  try {
    viaMiddle({ missing() { return i; } });
  } catch (e) {}
}
try {
  viaMiddle({});
} catch (e) {
  console.log(e.message);
  console.log(frames(e).join('\n'));
}

// An inlined constructor's frame is still `new P`.
class P {
  constructor(x) {
    this.x = x;
    if (x > 5000) this.trace = frames(new Error('in constructor'));
  }
}
function make(i) {
  return new P(i);
}
let trace;
for (let i = 0; i < 6000; i++) trace = make(i).trace || trace;
console.log(trace.join('\n'));
