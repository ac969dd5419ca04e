// A method loaded from the prototype: the receiver's map and the
// prototype's map pin the slot it is loaded from, and the call-target
// check pins the method. Replacing the method keeps the prototype's map
// (same property, new value), so the call-target check deopts.
// deopt: function=callArea reason=wrong call target
class Square {
  constructor(s) { this.s = s; }
  area() { return this.s * this.s; }
}
function callArea(sq) { return sq.area(); }
%PrepareFunctionForOptimization(callArea);
console.log(callArea(new Square(2)), callArea(new Square(3)));
%OptimizeFunctionOnNextCall(callArea);
console.log(callArea(new Square(4)));
Square.prototype.area = function () { return -1; };
console.log(callArea(new Square(5)));
