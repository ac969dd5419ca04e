// The different syntactic forms of async functions and their properties.
async function declared(a, b, c) {}
const expr = async function named(x) { return typeof named; };
const anon = async function () {};
const arrow = async (x, y) => x + y;
const arrowOne = async x => x * 2;
const arrowNoArgs = async () => 'no args';

console.log(typeof declared, typeof expr, typeof arrow);
console.log(declared.name, declared.length, expr.name, expr.length, anon.name, arrow.name, arrow.length);
console.log(declared.constructor.name, arrow.constructor.name);
console.log(Object.prototype.toString.call(declared), Object.prototype.toString.call(arrow));
console.log(declared instanceof Function, Object.getPrototypeOf(declared) === Function.prototype);
const AsyncFunction = Object.getPrototypeOf(declared).constructor;
console.log(AsyncFunction.name, AsyncFunction === Function, arrow instanceof AsyncFunction);
console.log(Object.getPrototypeOf(AsyncFunction.prototype) === Function.prototype);
console.log(AsyncFunction.prototype[Symbol.toStringTag]);
console.log('has prototype property', 'prototype' in declared, declared.hasOwnProperty('prototype'), declared.prototype);
for (const f of [declared, expr, arrow]) {
  try {
    new f();
    console.log('constructed?!');
  } catch (e) {
    console.log('new throws TypeError', e instanceof TypeError);
  }
}

const obj = {
  value: 'obj-value',
  async method() {
    await null;
    return this.value;
  },
  async ['computed' + 'Name']() {
    return 'computed';
  },
  arrowHolder() {
    // async arrows capture this and arguments lexically
    const inner = async () => {
      await null;
      return [this.value, arguments.length, arguments[0]];
    };
    return inner();
  },
  async 'quoted key'() { return 'quoted'; },
  async 42() { return 'numeric'; },
};
console.log(obj.method.name, obj.computedName.name, obj['quoted key'].name, obj[42].name);
console.log('method has no prototype', obj.method.prototype, 'prototype' in obj.method);

class Base {
  constructor(name) { this.name = name; }
  async greet(suffix) {
    await null;
    return `hello ${this.name}${suffix}`;
  }
  static async create(name) {
    await null;
    return new this(name);
  }
}
class Derived extends Base {
  async greet(suffix) {
    const base = await super.greet(suffix);
    return base.toUpperCase() + ' (derived)';
  }
  static async create(name) {
    const inst = await super.create(name);
    inst.extra = true;
    return inst;
  }
  async #secret() { return 'private async'; }
  callSecret() { return this.#secret(); }
  async *gen() { yield 1; }
}
console.log(Derived.prototype.greet.name, Derived.create.name, typeof Derived.prototype.gen);
console.log(Derived.prototype.gen.constructor.name, Derived.prototype.greet.constructor.name);

async function main() {
  console.log(await expr(), await arrow(2, 3), await arrowOne(21), await arrowNoArgs());
  console.log(await obj.method(), await obj.computedName(), await obj['quoted key'](), await obj[42]());
  console.log(await obj.arrowHolder('first', 'second'));
  const detached = obj.method;
  // sloppy-mode script: a detached call gets the global object as `this`
  console.log('detached call', await detached());
  console.log(await detached.call({ value: 'called with other this' }));
  const d = await Derived.create('world');
  console.log(d instanceof Derived, d.extra, d.name);
  console.log(await d.greet('!'));
  console.log(await d.callSecret());
  console.log(await new Base('base').greet('?'));

  // async IIFEs and immediately-invoked arrows
  const r1 = await (async function () { return 'iife'; })();
  const r2 = await (async () => 'arrow iife')();
  console.log(r1, r2);

  // async function declarations are hoisted
  console.log(await hoisted());
  async function hoisted() { return 'hoisted'; }

  // async arrow in array methods returns promises
  const doubled = await Promise.all([1, 2, 3].map(async (n) => { await null; return n * 2; }));
  console.log(doubled);
  const mapped = [1, 2].map(async (n) => n);
  console.log(mapped.every((p) => p instanceof Promise));

  // `async` is a contextual keyword and a valid identifier
  const async = (x) => `called async(${x})`;
  console.log(async(1));
  const o2 = { async: 'prop', async() {} };
  console.log(typeof o2.async);

  // arguments object in async function
  async function args() {
    await null;
    return Array.from(arguments);
  }
  console.log(await args(1, 'two', [3]));

  // bound async function
  const bound = obj.method.bind({ value: 'bound value' });
  console.log(bound.name, await bound());

  // AsyncFunction constructor builds a function from source
  const dyn = new AsyncFunction('a', 'b', 'return await a + b;');
  console.log(dyn.name, await dyn(Promise.resolve(1), 2));
}
main();
