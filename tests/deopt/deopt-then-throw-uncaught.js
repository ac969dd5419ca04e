// A deopt followed by an uncaught TypeError in the interpreter: the
// program prints what it printed before and exits with status 1.
// deopt: function=getLength reason=wrong map
function getLength(o) {
  const items = o.items;
  return items.length;
}

%PrepareFunctionForOptimization(getLength);
console.log(getLength({ items: [1, 2, 3] }));
console.log(getLength({ items: 'abcd' }));
%OptimizeFunctionOnNextCall(getLength);
console.log(getLength({ items: [] }));
console.log(getLength({ other: 1, items: [5] }));
console.log('before the throw');
getLength({ nothing: true });
console.log('not reached');
