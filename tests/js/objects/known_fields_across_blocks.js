// What optimized code knows about an object's map and fields flows across
// branches and into loops; every way of changing them must be seen there.
// Each function runs hot, so the differential modes compile it.

function Point(x, y) { this.x = x; this.y = y; }
function setX(o, v) { o.x = v; }

// A store on one arm of a branch: the merge cannot know o.x.
function storeOnOneArm(o, c) {
  const before = o.x;
  if (c) setX(o, before + 10);
  return before + o.x + o.y;
}

// The loop stores the field it reads: the header cannot know it.
function storeInLoop(o, n) {
  let s = o.x;
  for (let i = 0; i < n; i++) { s += o.x; o.x = i; }
  return s;
}

// Two names for one object: a store through one changes the other's field.
function aliased(a, b, n) {
  let s = a.x;
  for (let i = 0; i < n; i++) { s += a.x; b.x = i * 2; }
  return s;
}

// A call in the loop may run anything: here it adds a property (new map)
// and changes a field.
function bump(o) { if (o.x > 3 && !('z' in o)) o.z = 1; o.x++; }
function callInLoop(o, n) {
  let s = o.x;
  for (let i = 0; i < n; i++) { s += o.x + o.y; bump(o); }
  return s + (o.z || 0);
}

// A getter that writes another object's field.
const counter = { count: 0 };
const source = { get v() { counter.count++; return 1; } };
function getterInLoop(n) {
  let s = counter.count;
  for (let i = 0; i < n; i++) s += counter.count + source.v;
  return s;
}

// Known on every path into the merge: one load serves both arms.
function sameOnBothArms(o, c) {
  let s;
  if (c) s = o.x + 1; else s = o.x - 1;
  return s * o.x + o.y;
}

// A field changed after the loop exit, read again.
function afterLoop(o, n) {
  let s = o.x;
  for (let i = 0; i < n; i++) s += o.y;
  o.x = s;
  return o.x + o.y;
}

// Objects kept in an array escape, so the functions above really load
// their fields (an inlined call on a fresh object would not).
const points = [];
function fresh(x, y) {
  points.push(new Point(x, y));
  return points[points.length - 1];
}

const results = [];
for (let round = 0; round < 200; round++) {
  results[0] = storeOnOneArm(fresh(round, 2), round % 3 === 0);
  results[1] = storeInLoop(fresh(5, 1), round % 7);
  const q = fresh(1, 1);
  results[2] = aliased(q, q, round % 5);
  results[3] = aliased(fresh(1, 1), fresh(9, 9), round % 5);
  results[4] = callInLoop(fresh(round % 6, 1), 4);
  results[5] = getterInLoop(3);
  results[6] = sameOnBothArms(fresh(round % 4, 3), round % 2 === 0);
  results[7] = afterLoop(fresh(1, round % 3), round % 4);
  if (round % 50 === 0) console.log(round, results.join(' '));
}
console.log(results.join(' '), counter.count);
// A different map at the end: every check must still be there.
const odd = { y: 7, x: 3 };
console.log(storeOnOneArm(odd, true), storeInLoop(odd, 3), callInLoop(odd, 3), afterLoop(odd, 2));
