//! The deoptimizer: when a guard in optimized code fails, it reads the
//! exit's translation, rebuilds the interpreter frame(s) the optimized
//! activation stands for, and lets the interpreter finish them.
//!
//! Steps (V8's Deoptimizer, simplified to the frames we build):
//! 1. find the exit by its bailout id in the running code's
//!    `DeoptimizationData` (`data`), and its translation (`translation`);
//! 2. read each frame's values: exit operands (tagged, or raw int32 /
//!    float64 re-boxed here), literals, or "optimized out";
//! 3. replace the optimized frame record with interpreter frames
//!    (`Vm::materialize_frame`), point the function back at the
//!    interpreter (the code is retired, freed once no activation runs it);
//! 4. resume the interpreter (`Vm::resume`) at the innermost frame's
//!    bytecode offset; its result goes to whoever called the optimized code.
//!
//! Values read from the exit are only held in Rust locals until they are
//! in frames; nothing allocates in between, so no collection can run.

pub mod data;
pub mod translation;

use std::time::Instant;

use crate::interpreter::call::FrameDescription;
use crate::optimizer::{MAX_DEOPTS, function_name};
use crate::runtime::function::{JsResult, SharedFunctionInfo};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use translation::{Command, TranslationReader};

/// Where a rebuilt frame's value came from (`--trace-deopt-verbose`).
enum Source {
    Operand(usize),
    Literal,
    OptimizedOut,
}

impl Vm {
    /// Deoptimizes the innermost optimized activation at exit `bailout_id`,
    /// with the exit's operands at `operands`, and runs it to completion.
    ///
    /// # Safety
    /// `operands` points at the exit's operands (as many as its
    /// translation reads), as the deopt exit of that code lays them out.
    pub unsafe fn deoptimize(&mut self, bailout_id: u32, operands: *const u64) -> JsResult<Value> {
        let start = Instant::now();
        let code = self
            .optimizer
            .active
            .last()
            .expect("an optimized activation")
            .clone();
        let exit = code.deopt.exits[bailout_id as usize].clone();
        let operands = unsafe { std::slice::from_raw_parts(operands, exit.operand_count as usize) };
        let mut reader = TranslationReader::new(&code.deopt.translations, exit.translation);
        let Command::BeginFrame {
            function,
            bytecode_offset,
            height,
            ..
        } = reader.next_command()
        else {
            unreachable!("a translation starts with a frame")
        };
        let shared: crate::runtime::heap::Gc<SharedFunctionInfo> =
            unsafe { code.deopt.literals[function as usize].as_internal() };
        let mut values = Vec::with_capacity(height as usize);
        let mut sources = Vec::with_capacity(height as usize);
        for _ in 0..height {
            let (v, source) = match reader.next_command() {
                Command::Tagged(i) => (
                    Value::from_bits(operands[i as usize]),
                    Source::Operand(i as usize),
                ),
                Command::Int32(i) => (
                    Value::int(operands[i as usize] as i32),
                    Source::Operand(i as usize),
                ),
                Command::Float64(i) => (
                    Value::number(f64::from_bits(operands[i as usize])),
                    Source::Operand(i as usize),
                ),
                Command::Literal(i) => (code.deopt.literals[i as usize], Source::Literal),
                Command::OptimizedOut => (Value::UNDEFINED, Source::OptimizedOut),
                other => unreachable!("not produced yet: {other:?}"),
            };
            values.push(v);
            sources.push(source);
        }
        // The record goes; the code stays in `active` until the machine
        // code returns (it is still executing this call).
        let record = self.frames.pop().expect("the optimized frame record");
        let arguments = self.stack[record.base..record.base + record.argc as usize].to_vec();
        let registers = shared.bytecode.frame_size();
        let description = FrameDescription {
            function: record.function,
            this: record.this,
            new_target: Value::UNDEFINED,
            arguments,
            context: values[registers + 1],
            registers: values[..registers].to_vec(),
            accumulator: values[registers],
            bytecode_offset: bytecode_offset as usize,
            is_construct: false,
        };
        self.invalidate(shared, &code);
        if self.options.trace_deopt || self.options.trace_deopt_verbose {
            let (line, col) = shared
                .bytecode
                .source_position(bytecode_offset)
                .map_or((0, 0), |p| shared.script.line_col(p));
            eprintln!(
                "[bailout (kind: {}, reason: {}): deoptimizing {}, opt id {}, bytecode offset {}, deopt exit {}, \
                 at {}:{line}:{col}, frames 1, materialized 0, took {:.3} ms]",
                exit.kind.name(),
                exit.reason.message(),
                function_name(shared),
                code.id,
                bytecode_offset,
                bailout_id,
                shared.script.name,
                start.elapsed().as_secs_f64() * 1000.0
            );
        }
        if self.options.trace_deopt_verbose {
            self.trace_frame(shared, &description, &values, &sources);
        }
        let depth = self.frames.len();
        self.materialize_frame(&description)?;
        self.resume(depth)
    }

    /// Points the function back at the interpreter. The code stays mapped
    /// (retired) while activations may still be running it.
    fn invalidate(
        &mut self,
        mut shared: crate::runtime::heap::Gc<SharedFunctionInfo>,
        code: &std::rc::Rc<crate::optimizer::Code>,
    ) {
        if shared
            .code
            .as_ref()
            .is_some_and(|c| std::rc::Rc::ptr_eq(c, code))
        {
            let c = shared.code.take().unwrap();
            self.optimizer.retired.push(c);
        }
        shared.deopt_count += 1;
        shared.feedback.budget = crate::optimizer::INTERRUPT_BUDGET;
        if shared.deopt_count >= MAX_DEOPTS {
            shared.optimization_failed = true;
        }
    }

    fn trace_frame(
        &self,
        shared: crate::runtime::heap::Gc<SharedFunctionInfo>,
        d: &FrameDescription,
        values: &[Value],
        sources: &[Source],
    ) {
        let params = shared.bytecode.parameter_count as usize;
        eprintln!(
            "  translating interpreted frame {} => bytecode_offset={}, args={}, height={}",
            function_name(shared),
            d.bytecode_offset,
            d.arguments.len(),
            values.len()
        );
        for (i, (v, source)) in values.iter().zip(sources).enumerate() {
            let slot = if i < params {
                format!("a{i}")
            } else if i < d.registers.len() {
                format!("r{}", i - params)
            } else if i == d.registers.len() {
                "acc".into()
            } else {
                "context".into()
            };
            let from = match source {
                Source::Operand(n) => format!("exit operand {n}"),
                Source::Literal => "literal".into(),
                Source::OptimizedOut => "optimized out".into(),
            };
            let shown = match source {
                Source::OptimizedOut => "<optimized_out>".to_string(),
                _ if v.is_internal() => "<internal>".into(),
                _ => self.to_display_string(*v),
            };
            eprintln!("    {slot:>8} = {shown}  ({from})");
        }
    }
}
