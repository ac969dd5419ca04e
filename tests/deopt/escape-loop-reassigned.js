// A variable that holds a new object literal in every iteration: the
// object entering the loop is not the one leaving an iteration, so it is
// allocated before the loop and each iteration's object is allocated as
// it reaches the back edge. Results must not change.
// deopt: function=chain reason=not a Smi
function chain(n, step) {
  let node = { value: 0, prev: null };
  for (let i = 0; i < n; i++) {
    node = { value: node.value + step, prev: node };
  }
  let length = 0;
  for (let p = node; p !== null; p = p.prev) length++;
  return node.value + ' after ' + (length - 1);
}

%PrepareFunctionForOptimization(chain);
console.log(chain(3, 1));
console.log(chain(4, 2));
%OptimizeFunctionOnNextCall(chain);
console.log(chain(5, 3));
console.log(chain(3, 0.5));
console.log(chain(0, 1));
