function* conversation() {
  const name = yield 'What is your name?';
  console.log('got name', name);
  const hobby = yield `Hello ${name}! Hobby?`;
  console.log('got hobby', hobby);
  return `${name} likes ${hobby}`;
}
const c = conversation();
console.log(c.next('ignored first value'));
console.log(c.next('Ann'));
console.log(c.next('chess'));
console.log(c.next('after done'));
function* accumulator() {
  let total = 0;
  while (true) {
    const v = yield total;
    if (v === undefined) break;
    total += v;
  }
  return 'final ' + total;
}
const acc = accumulator();
acc.next();
console.log(acc.next(5).value, acc.next(10).value, acc.next(-3).value);
console.log(acc.next());
function* echo() {
  let received = [];
  for (let i = 0; i < 3; i++) received.push(yield i);
  return received;
}
const e = echo();
let r = e.next('x');
let step = 0;
while (!r.done) r = e.next('v' + step++);
console.log(r);
function* exprs() {
  const a = (yield 1) + (yield 2);
  console.log('sum of sent', a);
  const arr = [yield 'p', yield 'q'];
  console.log(arr);
}
const ex = exprs();
console.log(ex.next().value, ex.next(10).value, ex.next(20).value, ex.next('P').value, ex.next('Q'));
