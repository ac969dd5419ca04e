// Mapped arguments objects: defineProperty on an aliased index keeps or ends the aliasing as the spec says.
function t(name, f) { try { console.log(name, String(f())); } catch (e) { console.log(name, "threw", e.constructor.name); } }
function d(o, k) { var x = Object.getOwnPropertyDescriptor(o, k); return x ? JSON.stringify(x) : "none"; }
t("configurable:false", function (a) { Object.defineProperty(arguments, "0", { configurable: false }); return d(arguments, "0") + " delete=" + delete arguments[0]; }.bind(null, 1));
t("writable:false unmaps", function (a) { Object.defineProperty(arguments, "0", { writable: false }); a = 2; return d(arguments, "0"); }.bind(null, 1));
t("accessor", function (a) { var n = 0; Object.defineProperty(arguments, "0", { set(v) { n++; }, enumerable: true, configurable: true }); arguments[0] = "foo"; return n + " " + a; }.bind(null, 0));
t("delete arguments", function () { return delete arguments; });
t("value follows", function (a) { Object.defineProperty(arguments, "0", { value: 5 }); var first = a; a = 6; return first + " " + arguments[0]; }.bind(null, 1));
t("non-configurable keeps alias", function (a) { Object.defineProperty(arguments, "0", { configurable: false }); a = 3; arguments[0] = 4; return a + " " + d(arguments, "0"); }.bind(null, 1));
t("delete unmaps", function (a) { delete arguments[0]; arguments[0] = 9; return a + " " + arguments[0]; }.bind(null, 1));
