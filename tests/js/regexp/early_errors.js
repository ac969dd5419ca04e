// A regular expression literal the matcher rejects is an early error of the
// code containing it (a SyntaxError from eval), not of its evaluation.
try { eval("/\\p{ASCII=F}/u") } catch (e) { console.log(e.name, e.message) }
console.log(/a(b)/.exec("ab")[1])
try { eval("/(?<a>x)(?<a>y)/") } catch (e) { console.log(e.name, e.message) }
try { eval("/a{2,1}/") } catch (e) { console.log(e.name, e.message) }
function g() { return /x/g.test("x") } console.log(g())
