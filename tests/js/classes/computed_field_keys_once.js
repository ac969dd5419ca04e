// Computed field keys are evaluated once, when the class is defined, in
// element order (and may yield in a generator).
// computed field keys must be evaluated once, at class definition time
var n = 0;
class C { [(n++, "k" + n)] = 1; }
console.log("after class:", n);
var a = new C(), b = new C();
console.log(Object.keys(a), Object.keys(b), n);
try { class D { [{ toString() { throw new Error("key") } }] = 0; } console.log("no throw"); } catch (e) { console.log(e.message); }
function* g() { class C { [yield 1] = 2; static [yield 3] = 4; } return C; }
const it = g(); console.log(it.next().value); console.log(it.next("a").value); const Y = it.next("b").value; console.log(new Y(), Y.b);
