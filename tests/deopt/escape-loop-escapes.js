// An object the loop lets escape in one iteration cannot stay removed
// through the loop: the graph is built again allocating it before the
// loop. The escaped object must be the very one the loop goes on
// updating.
// deopt: function=count reason=not a Smi
let seen = null;
function count(n, escapeAt) {
  const c = { hits: 0 };
  for (let i = 0; i < n; i++) {
    c.hits = c.hits + 1;
    if (i === escapeAt) seen = c;
  }
  return c.hits;
}

%PrepareFunctionForOptimization(count);
console.log(count(3, -1), seen);
console.log(count(4, 1), seen);
%OptimizeFunctionOnNextCall(count);
console.log(count(5, 2), seen, seen.hits);
const before = seen;
console.log(count(6, -1), seen === before);
console.log(count(2.5, 0), seen);
