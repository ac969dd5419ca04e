// Simplified Richards-style OS scheduler simulation: tasks, packets, priorities
const ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
const KIND_DEVICE = 0, KIND_WORK = 1;
class Packet {
  constructor(link, id, kind) {
    this.link = link; this.id = id; this.kind = kind; this.a1 = 0; this.a2 = new Array(4).fill(0);
  }
  addTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let p = queue;
    while (p.link !== null) p = p.link;
    p.link = this;
    return queue;
  }
}
class Task {
  constructor(scheduler, id, priority, queue, fn) {
    this.scheduler = scheduler; this.id = id; this.priority = priority;
    this.queue = queue; this.fn = fn; this.state = {};
    this.held = false; this.waiting = queue === null;
    this.runs = 0;
  }
  get runnable() { return !this.held && (!this.waiting || this.queue !== null); }
}
class Scheduler {
  constructor() { this.tasks = []; this.queueCount = 0; this.holdCount = 0; this.log = []; }
  add(id, priority, queue, fn) { this.tasks[id] = new Task(this, id, priority, queue, fn); }
  pick() {
    let best = null;
    for (const t of this.tasks) if (t && t.runnable && (!best || t.priority > best.priority)) best = t;
    return best;
  }
  run(maxSteps) {
    let steps = 0;
    for (let t = this.pick(); t && steps < maxSteps; t = this.pick(), steps++) {
      let packet = null;
      if (t.waiting && t.queue !== null) {
        packet = t.queue;
        t.queue = packet.link;
        t.waiting = t.queue === null;
      }
      t.runs++;
      t.fn(t, packet);
    }
    return steps;
  }
  queue(packet) {
    const t = this.tasks[packet.id];
    if (!t) return;
    this.queueCount++;
    packet.id = this.current ?? packet.id;
    t.queue = packet.addTo(t.queue);
  }
  send(packet, toId, fromId) {
    this.queueCount++;
    packet.link = null;
    packet.id = fromId;
    const t = this.tasks[toId];
    t.queue = packet.addTo(t.queue);
  }
}
const sched = new Scheduler();
let idleCount = 0;
sched.add(ID_IDLE, 0, null, (t) => {
  idleCount++;
  t.state.v = ((t.state.v ?? 1) * 5 + 3) % 64;
  const target = t.state.v % 2 ? ID_DEVICE_A : ID_DEVICE_B;
  sched.tasks[target].held = false;
  if (idleCount >= 40) t.held = true;
});
sched.tasks[ID_IDLE].waiting = false;
let workQueue = null;
for (let i = 0; i < 2; i++) workQueue = new Packet(workQueue, ID_WORKER, KIND_WORK);
sched.add(ID_WORKER, 1000, workQueue, (t, p) => {
  if (!p) { t.waiting = true; return; }
  t.state.dest = t.state.dest === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  t.state.count = ((t.state.count ?? 0) % 26) + 1;
  p.a1 = 0;
  for (let i = 0; i < 4; i++) p.a2[i] = 64 + ((t.state.count + i) % 26);
  sched.log.push(`W->${t.state.dest === ID_HANDLER_A ? 'A' : 'B'}:${String.fromCharCode(...p.a2)}`);
  sched.send(p, t.state.dest, ID_WORKER);
});
function handler(deviceId, label) {
  return (t, p) => {
    if (p) (p.kind === KIND_WORK ? (t.state.work ||= []) : (t.state.dev ||= [])).push(p);
    const work = t.state.work || [], dev = t.state.dev || [];
    if (work.length && dev.length) {
      const w = work[0], d = dev.shift();
      if (w.a1 < 4) {
        d.a1 = w.a2[w.a1++];
        sched.log.push(`${label} char ${String.fromCharCode(d.a1)}`);
        sched.send(d, deviceId, t.id);
      } else {
        work.shift();
        dev.unshift(d);
        sched.send(w, ID_WORKER, t.id);
      }
    } else {
      t.waiting = true;
    }
  };
}
let devQA = null, devQB = null;
for (let i = 0; i < 3; i++) { devQA = new Packet(devQA, ID_HANDLER_A, KIND_DEVICE); devQB = new Packet(devQB, ID_HANDLER_B, KIND_DEVICE); }
sched.add(ID_HANDLER_A, 2000, devQA, handler(ID_DEVICE_A, 'HA'));
sched.add(ID_HANDLER_B, 3000, devQB, handler(ID_DEVICE_B, 'HB'));
function device(handlerId, label) {
  return (t, p) => {
    if (p) { t.state.pending = p; t.held = true; t.waiting = false; sched.log.push(`${label} got ${String.fromCharCode(p.a1)}`); return; }
    if (t.state.pending) { const q = t.state.pending; t.state.pending = null; sched.send(q, handlerId, t.id); }
    else t.waiting = true;
  };
}
sched.add(ID_DEVICE_A, 4000, null, device(ID_HANDLER_A, 'DA'));
sched.add(ID_DEVICE_B, 5000, null, device(ID_HANDLER_B, 'DB'));
const steps = sched.run(5000);
console.log('steps', steps, 'queueCount', sched.queueCount, 'idle', idleCount);
console.log('runs', sched.tasks.map(t => t.runs));
console.log('log entries', sched.log.length);
for (let i = 0; i < sched.log.length; i += 8) console.log(sched.log.slice(i, i + 8).join(' | '));
const received = sched.log.filter(l => l.startsWith('D')).map(l => l.slice(-1)).join('');
console.log('device output', received);
