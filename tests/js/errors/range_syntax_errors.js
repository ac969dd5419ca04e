function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    // JSON and circular-structure messages are engine specific: print only the name
    const detail = label.startsWith('JSON') ? '' : e.message;
    console.log(label, e.name, detail);
  }
}
attempt('array length', () => new Array(-1));
attempt('toFixed range', () => (1).toFixed(101));
attempt('toString radix', () => (10).toString(1));
attempt('repeat negative', () => 'a'.repeat(-1));
attempt('repeat infinity', () => 'a'.repeat(Infinity));
attempt('JSON parse bad', () => JSON.parse('{'));
attempt('JSON parse trailing comma', () => JSON.parse('[1,]'));
attempt('JSON parse ok', () => JSON.parse('{"a":[1,2,{"b":null}]}'));
attempt('JSON parse single quote', () => JSON.parse("{'a':1}"));
attempt('JSON parse empty', () => JSON.parse(''));
attempt('JSON stringify circular', () => { const o = {}; o.o = o; return JSON.stringify(o); });
attempt('fromCodePoint bad', () => String.fromCodePoint(-1));
attempt('deep recursion', () => { function r() { return r() + 1; } return r(); });
attempt('after recursion still works', () => 'fine');
