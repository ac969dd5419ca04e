// Recursion through async functions and yield* nests a run of the interpreter
// per level; thousands of levels work, as in node.
async function f(n) { if (n === 0) return 0; return 1 + await f(n - 1); }
f(2000).then((v) => console.log('depth', v));
function* g(n) { if (n > 0) yield* g(n - 1); yield n; }
let c = 0; for (const x of g(1000)) c++;
console.log('gen', c);
