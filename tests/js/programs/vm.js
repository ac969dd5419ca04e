// A small stack-based virtual machine with an assembler
const OPS = ['push', 'pop', 'add', 'sub', 'mul', 'div', 'mod', 'dup', 'swap', 'over', 'jmp', 'jz', 'jnz',
  'load', 'store', 'print', 'call', 'ret', 'halt', 'lt', 'eq', 'not'];
function assemble(src) {
  const lines = src.split('\n').map(l => {
    const hash = l.indexOf(';');
    return (hash >= 0 ? l.slice(0, hash) : l).trim();
  }).filter(l => l.length);
  const labels = {};
  const code = [];
  for (const line of lines) {
    if (line.endsWith(':')) { labels[line.slice(0, -1)] = code.length; continue; }
    const [op, arg] = line.split(' ').filter(Boolean);
    if (!OPS.includes(op)) throw new SyntaxError('unknown op ' + op);
    code.push({ op, arg });
  }
  for (const ins of code) {
    if (ins.arg !== undefined) ins.arg = ins.arg in labels ? labels[ins.arg] : Number(ins.arg);
  }
  return code;
}
class VM {
  constructor(code) {
    this.code = code; this.stack = []; this.calls = []; this.mem = new Array(16).fill(0);
    this.pc = 0; this.steps = 0; this.output = [];
  }
  pop() {
    if (!this.stack.length) throw new Error(`stack underflow at pc=${this.pc - 1}`);
    return this.stack.pop();
  }
  run(limit = 100000) {
    while (this.pc < this.code.length) {
      if (++this.steps > limit) throw new Error('step limit exceeded');
      const { op, arg } = this.code[this.pc++];
      const s = this.stack;
      switch (op) {
        case 'push': s.push(arg); break;
        case 'pop': this.pop(); break;
        case 'add': { const b = this.pop(); s.push(this.pop() + b); break; }
        case 'sub': { const b = this.pop(); s.push(this.pop() - b); break; }
        case 'mul': { const b = this.pop(); s.push(this.pop() * b); break; }
        case 'div': { const b = this.pop(); s.push(Math.trunc(this.pop() / b)); break; }
        case 'mod': { const b = this.pop(); s.push(this.pop() % b); break; }
        case 'lt': { const b = this.pop(); s.push(this.pop() < b ? 1 : 0); break; }
        case 'eq': { const b = this.pop(); s.push(this.pop() === b ? 1 : 0); break; }
        case 'not': s.push(this.pop() ? 0 : 1); break;
        case 'dup': { const a = this.pop(); s.push(a, a); break; }
        case 'swap': { const b = this.pop(), a = this.pop(); s.push(b, a); break; }
        case 'over': { const b = this.pop(), a = this.pop(); s.push(a, b, a); break; }
        case 'jmp': this.pc = arg; break;
        case 'jz': if (this.pop() === 0) this.pc = arg; break;
        case 'jnz': if (this.pop() !== 0) this.pc = arg; break;
        case 'load': s.push(this.mem[arg]); break;
        case 'store': this.mem[arg] = this.pop(); break;
        case 'print': this.output.push(this.pop()); break;
        case 'call': this.calls.push(this.pc); this.pc = arg; break;
        case 'ret': this.pc = this.calls.pop(); break;
        case 'halt': return this;
      }
    }
    return this;
  }
}
const factorial = `
  push 1
  store 0      ; acc = 1
  push 10
  store 1      ; n = 10
loop:
  load 1
  jz done
  load 0
  load 1
  mul
  store 0
  load 1
  push 1
  sub
  store 1
  jmp loop
done:
  load 0
  print
  halt
`;
let vm = new VM(assemble(factorial)).run();
console.log('factorial output', vm.output, 'steps', vm.steps);
const fib = `
  push 0
  push 1
  push 15
  store 2
next:
  over
  print
  swap
  over
  add
  load 2
  push 1
  sub
  dup
  store 2
  jnz next
  halt
`;
vm = new VM(assemble(fib)).run();
console.log('fib output', vm.output.join(' '), 'final stack', vm.stack);
const primes = `
  push 2
  store 0          ; candidate
outer:
  load 0
  push 60
  lt
  jz end
  push 2
  store 1          ; divisor
inner:
  load 1
  load 1
  mul
  load 0
  swap
  lt               ; candidate < d*d ?
  jnz isprime
  load 0
  load 1
  mod
  jz notprime
  load 1
  push 1
  add
  store 1
  jmp inner
isprime:
  load 0
  print
notprime:
  load 0
  push 1
  add
  store 0
  jmp outer
end:
  halt
`;
vm = new VM(assemble(primes)).run();
console.log('primes', vm.output.join(','), 'steps', vm.steps);
const sub = `
  push 7
  call square
  print
  push 12
  call square
  print
  halt
square:
  dup
  mul
  ret
`;
console.log('subroutine', new VM(assemble(sub)).run().output);
for (const bad of ['push 1\nadd', 'bogus 3', 'loop:\njmp loop']) {
  try {
    new VM(assemble(bad)).run(1000);
  } catch (e) {
    console.log('error:', e.name, e.message);
  }
}
