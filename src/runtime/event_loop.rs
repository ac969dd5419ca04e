//! The event loop, as Node runs it: after the main script, and after every
//! macrotask (a timer or an immediate), the `process.nextTick` queue and
//! then the microtask (promise job) queue are drained, repeatedly, until
//! both are empty. Then rejections nobody handled end the process, as in
//! Node's default `--unhandled-rejections=throw` (or, with `warn` or
//! `none`, print a warning or nothing). Timers run in order of
//! due time, then of creation; the loop sleeps until the next one is due and
//! ends when nothing referenced is left.

use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};

use super::function::JsResult;
use super::heap::Tracer;
use super::promise::{Reaction, as_promise, state_of};
use super::value::Value;
use super::vm::{UnhandledRejections, Vm};

/// A microtask.
pub enum Job {
    Reaction {
        reaction: Reaction,
        argument: Value,
    },
    ResolveThenable {
        promise: Value,
        thenable: Value,
        then: Value,
    },
    /// `queueMicrotask(callback)`.
    Callback(Value),
}

impl Job {
    fn trace(&self, t: &mut Tracer) {
        match self {
            Job::Reaction { reaction, argument } => {
                reaction.trace(t);
                t.value(*argument);
            }
            Job::ResolveThenable {
                promise,
                thenable,
                then,
            } => {
                t.value(*promise);
                t.value(*thenable);
                t.value(*then);
            }
            Job::Callback(f) => t.value(*f),
        }
    }
}

/// A scheduled callback: a timer or an immediate.
pub struct Task {
    pub id: u32,
    pub callback: Value,
    pub args: Vec<Value>,
    /// The timer's delay (its period, for an interval).
    pub delay: Duration,
    /// `setInterval`: re-armed after each run.
    pub repeat: bool,
    /// The handle returned to JavaScript (`this` in the callback).
    pub handle: Value,
    /// Unreferenced tasks do not keep the loop alive (`timeout.unref()`).
    pub referenced: bool,
}

impl Task {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.callback);
        t.values(&self.args);
        t.value(self.handle);
    }
}

#[derive(Default)]
pub struct EventLoop {
    microtasks: VecDeque<Job>,
    /// `process.nextTick` callbacks with their arguments.
    ticks: VecDeque<(Value, Vec<Value>)>,
    /// Timers by (due time, creation order).
    timers: BTreeMap<(Instant, u64), Task>,
    immediates: VecDeque<Task>,
    /// Promises rejected while no handler was attached; checked after each
    /// microtask checkpoint.
    rejections: Vec<Value>,
    sequence: u64,
    next_id: u32,
    /// The task whose callback is running, and whether it cleared itself
    /// (an interval cleared by its own callback is not re-armed).
    running: Option<u32>,
    running_cleared: bool,
    /// How many rejections `--unhandled-rejections=warn` reported (the
    /// last one's id).
    warned_rejections: u32,
}

impl EventLoop {
    pub fn enqueue_job(&mut self, job: Job) {
        self.microtasks.push_back(job);
    }

    pub fn enqueue_tick(&mut self, callback: Value, args: Vec<Value>) {
        self.ticks.push_back((callback, args));
    }

    pub fn track_rejection(&mut self, promise: Value) {
        self.rejections.push(promise);
    }

    pub fn new_task_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    pub fn add_timer(&mut self, task: Task) {
        self.sequence += 1;
        self.timers
            .insert((Instant::now() + task.delay, self.sequence), task);
    }

    pub fn add_immediate(&mut self, task: Task) {
        self.immediates.push_back(task);
    }

    /// Cancels a timer or an immediate.
    pub fn clear(&mut self, id: u32) {
        if self.running == Some(id) {
            self.running_cleared = true;
        }
        self.timers.retain(|_, t| t.id != id);
        self.immediates.retain(|t| t.id != id);
    }

    /// `ref()`/`unref()` of a pending task; false if it is not pending.
    pub fn set_referenced(&mut self, id: u32, referenced: bool) -> bool {
        let task = self
            .timers
            .values_mut()
            .chain(self.immediates.iter_mut())
            .find(|t| t.id == id);
        match task {
            Some(t) => {
                t.referenced = referenced;
                true
            }
            None => false,
        }
    }

    pub fn is_referenced(&self, id: u32) -> bool {
        self.timers
            .values()
            .chain(self.immediates.iter())
            .any(|t| t.id == id && t.referenced)
    }

    /// `timeout.refresh()`: the timer's delay starts again from now.
    pub fn refresh(&mut self, id: u32) {
        let key = self
            .timers
            .iter()
            .find(|(_, t)| t.id == id)
            .map(|(k, _)| *k);
        if let Some(key) = key {
            let task = self.timers.remove(&key).unwrap();
            self.add_timer(task);
        }
    }

    fn has_referenced_work(&self) -> bool {
        self.timers.values().any(|t| t.referenced) || self.immediates.iter().any(|t| t.referenced)
    }

    pub fn trace(&self, t: &mut Tracer) {
        self.microtasks.iter().for_each(|j| j.trace(t));
        for (f, args) in &self.ticks {
            t.value(*f);
            t.values(args);
        }
        self.timers.values().for_each(|task| task.trace(t));
        self.immediates.iter().for_each(|task| task.trace(t));
        t.values(&self.rejections);
    }
}

impl Vm {
    /// Runs queued ticks and microtasks until both queues are empty, then
    /// fails with the reason of the first rejection left unhandled.
    pub fn run_microtasks(&mut self) -> JsResult<()> {
        // Node's processTicksAndRejections: all ticks, then all microtasks
        // (a tick queued by a microtask waits for the queue to drain).
        loop {
            while let Some((callback, args)) = self.event_loop.ticks.pop_front() {
                self.call(callback, Value::UNDEFINED, &args)?;
            }
            if self.event_loop.microtasks.is_empty() {
                break;
            }
            while let Some(job) = self.event_loop.microtasks.pop_front() {
                self.run_job(job)?;
            }
        }
        let rejections = std::mem::take(&mut self.event_loop.rejections);
        for promise in rejections {
            let mut o = as_promise(promise).expect("a promise");
            let state = state_of(&mut o);
            if state.is_handled {
                continue;
            }
            match self.options.unhandled_rejections {
                UnhandledRejections::Throw | UnhandledRejections::Strict => {
                    return Err(state.result);
                }
                UnhandledRejections::Warn => {
                    let reason = self.inspect(state.result);
                    let pid = std::process::id();
                    self.event_loop.warned_rejections += 1;
                    let id = self.event_loop.warned_rejections;
                    eprintln!("(unspool:{pid}) UnhandledPromiseRejectionWarning: {reason}");
                    eprintln!(
                        "(unspool:{pid}) UnhandledPromiseRejectionWarning: Unhandled promise \
                         rejection. This error originated either by throwing inside of an async \
                         function without a catch block, or by rejecting a promise which was not \
                         handled with .catch(). (rejection id: {id})"
                    );
                }
                UnhandledRejections::None => {}
            }
        }
        Ok(())
    }

    fn run_job(&mut self, job: Job) -> JsResult<()> {
        match job {
            Job::Reaction { reaction, argument } => self.run_reaction_job(reaction, argument),
            Job::ResolveThenable {
                promise,
                thenable,
                then,
            } => self.run_resolve_thenable_job(promise, thenable, then),
            Job::Callback(f) => self.call(f, Value::UNDEFINED, &[]).map(drop),
        }
    }

    /// The loop after the main script: microtasks, then timers and
    /// immediates until no referenced work is left. An exception escaping a
    /// callback ends it, as an uncaught exception ends Node.
    pub fn run_event_loop(&mut self) -> JsResult<()> {
        self.run_microtasks()?;
        while self.event_loop.has_referenced_work() {
            self.run_due_timers()?;
            self.run_immediates()?;
            if self.event_loop.immediates.is_empty() {
                self.sleep_until_next_timer();
            }
        }
        Ok(())
    }

    /// The timers phase: every timer due when the phase starts, in order;
    /// timers created meanwhile wait for the next iteration.
    fn run_due_timers(&mut self) -> JsResult<()> {
        let now = Instant::now();
        let limit = self.event_loop.sequence;
        loop {
            let due = self
                .event_loop
                .timers
                .keys()
                .find(|(at, seq)| *at <= now && *seq <= limit)
                .copied();
            let Some(key) = due else {
                return Ok(());
            };
            let task = self.event_loop.timers.remove(&key).unwrap();
            self.run_task(&task)?;
            if task.repeat && !self.event_loop.running_cleared {
                self.event_loop.add_timer(task);
            }
        }
    }

    /// The check phase: the immediates queued before it started.
    fn run_immediates(&mut self) -> JsResult<()> {
        let count = self.event_loop.immediates.len();
        for _ in 0..count {
            let Some(task) = self.event_loop.immediates.pop_front() else {
                break;
            };
            self.run_task(&task)?;
        }
        Ok(())
    }

    fn run_task(&mut self, task: &Task) -> JsResult<()> {
        self.event_loop.running = Some(task.id);
        self.event_loop.running_cleared = false;
        let mut roots = task.args.clone();
        roots.extend([task.callback, task.handle]);
        let result = self.with_roots(&roots, |vm| {
            vm.call(task.callback, task.handle, &task.args)?;
            vm.run_microtasks()
        });
        self.event_loop.running = None;
        result
    }

    fn sleep_until_next_timer(&mut self) {
        let next = self.event_loop.timers.keys().map(|(at, _)| *at).min();
        if let Some(at) = next {
            let now = Instant::now();
            if at > now {
                self.flush_output();
                std::thread::sleep(at - now);
            }
        }
    }
}
