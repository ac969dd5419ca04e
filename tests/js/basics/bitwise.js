console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(1 << 31, 1 << 32, 1 << 33);
console.log(-1 >> 1, -1 >>> 1, -1 >>> 0);
console.log(-8 >> 1, -8 >>> 1, -8 >>> 28);
console.log(255 >> 4, 255 << 4, 0xff00ff >>> 8);
console.log(2 ** 32 | 0, (2 ** 32 + 5) | 0, (2 ** 31) | 0);
console.log(3.7 | 0, -3.7 | 0, ~~9.99, ~~-9.99);
console.log(NaN | 0, Infinity | 0, '12' | 0, 'x' | 0);
console.log(1 << -1, 8 >> 35);
console.log(0x7fffffff + 1 | 0);
console.log((0xdeadbeef >>> 0).toString(16), (0xdeadbeef | 0));
let h = 0;
const s = 'hello world';
for (let i = 0; i < s.length; i++) {
  h = (h * 31 + s.charCodeAt(i)) | 0;
}
console.log('hash', h, h >>> 0);
function popcount(n) {
  let c = 0;
  n = n >>> 0;
  while (n) { c += n & 1; n >>>= 1; }
  return c;
}
console.log(popcount(0), popcount(255), popcount(-1), popcount(0x55555555));
let flags = 0;
flags |= 1 << 3;
flags |= 1 << 0;
console.log(flags, (flags & 8) !== 0, (flags & 4) !== 0);
flags &= ~8;
console.log(flags);
flags ^= 0xf;
console.log(flags);
let sh = -1024;
sh >>= 3; console.log(sh);
sh >>>= 20; console.log(sh);
sh <<= 2; console.log(sh);
