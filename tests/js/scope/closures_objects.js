function createBankAccount(initial) {
  let balance = initial;
  const history = [];
  function record(type, amt) { history.push(`${type}:${amt}`); }
  return {
    deposit(amt) { balance += amt; record('dep', amt); return balance; },
    withdraw(amt) {
      if (amt > balance) { record('fail', amt); return false; }
      balance -= amt; record('wd', amt); return balance;
    },
    get balance() { return balance; },
    history: () => history.slice(),
  };
}
const acct = createBankAccount(100);
console.log(acct.deposit(50), acct.withdraw(30), acct.withdraw(500), acct.balance);
console.log(acct.history(), acct.balance = 1, acct.balance);
function makeIdGen(prefix) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
const genA = makeIdGen('a'), genB = makeIdGen('b');
console.log(genA(), genA(), genB(), genA(), genB());
const handlers = {};
['click', 'hover', 'focus'].forEach((evt, idx) => {
  handlers[evt] = () => `${evt} handler #${idx}`;
});
console.log(Object.values(handlers).map(h => h()));
function lazyValue(compute) {
  let cached, done = false;
  return () => (done ? cached : ((done = true), (cached = compute())));
}
let computations = 0;
const lv = lazyValue(() => { computations++; return 'expensive'; });
console.log(lv(), lv(), computations);
const counters = Array.from({ length: 3 }, (_, i) => {
  let c = i * 10;
  return () => c++;
});
console.log(counters.map(c => c()), counters.map(c => c()));
function outer() {
  const x = 'outer-x';
  return function middle() {
    const y = 'middle-y';
    return function inner() {
      return `${x} ${y}`;
    };
  };
}
console.log(outer()()());
let late = 'before';
const readLate = () => late;
late = 'after';
console.log(readLate());
