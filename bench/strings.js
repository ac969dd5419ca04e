// String building, charCodeAt, Map with string keys.
const words = new Map();
let text = '';
for (let i = 0; i < 20000; i++) text += String.fromCharCode(97 + (i * 7) % 26) + (i % 5 === 0 ? ' ' : '');
for (const w of text.split(' ')) words.set(w, (words.get(w) || 0) + 1);
let h = 0;
for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
console.log(words.size, h);
