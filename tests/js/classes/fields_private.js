class Account {
  owner;
  balance = 0;
  #pin;
  #history = [];
  static #count = 0;
  static bankName = 'JSBank';
  constructor(owner, pin) {
    this.owner = owner;
    this.#pin = pin;
    Account.#count++;
  }
  #log(entry) { this.#history.push(entry); }
  deposit(amount) {
    this.balance += amount;
    this.#log(`+${amount}`);
    return this;
  }
  withdraw(amount, pin) {
    if (pin !== this.#pin) { this.#log('denied'); return false; }
    this.balance -= amount;
    this.#log(`-${amount}`);
    return true;
  }
  get history() { return this.#history.join(' '); }
  static get count() { return Account.#count; }
  static hasPin(obj) { return #pin in obj; }
  equals(other) { return this.#pin === other.#pin; }
}
const a = new Account('ann', 1234);
a.deposit(100).deposit(50);
console.log(a.withdraw(30, 1111), a.withdraw(30, 1234));
console.log(a.balance, a.history);
console.log(a);
console.log(Object.keys(a));
const b = new Account('bob', 1234);
console.log(Account.count, Account.bankName, a.equals(b));
console.log(Account.hasPin(a), Account.hasPin({}));
try {
  Account.prototype.equals.call(a, {});
} catch (e) {
  console.log(e instanceof TypeError);
}
class FieldOrder {
  a = (console.log('init a'), 1);
  b = (console.log('init b'), this.a + 1);
  constructor() { console.log('ctor body', this.a, this.b); }
}
new FieldOrder();
class ArrowField {
  name = 'af';
  getName = () => this.name;
}
const af = new ArrowField();
const getName = af.getName;
console.log(getName());
class Sub extends FieldOrder {
  c = (console.log('init c'), 3);
  constructor() { console.log('sub before super'); super(); console.log('sub after super', this.c); }
}
new Sub();
