// Annex B accessor methods of Object.prototype, in V8's property order;
// a second super() runs the parent before it throws.
const o = {};
o.__defineGetter__('x', function () { return 42; });
o.__defineSetter__('x', function (v) { this._x = v; });
o.x = 5;
console.log(o.x, o._x, Object.keys(o), typeof o.__lookupGetter__('x'), typeof o.__lookupSetter__('x'));
const child = Object.create(o);
console.log(child.__lookupGetter__('x') === o.__lookupGetter__('x'), child.__lookupGetter__('_x'), child.__lookupGetter__('nope'));
try { o.__defineGetter__('y', 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertyNames(Object.prototype));
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.length);
class C { #p = 1; get g() { return 1; } }
console.log(typeof C.prototype.__lookupGetter__('g'));
try { Object.freeze(o); o.__defineGetter__('z', () => 1); } catch (e) { console.log(e.constructor.name, e.message); }
var baseCalls = 0; class Base { constructor() { baseCalls++; } }
class S extends Base { constructor() { super(); try { super(); } catch (e) { console.log(e.constructor.name); } } }
new S(); console.log("base calls", baseCalls);
const thrower = Object.getOwnPropertyDescriptor(Function.prototype, 'caller').get;
console.log(Object.isFrozen(thrower), thrower === Object.getOwnPropertyDescriptor(Function.prototype, 'arguments').set);
