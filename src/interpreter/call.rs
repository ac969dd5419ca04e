//! Calling and constructing: pushing interpreter frames for bytecode
//! functions, invoking natives, unwrapping bound functions. Also the
//! frame-building API the deoptimizer uses (`push_frame`, `resume`).

use super::frame::Frame;
use crate::runtime::function::{FunctionKind, JsResult};
use crate::runtime::heap::Gc;
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::{MAX_NATIVE_DEPTH, STACK_SLOTS, Vm};

/// Interpreter frames allowed before `RangeError: Maximum call stack size
/// exceeded` (Node allows roughly ten thousand for small functions).
pub const MAX_FRAMES: usize = 12_000;

/// What entering a bytecode function did.
pub enum Entered {
    /// A frame was pushed; the interpreter continues in it.
    Frame,
    /// The call completed without a frame, with this result.
    Completed(Value),
}

/// A frame to build: what the deoptimizer (or a test) knows about an
/// activation it wants the interpreter to continue.
pub struct FrameDescription {
    pub function: Value,
    pub this: Value,
    pub new_target: Value,
    pub arguments: Vec<Value>,
    pub context: Value,
    /// Every register (parameters first, then locals).
    pub registers: Vec<Value>,
    pub accumulator: Value,
    pub bytecode_offset: usize,
    pub is_construct: bool,
    pub discards_result: bool,
}

impl Vm {
    /// Calls `f` from native code and runs it to completion.
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        self.call_or_construct(f, this, args, Value::UNDEFINED)
    }

    pub fn construct(&mut self, f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
        if !self.is_constructor(f) {
            let d = self.callee_description(f);
            return Err(self.type_error(&format!("{d} is not a constructor")));
        }
        self.call_or_construct(f, Value::HOLE, args, new_target)
    }

    fn call_or_construct(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Value> {
        if !self.is_callable(f) {
            let d = self.callee_description(f);
            return Err(self.type_error(&format!("{d} is not a function")));
        }
        if self.native_depth >= MAX_NATIVE_DEPTH || !self.native_stack_ok() {
            return Err(self.stack_overflow());
        }
        self.native_depth += 1;
        let r = self.call_inner(f, this, args, new_target);
        self.native_depth -= 1;
        r
    }

    pub(crate) fn call_inner(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Value> {
        let o = f.as_object();
        match &o.class {
            ObjectClass::Native(n) => {
                let func = n.func;
                // Natives see arguments as a slice; keep them on the VM stack
                // so they stay rooted while the native runs.
                let base = self.sp;
                if base + args.len() >= STACK_SLOTS {
                    return Err(self.stack_overflow());
                }
                self.stack[base..base + args.len()].copy_from_slice(args);
                self.sp += args.len();
                let slice = unsafe {
                    std::slice::from_raw_parts(self.stack.as_ptr().add(base), args.len())
                };
                let this = if this.is_hole() {
                    Value::UNDEFINED
                } else {
                    this
                };
                self.native_callee = f;
                let r = func(self, this, slice, new_target);
                self.sp = base;
                r
            }
            ObjectClass::Bound {
                target,
                this: bound_this,
                args: bound_args,
            } => {
                let (target, bound_this) = (*target, *bound_this);
                let mut all = bound_args.clone();
                all.extend_from_slice(args);
                if new_target.is_undefined() {
                    self.call_inner(target, bound_this, &all, new_target)
                } else {
                    let nt = if new_target == f { target } else { new_target };
                    self.call_inner(target, Value::HOLE, &all, nt)
                }
            }
            ObjectClass::Proxy { .. } => {
                if new_target.is_undefined() {
                    let this = if this.is_hole() {
                        Value::UNDEFINED
                    } else {
                        this
                    };
                    self.proxy_call(o, this, args)
                } else {
                    self.proxy_construct(o, args, new_target)
                }
            }
            ObjectClass::Closure(c) => {
                if let Some(code) = self.optimized_code_for(c.shared, new_target) {
                    return self.enter_optimized(o, code, this, args, new_target);
                }
                let depth = self.frames.len();
                match self.enter_function(o, this, args, new_target)? {
                    Entered::Frame => {
                        self.frames[depth].is_entry = true;
                        self.run(depth)
                    }
                    Entered::Completed(v) => Ok(v),
                }
            }
            _ => unreachable!("callable"),
        }
    }

    /// `f is not a function` wording: Node names the callee expression; we
    /// name the value.
    pub fn callee_description(&self, f: Value) -> String {
        if f.is_string() {
            return format!("\"{}\"", f.as_string().to_rust_string());
        }
        self.to_display_string(f)
    }

    /// `this` of a plain call: sloppy functions see the global object for
    /// null/undefined and wrappers for primitives.
    pub fn ordinary_receiver(&mut self, strict: bool, this: Value) -> JsResult<Value> {
        if strict {
            return Ok(if this.is_hole() {
                Value::UNDEFINED
            } else {
                this
            });
        }
        if this.is_nullish() || this.is_hole() {
            Ok(Value::object(self.realm.intrinsics.global))
        } else {
            self.to_object(this)
        }
    }

    /// OrdinaryCreateFromConstructor: the `this` of a base constructor,
    /// inheriting from `new_target.prototype` (or Object.prototype).
    pub fn construct_receiver(&mut self, new_target: Value) -> JsResult<Value> {
        let proto = self.get(new_target, Key::Prop(self.realm.names.prototype))?;
        let proto = if proto.is_object() {
            proto
        } else {
            Value::object(self.realm.intrinsics.object_prototype)
        };
        let o = self.new_object_with_proto(proto, ObjectClass::Ordinary);
        Ok(Value::object(o))
    }

    /// Pushes a frame for a bytecode closure, or completes a call whose body
    /// runs on a frame of its own (a generator function returns its
    /// generator object, an async function its promise).
    pub fn enter_function(
        &mut self,
        f: Gc<JsObject>,
        this: Value,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Entered> {
        let closure = f.closure().expect("closure");
        let shared = closure.shared;
        let kind = shared.kind;
        let is_construct = !new_target.is_undefined();
        if kind.is_class_constructor() && !is_construct {
            let n = shared.name_string();
            return Err(self.type_error(&format!(
                "Class constructor {n} cannot be invoked without 'new'"
            )));
        }
        let this = match kind {
            FunctionKind::Arrow => closure.lexical_this,
            // Top-level code gets its `this` as is: a direct eval's is its
            // caller's binding (the hole in a derived constructor before
            // `super()`).
            FunctionKind::TopLevel => this,
            _ if is_construct => {
                if kind.is_derived_constructor() {
                    Value::HOLE
                } else {
                    self.construct_receiver(new_target)?
                }
            }
            _ => self.ordinary_receiver(shared.strict, this)?,
        };
        // An arrow's (and eval code's) `new.target` is that of the code
        // around it.
        let new_target = if matches!(kind, FunctionKind::Arrow | FunctionKind::TopLevel) {
            closure.lexical_new_target
        } else {
            new_target
        };
        if kind == FunctionKind::Generator {
            let generator = self.new_generator(f, this, args, new_target)?;
            return Ok(Entered::Completed(generator));
        }
        if shared.is_async {
            let promise = self.start_async_function(f, this, args, new_target);
            return Ok(Entered::Completed(promise));
        }
        self.push_frame(f, this, args, new_target, is_construct)?;
        Ok(Entered::Frame)
    }

    /// Lays out a frame on the VM stack: parameters, locals, extra args.
    pub fn push_frame(
        &mut self,
        f: Gc<JsObject>,
        this: Value,
        args: &[Value],
        new_target: Value,
        is_construct: bool,
    ) -> JsResult<()> {
        let closure = f.closure().expect("closure");
        let shared = closure.shared;
        let params = shared.bytecode.parameter_count as usize;
        let size = shared.bytecode.frame_size();
        let extra = args.len().saturating_sub(params);
        let base = self.sp;
        if self.frames.len() >= MAX_FRAMES || base + size + extra + 64 >= STACK_SLOTS {
            return Err(self.stack_overflow());
        }
        let n = args.len().min(params);
        self.stack[base..base + n].copy_from_slice(&args[..n]);
        for slot in &mut self.stack[base + n..base + size] {
            *slot = Value::UNDEFINED;
        }
        if extra > 0 {
            self.stack[base + size..base + size + extra].copy_from_slice(&args[params..]);
        }
        self.sp = base + size + extra;
        self.frames.push(Frame {
            function: Value::object(f),
            shared,
            context: closure.context,
            this,
            new_target,
            argc: args.len() as u32,
            base,
            pc: 0,
            current_offset: 0,
            acc: Value::UNDEFINED,
            is_construct,
            discards_result: false,
            is_entry: false,
            generator: Value::UNDEFINED,
            code: None,
            inlining: 0,
            replaced_by_osr: false,
        });
        let mut shared = shared;
        shared.feedback.invocation_count = shared.feedback.invocation_count.saturating_add(1);
        shared.feedback.budget -= 1;
        Ok(())
    }

    /// Builds an interpreter frame from a description, as the deoptimizer
    /// does, without running it. The frame continues at the described
    /// bytecode offset with the described accumulator.
    pub fn materialize_frame(&mut self, d: &FrameDescription) -> JsResult<()> {
        let f = d.function.as_object();
        self.push_frame(f, d.this, &d.arguments, d.new_target, d.is_construct)?;
        let frame = self.frames.last_mut().unwrap();
        frame.context = d.context;
        frame.acc = d.accumulator;
        frame.discards_result = d.discards_result;
        frame.pc = d.bytecode_offset;
        frame.current_offset = d.bytecode_offset as u32;
        let base = frame.base;
        self.stack[base..base + d.registers.len()].copy_from_slice(&d.registers);
        Ok(())
    }

    /// Runs built frames: the interpreter continues the innermost and, as
    /// each returns, its caller after the call, until the frame at
    /// `outermost` returns; its result is the result.
    pub fn resume(&mut self, outermost: usize) -> JsResult<Value> {
        self.resume_throwing(outermost, None)
    }

    /// `resume`, first throwing `exception` at the innermost frame's
    /// current instruction (an exception deopt: the handler runs here).
    pub fn resume_throwing(
        &mut self,
        outermost: usize,
        exception: Option<Value>,
    ) -> JsResult<Value> {
        self.frames[outermost].is_entry = true;
        // Every frame below the innermost is inside a call: its current
        // instruction (for exception handlers and stack traces) is the call
        // just before its continuation.
        let innermost = self.frames.len() - 1;
        for frame in &mut self.frames[outermost..innermost] {
            frame.current_offset = frame.shared.bytecode.instruction_before(frame.pc as u32);
        }
        self.run_throwing(outermost, exception)
    }
}
