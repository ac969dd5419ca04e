// helper module: replaces module.exports with a class
let instances = 0;
class Counter {
  constructor(start = 0) { this.value = start; instances++; }
  inc() { return ++this.value; }
  static get instances() { return instances; }
}
module.exports = Counter;
