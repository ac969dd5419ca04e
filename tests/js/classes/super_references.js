// super.x reads from the home object's prototype with `this` as receiver;
// a null prototype is a TypeError, and a failed sloppy assignment through
// super is silent (strict code throws).
class Base {
  get who() {
    return 'base sees ' + this.name;
  }
}
class Derived extends Base {
  constructor() {
    super();
    this.name = 'derived';
  }
  who2() {
    return super.who;
  }
}
console.log(new Derived().who2());

class Orphan {
  read() {
    return super.x;
  }
  write() {
    super.x = 1;
  }
  readSymbol() {
    return super[Symbol.iterator];
  }
}
Object.setPrototypeOf(Orphan.prototype, null);
for (const m of ['read', 'write', 'readSymbol']) {
  try {
    new Orphan()[m]();
  } catch (e) {
    console.log(m, e.constructor === TypeError, e.message);
  }
}

var sloppy = {
  method() {
    super.x = 8;
    Object.freeze(sloppy);
    super.y = 9;
    return Object.keys(sloppy);
  },
};
console.log(sloppy.method());
const strict = {
  method() {
    'use strict';
    Object.freeze(this);
    super.y = 9;
  },
};
try {
  strict.method();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Assignment through super defines on the receiver, not the prototype.
const proto = { set z(v) { this.seen = v; } };
const child = { __proto__: proto, m() { super.z = 3; super.w = 4; return this; } };
console.log(child.m(), Object.keys(proto));
