// Eval code assigning the caller's const throws, and the caller's let/const
// are in their TDZ for it too (reads, writes, typeof).
function h() { const c = 1; try { eval('c = 5'); } catch (e) { console.log(e.name, e.message); } try { eval('c++'); } catch (e) { console.log(e.name); } return c; }
console.log(h());
function f() { try { eval('x'); console.log('no throw'); } catch (e) { console.log(e.message); } try { eval('x = 3'); } catch (e) { console.log(e.message); } try { eval('typeof x'); } catch (e) { console.log(e.message); } let x = 1; return eval('x = 2, x'); }
console.log(f());
function g() { try { eval('k = 1'); } catch (e) { console.log(e.name, e.message); } const k = 0; }
g();
class E { m() { try { eval('E = 1'); } catch (e) { return e.name + ': ' + e.message; } } }
console.log(new E().m(), typeof E);
let top = 1; const ctop = 2;
console.log(eval('top = 5, top'), (() => { try { return eval('ctop = 3'); } catch (e) { return e.message; } })());
