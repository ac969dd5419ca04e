class EventEmitter {
  #listeners = new Map();
  on(event, fn) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, []);
    this.#listeners.get(event).push({ fn, once: false });
    return this;
  }
  once(event, fn) {
    this.on(event, fn);
    const list = this.#listeners.get(event);
    list[list.length - 1].once = true;
    return this;
  }
  off(event, fn) {
    const list = this.#listeners.get(event);
    if (!list) return this;
    const idx = list.findIndex(l => l.fn === fn);
    if (idx >= 0) list.splice(idx, 1);
    if (list.length === 0) this.#listeners.delete(event);
    return this;
  }
  emit(event, ...args) {
    const list = this.#listeners.get(event);
    if (!list || list.length === 0) {
      if (event === 'error') throw args[0] instanceof Error ? args[0] : new Error('Unhandled error: ' + args[0]);
      return false;
    }
    for (const l of list.slice()) {
      if (l.once) this.off(event, l.fn);
      l.fn.apply(this, args);
    }
    return true;
  }
  listenerCount(event) { return (this.#listeners.get(event) || []).length; }
  eventNames() { return [...this.#listeners.keys()]; }
}
const em = new EventEmitter();
const log = (...a) => console.log('log:', ...a);
em.on('data', log);
em.on('data', function (x) { console.log('this is emitter:', this === em, 'x*2 =', x * 2); });
em.once('data', x => console.log('once handler got', x));
console.log(em.emit('data', 1));
console.log(em.emit('data', 2));
console.log(em.listenerCount('data'), em.eventNames());
em.off('data', log);
em.emit('data', 3);
console.log(em.emit('nothing'));
try {
  em.emit('error', 'bad thing');
} catch (e) {
  console.log('caught', e.message);
}
em.on('error', e => console.log('handled error:', e.message));
em.emit('error', new Error('handled now'));
class Store extends EventEmitter {
  #state;
  constructor(initial) { super(); this.#state = initial; }
  get state() { return this.#state; }
  dispatch(action) {
    const prev = this.#state;
    switch (action.type) {
      case 'inc': this.#state = { ...prev, count: prev.count + (action.by ?? 1) }; break;
      case 'rename': this.#state = { ...prev, name: action.name }; break;
      default: this.emit('unknown', action.type); return;
    }
    this.emit('change', this.#state, prev);
  }
}
const store = new Store({ count: 0, name: 'store' });
store.on('change', (s, p) => console.log('change', JSON.stringify(p), '->', JSON.stringify(s)));
store.on('unknown', t => console.log('unknown action', t));
store.dispatch({ type: 'inc' });
store.dispatch({ type: 'inc', by: 5 });
store.dispatch({ type: 'rename', name: 'renamed' });
store.dispatch({ type: 'reset' });
console.log(store.state, store instanceof EventEmitter);
const order = [];
const chain = new EventEmitter();
chain.on('a', () => { order.push('a1'); chain.emit('b'); order.push('a1-end'); });
chain.on('b', () => order.push('b1'));
chain.on('a', () => order.push('a2'));
chain.emit('a');
console.log(order.join(' '));
