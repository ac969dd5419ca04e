// Thirty locals of mixed kinds (int32, float64, strings, booleans, an
// object field), all live across a deopt in the middle of the function.
// deopt: function=wide reason=not a Smi
function wide(p0, p1, p2, p3, p4, p5, obj) {
  const v0 = p0 + 1, v1 = p1 + 2, v2 = p2 + 3, v3 = p3 + 4, v4 = p4 + 5;
  const v5 = p0 * 2, v6 = p1 * 3, v7 = p2 * 4, v8 = p3 * 5, v9 = p4 * 6;
  const d0 = p0 / 2, d1 = p1 / 4, d2 = p2 / 8, d3 = p3 / 16, d4 = p4 / 32;
  const s0 = 'a' + p0, s1 = 'b' + p1, s2 = 'c' + p2, s3 = 'd' + p3;
  const f0 = obj.k, f1 = obj.k + 1;
  const c0 = v0 < v1, c1 = v2 < v3, c2 = v4 < v5;
  const w0 = v0 - v9, w1 = v1 - v8, w2 = v2 - v7, w3 = v3 - v6, w4 = v4 - v5;
  const t = p5 + v0;
  return v0 + ',' + v1 + ',' + v2 + ',' + v3 + ',' + v4 + ',' + v5 + ',' + v6 + ',' +
    v7 + ',' + v8 + ',' + v9 + ',' + d0 + ',' + d1 + ',' + d2 + ',' + d3 + ',' +
    d4 + ',' + s0 + ',' + s1 + ',' + s2 + ',' + s3 + ',' + f0 + ',' + f1 + ',' +
    c0 + ',' + c1 + ',' + c2 + ',' + w0 + ',' + w1 + ',' + w2 + ',' + w3 + ',' +
    w4 + ',' + t;
}

const o = { k: 100 };
%PrepareFunctionForOptimization(wide);
console.log(wide(1, 2, 3, 4, 5, 6, o));
console.log(wide(7, 8, 9, 10, 11, 12, o));
%OptimizeFunctionOnNextCall(wide);
console.log(wide(13, 14, 15, 16, 17, 18, o));
console.log(wide(13, 14, 15, 16, 17, 0.5, o));
console.log(wide(-1, -2, -3, -4, -5, 'six', o));
