function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e instanceof ReferenceError, e.name, e.message);
  }
}
attempt('let before decl', () => {
  const r = early;
  let early = 1;
  return r;
});
attempt('const before decl', () => {
  const r = k + 1;
  const k = 2;
  return r;
});
attempt('typeof in TDZ', () => {
  const t = typeof later;
  let later = 1;
  return t;
});
attempt('self reference', () => {
  let self = self + 1;
  return self;
});
attempt('after decl', () => {
  let fine = 5;
  return fine;
});
attempt('closure called early', () => {
  function read() { return value; }
  const r = read();
  let value = 'v';
  return r;
});
attempt('closure called late', () => {
  function read() { return value; }
  let value = 'v';
  return read();
});
attempt('class in TDZ', () => {
  const inst = new K();
  class K {}
  return inst;
});
attempt('undeclared', () => totallyUndeclared);
attempt('shadow tdz', () => {
  let s = 'outer';
  {
    const t = s;
    let s = 'inner';
    return t;
  }
});
