function* trafficLight() {
  while (true) {
    const cmd = yield 'green';
    if (cmd === 'emergency') { yield 'flashing'; continue; }
    yield 'yellow';
    yield 'red';
  }
}
const light = trafficLight();
const states = [];
for (let i = 0; i < 7; i++) states.push(light.next(i === 3 ? 'emergency' : undefined).value);
console.log(states.join(' -> '));
function* lexer(input) {
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c === ' ') { i++; continue; }
    if (c >= '0' && c <= '9') {
      let num = '';
      while (i < input.length && input[i] >= '0' && input[i] <= '9') num += input[i++];
      yield { type: 'NUM', value: Number(num) };
    } else {
      yield { type: 'SYM', value: c };
      i++;
    }
  }
  yield { type: 'EOF' };
}
console.log([...lexer('12 + 3*(45 - 6)')].map(t => t.type === 'EOF' ? 'EOF' : `${t.type}:${t.value}`).join(' '));
function* runningAverage() {
  let sum = 0, count = 0, avg;
  while (true) {
    const v = yield avg;
    sum += v;
    count++;
    avg = sum / count;
  }
}
const ra = runningAverage();
ra.next();
console.log([10, 20, 30, 40].map(v => ra.next(v).value));
function* idMaker(prefix) {
  let id = 0;
  while (true) {
    const reset = yield `${prefix}${id++}`;
    if (reset) id = 0;
  }
}
const ids = idMaker('id-');
console.log(ids.next().value, ids.next().value, ids.next().value, ids.next(true).value, ids.next().value);
function* pipeline() {
  const stages = ['parse', 'validate', 'transform', 'save'];
  for (const [i, s] of stages.entries()) {
    const ok = yield `${i + 1}/${stages.length} ${s}`;
    if (ok === false) return `aborted at ${s}`;
  }
  return 'completed';
}
for (const failAt of [-1, 2]) {
  const p = pipeline();
  let r = p.next();
  let step = 0;
  while (!r.done) { console.log(r.value); r = p.next(step++ !== failAt); }
  console.log('=>', r.value);
}
