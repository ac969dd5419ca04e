function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    case score >= 70: return 'C';
    default: return 'F';
  }
}
console.log([95, 85, 75, 10, 90, 89.99].map(grade).join(''));
function daysIn(month, leap) {
  switch (month) {
    case 'feb':
      return leap ? 29 : 28;
    case 'apr': case 'jun': case 'sep': case 'nov':
      return 30;
    default:
      return 31;
  }
}
console.log(['jan', 'feb', 'apr', 'dec'].map(m => daysIn(m, false)), daysIn('feb', true));
function scoped(x) {
  switch (x) {
    case 0: {
      let msg = 'zero';
      return msg;
    }
    case 1: {
      let msg = 'one';
      return msg;
    }
  }
  return 'other';
}
console.log(scoped(0), scoped(1), scoped(2));
function loopSwitch() {
  const out = [];
  for (let i = 0; i < 6; i++) {
    switch (i % 3) {
      case 0: out.push('fizz'); continue;
      case 1: out.push(i); break;
      default:
        if (i > 4) break;
        out.push('two');
    }
    out.push('|');
  }
  return out.join(' ');
}
console.log(loopSwitch());
function defaultFirst(v) {
  const r = [];
  switch (v) {
    default: r.push('default');
    case 'a': r.push('a'); break;
    case 'b': r.push('b');
  }
  return r.join('+');
}
console.log(defaultFirst('a'), defaultFirst('b'), defaultFirst('z'));
const obj = {};
switch (obj) {
  case {}: console.log('different object literal'); break;
  case obj: console.log('same object'); break;
}
let state = 'start';
const trace = [];
while (state !== 'end') {
  trace.push(state);
  switch (state) {
    case 'start': state = 'middle'; break;
    case 'middle': state = trace.length > 3 ? 'end' : 'loop'; break;
    case 'loop': state = 'middle'; break;
  }
}
console.log(trace.join(' -> '));
