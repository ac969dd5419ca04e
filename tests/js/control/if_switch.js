function classify(n) {
  if (n < 0) return 'negative';
  else if (n === 0) return 'zero';
  else if (n < 10) return 'small';
  else return 'large';
}
console.log([-5, 0, 3, 42].map(classify));
function sw(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two');
      break;
    default:
      out.push('default');
    case 3:
      out.push('three');
      break;
    case 4: {
      const local = 'four-block';
      out.push(local);
      break;
    }
    case '5':
      out.push('string five');
  }
  return out.join(',');
}
for (const x of [1, 2, 3, 4, 5, '5', 99]) console.log(x, '->', sw(x));
function strictMatch(v) {
  switch (v) {
    case 0: return 'number zero';
    case '0': return 'string zero';
    case false: return 'false';
    case null: return 'null';
    case undefined: return 'undefined';
    case NaN: return 'NaN never matches';
  }
  return 'no match';
}
console.log([0, '0', false, null, undefined, NaN, ''].map(strictMatch));
function evalOrder(v) {
  const log = [];
  const c = n => { log.push('case' + n); return n; };
  switch (v) {
    case c(1): log.push('body1'); break;
    case c(2): log.push('body2');
    case c(3): log.push('body3'); break;
  }
  return log.join(' ');
}
console.log(evalOrder(2));
console.log(evalOrder(7));
switch (true) {
  case 5 > 10: console.log('nope'); break;
  case 5 > 1: console.log('switch(true) works'); break;
}
switch (1) {}
let y = 'z';
if (y) if (y === 'q') console.log('q'); else console.log('dangling else binds inner');
