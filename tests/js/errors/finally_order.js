const log = [];
function task(name, shouldThrow) {
  log.push(`start ${name}`);
  try {
    if (shouldThrow) throw new Error(`${name} failed`);
    log.push(`success ${name}`);
    return `${name} result`;
  } catch (e) {
    log.push(`catch ${e.message}`);
    return `${name} recovered`;
  } finally {
    log.push(`cleanup ${name}`);
  }
}
console.log(task('a', false));
console.log(task('b', true));
console.log(log.join('\n'));
function resource(name) {
  console.log('open', name);
  return { close() { console.log('close', name); } };
}
function useResources() {
  const r1 = resource('r1');
  try {
    const r2 = resource('r2');
    try {
      throw new Error('work failed');
    } finally {
      r2.close();
    }
  } finally {
    r1.close();
  }
}
try { useResources(); } catch (e) { console.log('caught', e.message); }
function counterWithFinally() {
  let i = 0;
  try {
    i++;
    return i;
  } finally {
    i += 10;
    console.log('finally sees i =', i);
  }
}
console.log(counterWithFinally());
function loopFinally() {
  const out = [];
  for (const x of [1, 2, 3]) {
    try {
      if (x === 2) throw new Error('two');
      out.push('ok ' + x);
    } catch (e) {
      out.push('err ' + e.message);
      continue;
    } finally {
      out.push('fin ' + x);
    }
    out.push('after ' + x);
  }
  return out;
}
console.log(loopFinally());
