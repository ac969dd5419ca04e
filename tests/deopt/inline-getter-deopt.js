// A class getter is inlined where its map-checked receiver reads it; a
// double where int32s were seen deopts inside the getter, two frames deep,
// and the caller resumes after the property load with the getter's result.
// deopt: function=sumAreas reason=not a Smi frames=2
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
}
function sumAreas(a, b) { return a.area + b.area + ':' + (a.area > b.area); }

%PrepareFunctionForOptimization(sumAreas);
console.log(sumAreas(new Rect(1, 2), new Rect(3, 4)));
console.log(sumAreas(new Rect(5, 6), new Rect(7, 8)));
%OptimizeFunctionOnNextCall(sumAreas);
console.log(sumAreas(new Rect(2, 2), new Rect(3, 3)));
console.log(sumAreas(new Rect(1.5, 2), new Rect(3, 3)));
console.log(sumAreas(new Rect(4, 4), new Rect(1, 1)));
