'use strict';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = {};
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET[i]] = i;
function utf8Encode(str) {
  const bytes = [];
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}
function utf8Decode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let cp, n;
    if (b < 0x80) { cp = b; n = 1; }
    else if (b < 0xe0) { cp = b & 31; n = 2; }
    else if (b < 0xf0) { cp = b & 15; n = 3; }
    else { cp = b & 7; n = 4; }
    for (let k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 63);
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}
function encode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i], b1 = bytes[i + 1], b2 = bytes[i + 2];
    const triple = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += ALPHABET[(triple >> 18) & 63] + ALPHABET[(triple >> 12) & 63];
    out += b1 === undefined ? '=' : ALPHABET[(triple >> 6) & 63];
    out += b2 === undefined ? '=' : ALPHABET[triple & 63];
  }
  return out;
}
function decode(str) {
  if (str.length % 4 !== 0) throw new Error('invalid base64 length ' + str.length);
  const bytes = [];
  for (let i = 0; i < str.length; i += 4) {
    const chunk = str.slice(i, i + 4);
    let triple = 0, pad = 0;
    for (const c of chunk) {
      if (c === '=') { pad++; triple <<= 6; continue; }
      if (!(c in LOOKUP)) throw new Error(`invalid character '${c}'`);
      triple = (triple << 6) | LOOKUP[c];
    }
    bytes.push((triple >> 16) & 255);
    if (pad < 2) bytes.push((triple >> 8) & 255);
    if (pad < 1) bytes.push(triple & 255);
  }
  return bytes;
}
const samples = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Hello, World!',
  'Man is distinguished', 'héllo wörld', '日本語テキスト', 'emoji 😀🎉', '\u0000\u00ff'];
for (const s of samples) {
  const enc = encode(utf8Encode(s));
  const dec = utf8Decode(decode(enc));
  console.log(JSON.stringify(s).padEnd(26), enc.padEnd(34), dec === s);
}
console.log(utf8Encode('€'), utf8Encode('😀'));
const allBytes = Array.from({ length: 256 }, (_, i) => i);
const encAll = encode(allBytes);
console.log(encAll.length, encAll.slice(0, 40), encAll.slice(-12));
const back = decode(encAll);
console.log('roundtrip 256 bytes', back.length === 256 && back.every((b, i) => b === i));
for (const bad of ['abc', 'ab$=', 'Zm9v']) {
  try {
    console.log(bad, '->', utf8Decode(decode(bad)));
  } catch (e) {
    console.log(bad, '->', e.message);
  }
}
