//! Entering optimized code from the interpreter or the runtime, and calls
//! from optimized code back out.
//!
//! An optimized activation has a *record* in `Vm::frames` (marked
//! `optimized`): function, receiver, context, argument count and the
//! bytecode offset of the runtime call in progress. Its arguments, padded
//! with undefined to the formal count, sit on the VM stack at the record's
//! `base`, so they are rooted and their address is stable. Stack traces,
//! "x is not a function" and the deoptimizer all read the record.

use std::rc::Rc;

use super::Code;
use super::runtime_calls::EXCEPTION;
use crate::interpreter::call::MAX_FRAMES;
use crate::interpreter::frame::Frame;
use crate::runtime::function::{JsResult, SharedFunctionInfo};
use crate::runtime::heap::Gc;
use crate::runtime::object::JsObject;
use crate::runtime::value::Value;
use crate::runtime::vm::{STACK_SLOTS, Vm};

/// The optimized function's machine-code signature.
/// `osr` is null, except for code entered by on-stack replacement: then it
/// holds the interpreter frame's registers, accumulator and context.
type Entry = extern "C" fn(
    vm: *mut Vm,
    receiver: u64,
    args: *const Value,
    context: u64,
    osr: *const Value,
    argument_count: u64,
) -> u64;

impl Vm {
    /// The code to run for a call or a `new` (compiling first if the
    /// function is due), or None to interpret: always for the errors of
    /// calling a class constructor or constructing a method.
    pub fn optimized_code_for(
        &mut self,
        shared: Gc<SharedFunctionInfo>,
        new_target: Value,
    ) -> Option<Rc<Code>> {
        let construct = !new_target.is_undefined();
        if self.options.jitless
            || construct && !shared.is_constructor()
            || !construct && shared.kind.is_class_constructor()
        {
            return None;
        }
        if self.should_optimize(shared) {
            self.optimize(shared);
        }
        shared.code.clone()
    }

    /// Runs optimized code for a call, or for `new` when `new_target` is
    /// not undefined: then `this` is allocated here and a non-object result
    /// means `this`, as the interpreter's construct frames do.
    pub fn enter_optimized(
        &mut self,
        f: Gc<JsObject>,
        code: Rc<Code>,
        this: Value,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Value> {
        let closure = f.closure().expect("closure");
        let (mut shared, context) = (closure.shared, closure.context);
        let is_construct = !new_target.is_undefined();
        let this = if is_construct {
            self.construct_receiver(new_target)?
        } else {
            self.ordinary_receiver(shared.strict, this)?
        };
        shared.feedback.invocation_count = shared.feedback.invocation_count.saturating_add(1);
        let record = ActivationRecord {
            function: Value::object(f),
            this,
            new_target,
            is_construct,
            context,
        };
        let result = self.run_optimized(code, record, args, &[])?;
        Ok(if is_construct && !result.is_object() {
            this
        } else {
            result
        })
    }

    /// A call from optimized code: like `call`, but optimized activations
    /// are bounded by the frame limit and the native stack, not by the
    /// native re-entry depth (they are ordinary JavaScript calls).
    pub fn call_from_optimized(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        if !self.native_stack_ok() {
            return Err(self.stack_overflow());
        }
        self.call_inner(f, this, args, Value::UNDEFINED)
    }

    /// On-stack replacement: the top interpreter frame, at the loop header
    /// `pc` with `acc`, continues in `code` (compiled for that entry).
    /// The frame stays below the optimized activation, marked as replaced,
    /// and receives its result (or exception) as if it had run to the end.
    pub fn enter_osr(&mut self, code: Rc<Code>, acc: Value) -> JsResult<Value> {
        let fi = self.frames.len() - 1;
        let frame = &self.frames[fi];
        let size = frame.shared.bytecode.frame_size();
        let params = frame.shared.bytecode.parameter_count as usize;
        // The registers, accumulator and context the code's entry reads.
        let mut values: Vec<Value> = self.stack[frame.base..frame.base + size].to_vec();
        values.extend([acc, frame.context]);
        // The arguments: parameters as they are now, then the extra ones.
        let given = params.min(frame.argc as usize);
        let mut args: Vec<Value> = self.stack[frame.base..frame.base + given].to_vec();
        args.extend_from_slice(&self.stack[frame.base + size..frame.end()]);
        let record = ActivationRecord {
            function: frame.function,
            this: frame.this,
            new_target: frame.new_target,
            is_construct: frame.is_construct,
            context: frame.context,
        };
        self.frames[fi].replaced_by_osr = true;
        let result = self.run_optimized(code, record, &args, &values);
        self.frames[fi].replaced_by_osr = false;
        result
    }

    /// Pushes the record of an optimized activation, its arguments (padded
    /// to the formal count) and the OSR values on the VM stack, runs the
    /// code, and takes it all down again.
    fn run_optimized(
        &mut self,
        code: Rc<Code>,
        record: ActivationRecord,
        args: &[Value],
        osr_values: &[Value],
    ) -> JsResult<Value> {
        let shared = code.shared;
        let params = shared.bytecode.parameter_count as usize;
        let base = self.sp;
        let n = params.max(args.len());
        if self.frames.len() >= MAX_FRAMES
            || !self.native_stack_ok()
            || base + n + osr_values.len() + 64 >= STACK_SLOTS
        {
            return Err(self.stack_overflow());
        }
        self.stack[base..base + args.len()].copy_from_slice(args);
        for slot in &mut self.stack[base + args.len()..base + n] {
            *slot = Value::UNDEFINED;
        }
        // The OSR values sit above the arguments, rooted while they are read.
        let osr_base = base + n;
        self.stack[osr_base..osr_base + osr_values.len()].copy_from_slice(osr_values);
        self.sp = osr_base + osr_values.len();
        let depth = self.frames.len();
        self.frames.push(Frame {
            function: record.function,
            shared,
            context: record.context,
            this: record.this,
            new_target: record.new_target,
            argc: args.len() as u32,
            base,
            pc: 0,
            current_offset: 0,
            acc: Value::UNDEFINED,
            is_construct: record.is_construct,
            discards_result: false,
            is_entry: false,
            generator: Value::UNDEFINED,
            code: Some(code.clone()),
            inlining: 0,
            replaced_by_osr: false,
        });
        let entry: Entry = unsafe { std::mem::transmute(code.memory.entry()) };
        self.optimizer.active.push(code);
        let args_ptr = unsafe { self.stack.as_ptr().add(base) };
        let osr_ptr = if osr_values.is_empty() {
            std::ptr::null()
        } else {
            unsafe { self.stack.as_ptr().add(osr_base) }
        };
        let result = entry(
            self,
            record.this.bits(),
            args_ptr,
            record.context.bits(),
            osr_ptr,
            args.len() as u64,
        );
        // The machine code has returned: only now may its code be freed.
        // A deopt has already replaced the record (and run the frames it
        // built); otherwise the record is still on top.
        self.optimizer.active.pop();
        self.frames.truncate(depth);
        self.sp = base;
        if self.optimizer.active.is_empty() {
            self.optimizer.retired.clear();
        }
        if result == EXCEPTION {
            return Err(std::mem::replace(
                &mut self.pending_exception,
                Value::UNDEFINED,
            ));
        }
        Ok(Value::from_bits(result))
    }
}

/// What an optimized activation's frame record says about it.
struct ActivationRecord {
    function: Value,
    this: Value,
    new_target: Value,
    is_construct: bool,
    context: Value,
}
