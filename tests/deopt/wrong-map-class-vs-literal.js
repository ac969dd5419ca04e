// Class instances and object literals with the same properties have
// different maps: a load specialized to Point instances deopts on a literal.
// deopt: function=norm1 reason=wrong map
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
function norm1(p) { return p.x + p.y; }

%PrepareFunctionForOptimization(norm1);
console.log(norm1(new Point(1, 2)));
console.log(norm1(new Point(3, -4)));
%OptimizeFunctionOnNextCall(norm1);
console.log(norm1(new Point(10, 20)));
console.log(norm1({ x: 100, y: 200 }));
console.log(norm1(new Point(5, 6)));
console.log(norm1(Object.assign(Object.create(Point.prototype), { x: 7, y: 8 })));
