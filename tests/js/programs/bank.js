class InsufficientFunds extends Error {
  constructor(account, amount) {
    super(`Account ${account.id} has insufficient funds for ${amount.toFixed(2)}`);
    this.name = 'InsufficientFunds';
  }
}
class Account {
  static #nextId = 1000;
  #balance = 0;
  #transactions = [];
  constructor(owner, initial = 0) {
    this.id = Account.#nextId++;
    this.owner = owner;
    if (initial > 0) this.deposit(initial, 'opening');
  }
  get balance() { return Math.round(this.#balance * 100) / 100; }
  get transactions() { return this.#transactions.map(t => ({ ...t })); }
  deposit(amount, memo = 'deposit') {
    if (!(amount > 0)) throw new RangeError('deposit must be positive');
    this.#balance += amount;
    this.#transactions.push({ type: 'credit', amount, memo });
    return this;
  }
  withdraw(amount, memo = 'withdrawal') {
    if (amount > this.#balance + this.overdraftLimit()) throw new InsufficientFunds(this, amount);
    this.#balance -= amount;
    this.#transactions.push({ type: 'debit', amount, memo });
    return this;
  }
  charge(amount, memo) {
    this.#balance -= amount;
    this.#transactions.push({ type: 'fee', amount, memo });
  }
  overdraftLimit() { return 0; }
  monthEnd() {}
  toString() { return `${this.constructor.name}#${this.id} ${this.owner}: ${this.balance.toFixed(2)}`; }
}
class Savings extends Account {
  constructor(owner, initial, rate) { super(owner, initial); this.rate = rate; }
  monthEnd() {
    const interest = Math.round(this.balance * this.rate / 12 * 100) / 100;
    if (interest > 0) this.deposit(interest, 'interest');
  }
}
class Checking extends Account {
  overdraftLimit() { return 100; }
  monthEnd() { if (this.balance < 0) this.charge(15, 'overdraft fee'); }
}
class Bank {
  accounts = new Map();
  open(kind, ...args) {
    const acct = kind === 'savings' ? new Savings(...args) : new Checking(...args);
    this.accounts.set(acct.id, acct);
    return acct;
  }
  transfer(fromId, toId, amount) {
    const from = this.accounts.get(fromId), to = this.accounts.get(toId);
    if (!from || !to) throw new Error('unknown account');
    from.withdraw(amount, `transfer to ${toId}`);
    to.deposit(amount, `transfer from ${fromId}`);
  }
  monthEnd() { for (const a of this.accounts.values()) a.monthEnd(); }
  total() { return Math.round([...this.accounts.values()].reduce((s, a) => s + a.balance, 0) * 100) / 100; }
  report() { for (const a of this.accounts.values()) console.log('  ' + a); console.log('  total', this.total().toFixed(2)); }
}
const bank = new Bank();
const alice = bank.open('savings', 'alice', 1000, 0.05);
const bob = bank.open('checking', 'bob', 50);
const carol = bank.open('checking', 'carol');
bank.report();
bank.transfer(alice.id, bob.id, 250.5);
bank.transfer(bob.id, carol.id, 75.25);
console.log('after transfers');
bank.report();
try {
  bank.transfer(carol.id, alice.id, 500);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
bob.withdraw(300, 'rent');
console.log('bob overdrawn', bob.balance);
try { bob.withdraw(100); } catch (e) { console.log(e.message); }
try { alice.deposit(-5); } catch (e) { console.log(e.name, e.message); }
try { bank.transfer(1, 2, 3); } catch (e) { console.log(e.message); }
for (let m = 1; m <= 3; m++) {
  bank.monthEnd();
  console.log('month', m);
  bank.report();
}
console.log(bob.transactions);
console.log(alice.transactions.filter(t => t.memo === 'interest').map(t => t.amount));
console.log(Object.keys(alice), alice instanceof Account);
