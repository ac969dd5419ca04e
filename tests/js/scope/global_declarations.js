// GlobalDeclarationInstantiation: every check before any binding; function
// declarations over configurable globals redefine them; classic scripts reject
// top-level return and new.target.
function t(name, f) { try { console.log(name, String(f())); } catch (e) { console.log(name, "threw", e.constructor.name + ": " + e.message); } }
var run = require('vm').runInThisContext;
run("let lexA;");
// 1. atomic: the failing script must not create `x1`
t("lex conflict", () => run("var x1; let lexA;"));
t("  x1 created?", () => "x1" in globalThis);
// 3. function over configurable global redefines it {W,E,!C}
Object.defineProperty(globalThis, "cfg", { value: 0, configurable: true });
run("function cfg() {}");
t("cfg", () => JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, "cfg"), (k, v) => typeof v === "function" ? "fn" : v));
// 4. let on a non-configurable global property -> SyntaxError
t("let NaN", () => run("let NaN;"));
// 6. new var on non-extensible global -> TypeError, before the script runs
Object.preventExtensions(globalThis);
t("var on non-extensible", () => run("globalThis.ran = true; var brandNewVar;"));
// (Only the error's kind: messages of syntax errors are the parser's.)
for (const source of ["return 1", "new.target", "() => new.target"]) {
  try { run(source); } catch (e) { console.log(source, "->", e.constructor.name); }
}
t("eval var over let", () => (0, eval)("var lexA"));
t("eval function", () => { (0, eval)("function fromEval() { return 7 }"); const d = Object.getOwnPropertyDescriptor(globalThis, "fromEval"); return d.configurable + " " + d.writable + " " + fromEval(); });
