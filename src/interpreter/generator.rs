//! Generators: a suspended generator keeps its interpreter frame as data
//! (registers, context, bytecode offset) in the generator object; resuming
//! pushes that frame back and continues the dispatch loop.
//!
//! Async functions and async generators are the same suspended frame with a
//! different driver (see `async_function`): their frame also suspends at
//! `Await`, and promise reactions resume it.

use super::dispatch_flow::Flow;
use crate::bytecode::opcodes::resume_mode;
use crate::runtime::function::JsResult;
use crate::runtime::heap::{Gc, Tracer};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GeneratorStatus {
    SuspendedStart,
    SuspendedYield,
    Running,
    Completed,
}

/// Why a running body gave control back.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Suspension {
    Yield,
    Await,
    /// The body returned (or ran off its end): the generator is completed.
    Return,
}

/// Which driver the suspended frame belongs to.
pub enum Flavor {
    Sync,
    /// An async function's activation and the promise its call returned.
    AsyncFunction {
        promise: Value,
    },
    /// An async generator's queue of `next`/`throw`/`return` requests, each
    /// with the promise capability its caller got.
    AsyncGenerator {
        queue: std::collections::VecDeque<super::async_function::AsyncRequest>,
        /// Awaiting a `return` on a completed generator.
        awaiting_return: bool,
    },
}

pub struct GeneratorState {
    pub status: GeneratorStatus,
    pub flavor: Flavor,
    pub function: Value,
    pub this: Value,
    pub new_target: Value,
    /// The frame's registers and extra arguments while suspended.
    pub registers: Vec<Value>,
    pub argc: u32,
    pub context: Value,
    pub pc: usize,
    /// Register receiving the resume mode at a `Yield` or `Await`.
    pub mode_register: u32,
    /// What the last suspension was.
    pub suspension: Suspension,
}

impl GeneratorState {
    pub fn trace(&self, t: &mut Tracer) {
        t.value(self.function);
        t.value(self.this);
        t.value(self.new_target);
        t.values(&self.registers);
        t.value(self.context);
        match &self.flavor {
            Flavor::Sync => {}
            Flavor::AsyncFunction { promise } => t.value(*promise),
            Flavor::AsyncGenerator { queue, .. } => queue.iter().for_each(|r| r.trace(t)),
        }
    }
}

impl Vm {
    /// Calling a generator function: a suspended generator holding the
    /// frame. The body runs up to its initial suspension, after the
    /// parameters are initialized (so their errors throw at the call).
    pub fn new_generator(
        &mut self,
        f: Gc<JsObject>,
        this: Value,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Value> {
        let proto = self.get(Value::object(f), Key::Prop(self.realm.names.prototype))?;
        let proto = if proto.is_object() {
            proto
        } else if f.closure().unwrap().shared.is_async {
            Value::object(self.realm.intrinsics.async_generator_prototype)
        } else {
            Value::object(self.realm.intrinsics.generator_prototype)
        };
        let flavor = if f.closure().unwrap().shared.is_async {
            Flavor::AsyncGenerator {
                queue: Default::default(),
                awaiting_return: false,
            }
        } else {
            Flavor::Sync
        };
        let generator = self.new_suspended_body(f, this, args, new_target, proto, flavor);
        self.resume_body(generator, resume_mode::NEXT, Value::UNDEFINED)?;
        let ObjectClass::Generator(state) = &mut generator.as_object().class else {
            unreachable!()
        };
        state.status = GeneratorStatus::SuspendedStart;
        Ok(generator)
    }

    /// An object holding the initial frame of a generator or async body;
    /// its first resumption starts the body.
    pub(super) fn new_suspended_body(
        &mut self,
        f: Gc<JsObject>,
        this: Value,
        args: &[Value],
        new_target: Value,
        proto: Value,
        flavor: Flavor,
    ) -> Value {
        let shared = f.closure().unwrap().shared;
        let params = shared.bytecode.parameter_count as usize;
        let size = shared.bytecode.frame_size();
        let mut registers = vec![Value::UNDEFINED; size + args.len().saturating_sub(params)];
        for (i, a) in args.iter().enumerate() {
            if i < params {
                registers[i] = *a;
            } else {
                registers[size + i - params] = *a;
            }
        }
        let state = GeneratorState {
            status: GeneratorStatus::SuspendedStart,
            flavor,
            function: Value::object(f),
            this,
            new_target,
            registers,
            argc: args.len() as u32,
            context: f.closure().unwrap().context,
            pc: 0,
            mode_register: 0,
            suspension: Suspension::Yield,
        };
        let o = self.new_object_with_proto(proto, ObjectClass::Generator(Box::new(state)));
        Value::object(o)
    }

    pub(super) fn suspend_frame(
        &mut self,
        entry: usize,
        value: Value,
        mode_register: u32,
        suspension: Suspension,
    ) -> JsResult<Flow> {
        let frame = self.frames.pop().unwrap();
        let end = frame.end();
        let mut g = frame.generator.as_object();
        let ObjectClass::Generator(state) = &mut g.class else {
            unreachable!("yield outside a generator")
        };
        state.registers = self.stack[frame.base..end].to_vec();
        state.context = frame.context;
        state.pc = frame.pc;
        state.mode_register = mode_register;
        state.suspension = suspension;
        // An awaiting body is still executing as far as its requests go.
        state.status = if suspension == Suspension::Await {
            GeneratorStatus::Running
        } else {
            GeneratorStatus::SuspendedYield
        };
        self.sp = frame.base;
        debug_assert_eq!(self.frames.len(), entry);
        Ok(Flow::Exit(value))
    }

    pub(super) fn generator_completed(&mut self, generator: Value) {
        let mut g = generator.as_object();
        if let ObjectClass::Generator(state) = &mut g.class {
            state.status = GeneratorStatus::Completed;
            state.suspension = Suspension::Return;
            state.registers = Vec::new();
        }
    }

    /// `Generator.prototype.next/return/throw`: resumes a generator with
    /// `mode` and `value`; returns the iterator result object.
    pub fn generator_resume(
        &mut self,
        generator: Value,
        mode: i32,
        value: Value,
    ) -> JsResult<Value> {
        let shown = self.to_display_string(generator);
        let state = generator.to_object_opt().and_then(|g| match &g.class {
            ObjectClass::Generator(state) if matches!(state.flavor, Flavor::Sync) => {
                Some(state.status)
            }
            _ => None,
        });
        let Some(status) = state else {
            return Err(self.type_error(&format!(
                "next method called on incompatible receiver {shown}"
            )));
        };
        match status {
            GeneratorStatus::Running => return Err(self.type_error("Generator is already running")),
            GeneratorStatus::Completed => {
                return match mode {
                    resume_mode::THROW => Err(value),
                    resume_mode::RETURN => Ok(self.iter_result(value, true)),
                    _ => Ok(self.iter_result(Value::UNDEFINED, true)),
                };
            }
            GeneratorStatus::SuspendedStart if mode != resume_mode::NEXT => {
                self.generator_completed(generator);
                return if mode == resume_mode::THROW {
                    Err(value)
                } else {
                    Ok(self.iter_result(value, true))
                };
            }
            _ => {}
        }
        let (v, suspension) = self.resume_body(generator, mode, value)?;
        Ok(self.iter_result(v, suspension == Suspension::Return))
    }

    /// Pushes a suspended body's frame back, delivers the resume mode and
    /// value, and runs it to its next suspension (or completion).
    pub(super) fn resume_body(
        &mut self,
        generator: Value,
        mode: i32,
        value: Value,
    ) -> JsResult<(Value, Suspension)> {
        let mut g = generator.as_object();
        let ObjectClass::Generator(state) = &mut g.class else {
            unreachable!("resuming a generator")
        };
        let starting = state.pc == 0;
        state.status = GeneratorStatus::Running;
        let f = state.function.as_object();
        let (this, new_target, argc, context, pc, mode_register) = (
            state.this,
            state.new_target,
            state.argc,
            state.context,
            state.pc,
            state.mode_register,
        );
        let registers = std::mem::take(&mut state.registers);
        let depth = self.frames.len();
        let shared = f.closure().unwrap().shared;
        let params = shared.bytecode.parameter_count as usize;
        let args: Vec<Value> = (0..argc as usize)
            .map(|i| {
                if i < params {
                    registers[i]
                } else {
                    registers[shared.bytecode.frame_size() + i - params]
                }
            })
            .collect();
        if let Err(e) = self.push_frame(f, this, &args, new_target, false) {
            let ObjectClass::Generator(state) = &mut g.class else {
                unreachable!()
            };
            state.status = GeneratorStatus::SuspendedYield;
            state.registers = registers;
            return Err(e);
        }
        let base = self.frames[depth].base;
        self.stack[base..base + registers.len()].copy_from_slice(&registers);
        let frame = &mut self.frames[depth];
        frame.context = context;
        frame.pc = pc;
        frame.generator = generator;
        frame.is_entry = true;
        if !starting {
            frame.acc = value;
            self.stack[base + mode_register as usize] = Value::int(mode);
        }
        self.native_depth += 1;
        let result = self.run(depth);
        self.native_depth -= 1;
        let v = result?;
        let ObjectClass::Generator(state) = &g.class else {
            unreachable!()
        };
        Ok((v, state.suspension))
    }

    pub fn iter_result(&mut self, value: Value, done: bool) -> Value {
        let o = self.new_object();
        self.define_data(
            o,
            Key::Prop(self.realm.names.value),
            value,
            crate::runtime::map::Attrs::DEFAULT,
        );
        self.define_data(
            o,
            Key::Prop(self.realm.names.done),
            Value::bool(done),
            crate::runtime::map::Attrs::DEFAULT,
        );
        Value::object(o)
    }

    /// One step of `yield*`: forwards the resume mode to the inner iterator.
    /// An async generator awaits the result before checking it.
    pub fn yield_star_step(
        &mut self,
        iterator: Value,
        mode: Value,
        received: Value,
        next: Value,
        is_async: bool,
    ) -> JsResult<Value> {
        let mode = if mode.is_int() {
            mode.as_int()
        } else {
            resume_mode::NEXT
        };
        let (name, fallback) = match mode {
            resume_mode::THROW => (self.realm.names.throw_, false),
            resume_mode::RETURN => (self.realm.names.return_, true),
            // The iterator record's: read once, called as it is.
            _ => {
                let r = self.call(next, iterator, &[received])?;
                return self.yield_star_result(r, is_async);
            }
        };
        let method = self.get(iterator, Key::Prop(name))?;
        if method.is_nullish() {
            if fallback {
                return Ok(self.iter_result(received, true));
            }
            let mut a = [iterator];
            let _ = self.call_runtime(
                super::runtime_functions::RuntimeFunction::IteratorCloseQuietly,
                &mut a,
            );
            return Err(self.type_error("The iterator does not provide a 'throw' method"));
        }
        let r = self.call(method, iterator, &[received])?;
        self.yield_star_result(r, is_async)
    }

    /// A sync inner iterator's result must be an object (an async one's
    /// is checked once awaited).
    fn yield_star_result(&mut self, r: Value, is_async: bool) -> JsResult<Value> {
        if !is_async && !r.is_object() {
            let d = self.to_display_string(r);
            return Err(self.type_error(&format!("Iterator result {d} is not an object")));
        }
        Ok(r)
    }
}
