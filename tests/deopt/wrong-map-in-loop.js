// A loop over an array of objects, specialized to the one map seen in
// warm-up; an object of another shape in the middle deopts the loop and
// the interpreter finishes it.
// deopt: function=totalPrice reason=wrong map
function totalPrice(items) {
  let sum = 0;
  let count = 0;
  let i = 0;
  while (i < items.length) {
    const it = items[i];
    sum = sum + it.price * it.qty;
    count = count + it.qty;
    i = i + 1;
  }
  return count + ' items, ' + sum;
}

function item(price, qty) { return { price: price, qty: qty }; }
%PrepareFunctionForOptimization(totalPrice);
console.log(totalPrice([item(1, 2), item(3, 4)]));
console.log(totalPrice([item(5, 1)]));
%OptimizeFunctionOnNextCall(totalPrice);
console.log(totalPrice([item(2, 2), item(3, 3), item(4, 4)]));
console.log(totalPrice([item(2, 2), { qty: 3, price: 7 }, item(4, 4)]));
console.log(totalPrice([item(1, 1), item(1, 1)]));
