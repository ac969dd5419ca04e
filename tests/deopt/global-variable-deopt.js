// An optimized function reads global properties (LdaGlobal); when a global
// that held small integers becomes a double, the arithmetic on it deopts.
// deopt: function=scaled reason=not a Smi
globalThis.factor = 3;
globalThis.offset = 1;
function scaled(x) { return x * factor + offset; }

%PrepareFunctionForOptimization(scaled);
console.log(scaled(1));
console.log(scaled(2));
%OptimizeFunctionOnNextCall(scaled);
console.log(scaled(3));
globalThis.factor = 4;
console.log(scaled(3));
globalThis.factor = 1.5;
console.log(scaled(3));
globalThis.offset = 'px';
console.log(scaled(2));
