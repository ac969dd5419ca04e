//! Interpreter frames: plain data on the VM, so that the deoptimizer can
//! build them and the interpreter can resume them at any bytecode offset.
//!
//! Register file layout on the VM stack, from `base`:
//! `[parameters (formal count)] [locals] [extra arguments]`.

use std::rc::Rc;

use crate::optimizer::{Code, SourceFrame};
use crate::runtime::function::SharedFunctionInfo;
use crate::runtime::heap::{Gc, Tracer};
use crate::runtime::value::Value;

pub struct Frame {
    /// The running closure.
    pub function: Value,
    pub shared: Gc<SharedFunctionInfo>,
    pub context: Value,
    pub this: Value,
    pub new_target: Value,
    /// Actual argument count.
    pub argc: u32,
    /// Stack index of register 0.
    pub base: usize,
    /// The bytecode offset to continue at.
    pub pc: usize,
    /// Offset of the instruction being executed (for source positions).
    pub current_offset: u32,
    /// The accumulator while the frame is not the running one.
    pub acc: Value,
    pub is_construct: bool,
    /// The caller drops this frame's result (an inlined setter rebuilt by
    /// the deoptimizer: the assignment's value stays in the caller's
    /// accumulator).
    pub discards_result: bool,
    /// Returning from this frame leaves the current `run` loop (the frame
    /// was entered from native code).
    pub is_entry: bool,
    /// The generator object whose body this frame runs, if any.
    pub generator: Value,
    /// For a record of an optimized activation (its state is in machine
    /// registers and the native stack; `base` holds its arguments): its
    /// code, and the inlined function the runtime call in progress belongs
    /// to (with `current_offset`, a position in that code).
    pub code: Option<Rc<Code>>,
    pub inlining: u32,
    /// An interpreter frame whose activation moved into optimized code
    /// (OSR): the optimized frame above it stands for it until it returns.
    pub replaced_by_osr: bool,
}

impl Frame {
    pub fn trace(&self, t: &mut Tracer) {
        t.value(self.function);
        t.cell(self.shared);
        t.value(self.context);
        t.value(self.this);
        t.value(self.new_target);
        t.value(self.acc);
        t.value(self.generator);
    }

    /// The function and bytecode offset being executed: for optimized
    /// code, inside the innermost inlined function.
    pub fn position(&self) -> (Gc<SharedFunctionInfo>, u32) {
        match &self.code {
            Some(code) if self.inlining != 0 => {
                let i = code.inlinings[self.inlining as usize - 1];
                (i.function, self.current_offset)
            }
            _ => (self.shared, self.current_offset),
        }
    }

    /// The JavaScript frames this frame stands for, innermost first: one,
    /// or an optimized activation's inlined frames and itself.
    pub fn source_frames(&self) -> Vec<SourceFrame> {
        match &self.code {
            Some(code) => code.frames_at(self.inlining, self.current_offset, self.is_construct),
            None => vec![SourceFrame {
                function: self.shared,
                offset: self.current_offset,
                is_construct: self.is_construct,
            }],
        }
    }

    pub fn frame_size(&self) -> usize {
        self.shared.bytecode.frame_size()
    }

    /// Stack index just past this frame's registers and extra arguments.
    pub fn end(&self) -> usize {
        let params = self.shared.bytecode.parameter_count as usize;
        self.base + self.frame_size() + (self.argc as usize).saturating_sub(params)
    }
}
