// helper module: shared mutable state, demonstrates require cache
const items = [];
module.exports = {
  add(x) { items.push(x); return items.length; },
  all() { return items.slice(); },
  id: 'state-module',
};
