// Two removed objects, one inside the other, kept through a loop (the
// outer one's field is the inner object, unchanged; the inner one's
// fields are loop phis). The deopt rebuilds both, nested.
// deopt: function=walk reason=not a Smi materialized=2
function walk(steps) {
  const pos = { x: 0, y: 0 };
  const state = { pos: pos, moves: 0 };
  for (let i = 0; i < steps.length; i++) {
    state.pos.x = state.pos.x + steps[i];
    state.pos.y = state.pos.y - 1;
    state.moves = state.moves + 1;
  }
  return state.moves + ' moves to ' + state.pos.x + ',' + state.pos.y + ' ' + (state.pos === pos);
}

function tagged(...values) {
  const a = [{}];
  for (const v of values) a.push(v);
  a.shift();
  return a;
}

%PrepareFunctionForOptimization(walk);
console.log(walk(tagged(1, 2, 3)));
console.log(walk(tagged(4)));
%OptimizeFunctionOnNextCall(walk);
console.log(walk(tagged(1, 1, 1, 1)));
console.log(walk(tagged(2, 3, 0.5, 4)));
console.log(walk(tagged()));
