const name = 'world';
const n = 3;
console.log(`hello ${name}`);
console.log(`n + 1 = ${n + 1}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`obj: ${{}} arr: ${[1, 2]} null: ${null} undef: ${undefined}`);
console.log(`multi
line
  text`);
console.log(`escape \` backtick and \${not interpolated}`);
console.log(`tab\there newline-escape\\n`);
console.log(`${n > 2 ? 'big' : 'small'}`);
const items = ['a', 'b', 'c'];
console.log(`items: ${items.map((x, i) => `${i}:${x}`).join(', ')}`);
function tag(strings, ...vals) {
  console.log(strings.length, vals.length);
  console.log(JSON.stringify(strings));
  console.log(JSON.stringify(strings.raw));
  return strings.reduce((acc, s, i) => acc + s + (i < vals.length ? `<${vals[i]}>` : ''), '');
}
console.log(tag`a${1}b${2}c`);
console.log(tag`${'x'}`);
console.log(tag`line\nbreak`);
console.log(String.raw`C:\new\table ${n}`);
const obj = { toString() { return 'custom'; } };
console.log(`${obj}`);
console.log(`${-0} ${0.1 + 0.2} ${1e21}`);
