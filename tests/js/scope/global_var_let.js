var globalVar = 'var';
let globalLet = 'let';
const globalConst = 'const';
function globalFn() {}
console.log(typeof globalThis);
// In CommonJS modules, top-level var does not become a global property
console.log(typeof globalThis.globalLet, typeof globalThis.globalConst);
globalThis.explicit = 'on global';
console.log(explicit);
console.log('explicit' in globalThis);
implicitGlobal = 'implicit';
console.log(globalThis.implicitGlobal);
console.log(delete globalThis.implicitGlobal, typeof implicitGlobal);
function makeImplicit() { anotherImplicit = 7; }
makeImplicit();
console.log(anotherImplicit);
console.log(globalVar, globalLet, globalConst, typeof globalFn);
console.log(typeof globalThis.Math, globalThis.Math === Math);
console.log(globalThis.undefined, globalThis.NaN, globalThis.Infinity);
console.log(typeof this, this === module.exports);
