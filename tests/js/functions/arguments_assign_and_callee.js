// Sloppy code may assign to arguments; an unmapped arguments object
// (non-simple parameters) has a throwing callee.
function h() { let x = arguments; arguments = [9]; return x[0] + ':' + arguments[0] + ':' + x.length + ':' + arguments.length; }
console.log(h(1, 2));
function m() { arguments = {length: 'o', 0: 'z'}; return arguments[0] + ':' + arguments.length; }
console.log(m(1, 2));
function f(x = 1) { try { return typeof arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(f());
function simple(x) { return typeof arguments.callee; } console.log(simple(), (function () { return arguments.callee === arguments.callee; })());
