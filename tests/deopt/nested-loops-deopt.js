// Nested loops: the deopt happens in the inner loop, with both loops'
// phis live; the interpreter must finish the inner loop and the outer one.
// deopt: function=grid reason=overflow
function grid(rows, cols, scale) {
  let total = 0;
  let checksum = 0;
  let r = 0;
  while (r < rows) {
    let c = 0;
    while (c < cols) {
      const cell = (r + 1) * (c + 1) * scale;
      total = total + cell;
      checksum = (checksum * 31 + c) & 0xffff;
      c = c + 1;
    }
    r = r + 1;
  }
  return total + '/' + checksum;
}

%PrepareFunctionForOptimization(grid);
console.log(grid(3, 4, 1));
console.log(grid(2, 2, 5));
%OptimizeFunctionOnNextCall(grid);
console.log(grid(4, 5, 10));
console.log(grid(5, 6, 100000000));
console.log(grid(2, 3, 7));
