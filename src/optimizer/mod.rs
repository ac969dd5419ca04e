//! The optimizing tier: hot functions are rebuilt from bytecode and
//! feedback as an SSA graph (`ir`, `graph_builder`), and lowered to
//! machine code through Cranelift (`codegen`). Speculation is protected by
//! guards whose exits lead to the deoptimizer.
//!
//! Tiering: every call and loop back edge spends the function's interrupt
//! budget (`FeedbackVector::budget`); when it is exhausted the function is
//! marked, and compiled on its next call. A function whose code was
//! deoptimized too often stays in the interpreter.

pub mod codegen;
mod entry;
pub mod graph_builder;
pub mod ir;
mod liveness;
mod passes;
pub mod runtime_calls;

use std::rc::Rc;
use std::time::Instant;

use crate::deoptimizer::data::DeoptimizationData;
use crate::runtime::function::{FunctionKind, SharedFunctionInfo};
use crate::runtime::heap::{Gc, Tracer};
use crate::runtime::vm::Vm;
use codegen::code_space::CodeMemory;

/// Calls plus loop iterations before a function is optimized.
pub const INTERRUPT_BUDGET: i32 = 1000;
/// Deopts after which a function is never optimized again.
pub const MAX_DEOPTS: u32 = 8;

/// One JavaScript frame as a stack trace shows it: the function, where it
/// is in its bytecode, and whether it runs for `new`.
pub struct SourceFrame {
    pub function: Gc<SharedFunctionInfo>,
    pub offset: u32,
    pub is_construct: bool,
}

/// An optimized function: its machine code and what the deoptimizer needs.
pub struct Code {
    /// The optimization id (`--trace-opt`, `--trace-deopt`).
    pub id: u32,
    pub memory: CodeMemory,
    pub deopt: DeoptimizationData,
    pub shared: Gc<SharedFunctionInfo>,
    /// The inlined calls its source positions refer to.
    pub inlinings: Vec<ir::Inlining>,
    /// Set when the code is invalidated; activations still running it
    /// deoptimize lazily when their calls return. Boxed: code embeds its
    /// address.
    pub invalidated: Box<std::cell::Cell<u8>>,
}

impl Code {
    pub fn trace(&self, t: &mut Tracer) {
        t.cell(self.shared);
        for i in &self.inlinings {
            t.cell(i.function);
        }
        self.deopt.trace(t);
    }

    /// The frames at a source position of this code, innermost first: an
    /// inlined function's position, then each caller's call site, ending
    /// in the optimized function (entered for `new` if `is_construct`).
    pub fn frames_at(
        &self,
        mut inlining: u32,
        mut offset: u32,
        is_construct: bool,
    ) -> Vec<SourceFrame> {
        let mut frames = Vec::new();
        while inlining != 0 {
            let i = self.inlinings[inlining as usize - 1];
            frames.push(SourceFrame {
                function: i.function,
                offset,
                is_construct: i.is_construct,
            });
            (inlining, offset) = (i.parent, i.call_offset);
        }
        frames.push(SourceFrame {
            function: self.shared,
            offset,
            is_construct,
        });
        frames
    }
}

/// Per-VM state of the optimizing tier.
#[derive(Default)]
pub struct OptimizerState {
    isa: Option<cranelift_codegen::isa::OwnedTargetIsa>,
    next_id: u32,
    /// The code of each optimized activation on the native stack, innermost
    /// last (parallel to the optimized frame records in `Vm::frames`).
    pub active: Vec<Rc<Code>>,
    /// Deoptimized code that may still be running; freed when no optimized
    /// activation is left.
    pub retired: Vec<Rc<Code>>,
    /// `--deopt-every-n-times` countdown, boxed so code can embed its address.
    pub deopt_countdown: Box<i64>,
}

impl OptimizerState {
    pub fn trace(&self, t: &mut Tracer) {
        for c in self.active.iter().chain(&self.retired) {
            c.trace(t);
        }
    }
}

impl Vm {
    /// Whether a call to this function should compile it first.
    pub fn should_optimize(&self, shared: Gc<SharedFunctionInfo>) -> bool {
        !self.options.jitless
            && shared.code.is_none()
            && !shared.never_optimize
            && !shared.optimization_failed
            && shared.is_optimizable_kind()
            && (self.options.always_opt
                || shared.marked_for_optimization
                || shared.feedback.budget <= 0)
    }

    /// Compiles the function; on failure it stays interpreted for good.
    pub fn optimize(&mut self, mut shared: Gc<SharedFunctionInfo>) {
        shared.code = self.compile_traced(shared, None).map(Rc::new);
    }

    /// Whether an interpreter frame of this function, at the back edge of
    /// the loop at `header`, should move into optimized code (OSR): the
    /// loop is hot, outermost, and the function is one the optimizer takes
    /// (top-level code included, whose loops run only once).
    pub fn should_osr(&self, shared: Gc<SharedFunctionInfo>, header: u32) -> bool {
        !self.options.jitless
            && shared.feedback.budget <= 0
            && !shared.never_optimize
            && !shared.optimization_failed
            && (shared.is_optimizable_kind() || shared.kind == FunctionKind::TopLevel)
            && shared.bytecode.is_outermost_loop(header)
    }

    /// Compiles code entered at the loop `header` from an interpreter
    /// frame. It is not the function's code: only this activation runs it.
    /// The next call compiles the function's own code (as V8 does after
    /// OSR); otherwise each call would run its loop hot in the interpreter
    /// and enter by OSR again.
    pub fn optimize_osr(
        &mut self,
        mut shared: Gc<SharedFunctionInfo>,
        header: u32,
    ) -> Option<Rc<Code>> {
        let code = self.compile_traced(shared, Some(header))?;
        shared.marked_for_optimization = shared.kind != FunctionKind::TopLevel;
        Some(Rc::new(code))
    }

    /// Compiles with `--trace-opt` lines; a failure marks the function.
    fn compile_traced(
        &mut self,
        mut shared: Gc<SharedFunctionInfo>,
        osr_entry: Option<u32>,
    ) -> Option<Code> {
        shared.marked_for_optimization = false;
        shared.feedback.budget = INTERRUPT_BUDGET;
        let name = function_name(shared);
        let id = self.optimizer.next_id;
        self.optimizer.next_id += 1;
        let osr = match osr_entry {
            Some(offset) => format!(" using OSR at loop @{offset}"),
            None => String::new(),
        };
        if self.options.trace_opt {
            eprintln!("[compiling method {name} (target TURBOFAN){osr}, opt id {id}]");
        }
        let start = Instant::now();
        match self.compile_optimized(shared, id, osr_entry) {
            Ok(code) => {
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                if self.options.trace_opt {
                    eprintln!(
                        "[completed compiling {name} (target TURBOFAN){osr} - took {ms:.3} ms]"
                    );
                }
                Some(code)
            }
            Err(reason) => {
                if self.options.trace_opt {
                    eprintln!("[aborted optimizing {name} because: {reason}]");
                }
                shared.optimization_failed = true;
                None
            }
        }
    }

    fn compile_optimized(
        &mut self,
        shared: Gc<SharedFunctionInfo>,
        id: u32,
        osr_entry: Option<u32>,
    ) -> Result<Code, String> {
        let inline_depth = if self.options.no_inline {
            0
        } else {
            self.options.max_inline_depth
        };
        let realm = graph_builder::RealmFacts {
            object_map: self.realm.object_map,
            arguments_map: self.realm.arguments_map,
            math_functions: Rc::new(self.realm.inlinable_math.clone()),
            char_code_at: self.realm.char_code_at,
            array_push: self.realm.array_push,
            array_pop: self.realm.array_pop,
            array_maps: self.realm.array_maps,
            string_map: self.realm.string_map,
            prototype_epoch: self.realm.prototype_epoch,
        };
        let mut graph =
            graph_builder::GraphBuilder::build(shared, inline_depth, &realm, osr_entry)?;
        let reduced = passes::run(&mut graph);
        if self.options.trace_opt {
            eprintln!(
                "[reduced graph of {}: {} redundant phis, {} constants folded, {} redundant nodes removed]",
                function_name(shared),
                reduced.phis,
                reduced.folded,
                reduced.removed
            );
        }
        if self.optimizer.isa.is_none() {
            self.optimizer.isa = Some(codegen::host_isa()?);
        }
        let countdown: *mut i64 = &mut *self.optimizer.deopt_countdown;
        let invalidated = Box::new(std::cell::Cell::new(0u8));
        let options = codegen::CodegenOptions {
            deopt_countdown: self.options.deopt_every_n_times.map(|_| countdown),
            reset_countdown: self.options.deopt_every_n_times.unwrap_or(0) as i64,
            invalidated: invalidated.as_ptr(),
            collection_requested: self.heap.collection_requested_flag(),
            prototype_epoch: &self.realm.prototype_epoch,
        };
        let compiled = codegen::compile(self.optimizer.isa.as_ref().unwrap(), &graph, &options)?;
        let memory = CodeMemory::new(&compiled.code)?;
        Ok(Code {
            id,
            memory,
            deopt: compiled.deopt,
            shared,
            inlinings: graph.inlinings,
            invalidated,
        })
    }

    /// Spends budget for a loop back edge; an exhausted budget marks the
    /// function for optimization on its next call.
    pub fn spend_loop_budget(&mut self, mut shared: Gc<SharedFunctionInfo>) {
        shared.feedback.budget = shared.feedback.budget.saturating_sub(1);
        if shared.feedback.budget <= 0 && !shared.marked_for_optimization && shared.code.is_none() {
            shared.marked_for_optimization = true;
            if self.options.trace_opt && !self.options.jitless {
                let name = function_name(shared);
                eprintln!("[marking {name} for optimization to TURBOFAN, reason: hot and stable]");
            }
        }
    }
}

/// `<JSFunction name>` as V8's traces print functions.
pub fn function_name(shared: Gc<SharedFunctionInfo>) -> String {
    let name = shared.name_string();
    if name.is_empty() {
        "<JSFunction (anonymous)>".into()
    } else {
        format!("<JSFunction {name}>")
    }
}
