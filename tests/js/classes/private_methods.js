'use strict';
class Parser {
  #input;
  #pos = 0;
  static #instances = 0;
  constructor(input) { this.#input = input; Parser.#instances++; }
  #peek() { return this.#input[this.#pos]; }
  #advance() { return this.#input[this.#pos++]; }
  #skipSpaces() { while (this.#peek() === ' ') this.#advance(); }
  get #remaining() { return this.#input.slice(this.#pos); }
  static #validate(s) { return typeof s === 'string' && s.length > 0; }
  static create(s) {
    if (!Parser.#validate(s)) throw new TypeError('invalid input');
    return new Parser(s);
  }
  static get instances() { return Parser.#instances; }
  words() {
    const out = [];
    this.#skipSpaces();
    while (this.#pos < this.#input.length) {
      let w = '';
      while (this.#peek() !== undefined && this.#peek() !== ' ') w += this.#advance();
      out.push(w);
      this.#skipSpaces();
    }
    return out;
  }
  peekRest() { return this.#remaining; }
  static isParser(o) { return #input in o; }
}
const p = Parser.create('  hello   private  world ');
console.log(p.peekRest());
console.log(p.words(), JSON.stringify(p.peekRest()));
console.log(Parser.instances, Parser.isParser(p), Parser.isParser({}));
try { Parser.create(''); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(p), Object.getOwnPropertyNames(Parser.prototype));
console.log(p);
class Base {
  #secret = 'base secret';
  reveal() { return this.#secret; }
}
class Derived extends Base {
  #secret = 'derived secret';
  revealDerived() { return this.#secret; }
}
const d = new Derived();
console.log(d.reveal(), d.revealDerived());
try {
  Base.prototype.reveal.call({});
} catch (e) {
  console.log(e instanceof TypeError);
}
class Counter {
  #count = 0;
  #increment() { this.#count++; }
  tick(n) { for (let i = 0; i < n; i++) this.#increment(); return this.#count; }
}
console.log(new Counter().tick(5));
try {
  const c = new Counter();
  c['#count'] = 99;
  console.log(c.tick(0), c['#count']);
} catch (e) { console.log('unexpected'); }
