'use strict';
function capitalize(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
function range(n) { return Array.from({ length: n }, (_, i) => i); }
class Stack {
  #items = [];
  push(x) { this.#items.push(x); return this; }
  pop() { return this.#items.pop(); }
  get size() { return this.#items.length; }
}
let calls = 0;
module.exports = { capitalize, range, Stack, counter: () => ++calls, get calls() { return calls; } };
