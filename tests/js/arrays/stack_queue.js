function balanced(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) return false;
    }
  }
  return stack.length === 0;
}
for (const s of ['()', '([]{})', '(]', '((', 'a(b[c]{d}e)f', '', '}{']) console.log(JSON.stringify(s), balanced(s));
function rpn(expr) {
  const st = [];
  for (const tok of expr.split(' ')) {
    if ('+-*/'.includes(tok) && tok.length === 1) {
      const b = st.pop(), a = st.pop();
      st.push(tok === '+' ? a + b : tok === '-' ? a - b : tok === '*' ? a * b : a / b);
    } else st.push(Number(tok));
    console.log(`  ${tok.padEnd(3)} [${st.join(', ')}]`);
  }
  return st.pop();
}
console.log('result', rpn('3 4 + 2 * 7 /'));
console.log('result', rpn('5 1 2 + 4 * + 3 -'));
class Queue {
  #items = [];
  #head = 0;
  enqueue(v) { this.#items.push(v); return this; }
  dequeue() {
    if (this.#head >= this.#items.length) return undefined;
    const v = this.#items[this.#head++];
    if (this.#head > 16 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return v;
  }
  get size() { return this.#items.length - this.#head; }
}
const q = new Queue();
for (let i = 0; i < 50; i++) q.enqueue(i);
let s = 0;
for (let i = 0; i < 40; i++) s += q.dequeue();
console.log('sum', s, 'size', q.size);
q.enqueue('x').enqueue('y');
const rest = [];
while (q.size) rest.push(q.dequeue());
console.log(rest, q.dequeue());
const deque = [];
deque.push(1); deque.unshift(0); deque.push(2); deque.unshift(-1);
console.log(deque, deque.shift(), deque.pop(), deque);
