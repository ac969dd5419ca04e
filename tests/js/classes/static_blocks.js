class Config {
  static defaults = { level: 1 };
  static derived;
  static {
    console.log('static block 1 runs, defaults level', this.defaults.level);
    Config.derived = Config.defaults.level * 10;
  }
  static other = Config.derived + 1;
  static {
    console.log('static block 2 sees other', this.other);
  }
  static #secret = 'hidden';
  static reveal() { return Config.#secret; }
}
console.log(Config.derived, Config.other, Config.reveal());
class Registry {
  static items = [];
  static register(x) { this.items.push(x); return this; }
  static { this.register('builtin-a').register('builtin-b'); }
}
console.log(Registry.items);
class Child extends Registry {
  static { console.log('child static, inherits items', this.items.length); }
}
console.log(Object.hasOwn(Child, 'items'), Child.items === Registry.items);
class Counter {
  static count = 0;
  static increment() { return ++this.count; }
}
class SubCounter extends Counter {}
Counter.increment();
SubCounter.increment();
console.log(Counter.count, SubCounter.count, Object.hasOwn(SubCounter, 'count'));
let captured;
class Capture {
  static #x = 42;
  static { captured = () => Capture.#x; }
}
console.log(captured());
console.log(Object.keys(Config));
