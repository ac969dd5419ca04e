// Two closures share one context; one is optimized and deopts after
// writing to it, the other (interpreted) observes every write.
// deopt: function=deposit reason=not a Smi
function account() {
  let balance = 0;
  let log = '';
  const deposit = function (amount) {
    balance = balance + amount;
    log = log + '+' + amount;
    return balance;
  };
  const report = function () { return balance + ' [' + log + ']'; };
  return { deposit, report };
}

const acct = account();
const deposit = acct.deposit;
%PrepareFunctionForOptimization(deposit);
console.log(deposit(10), acct.report());
console.log(deposit(20), acct.report());
%OptimizeFunctionOnNextCall(deposit);
console.log(deposit(30), acct.report());
console.log(deposit(2.25), acct.report());
console.log(deposit(5), acct.report());
