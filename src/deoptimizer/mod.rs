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
//! An exception exit (an operation threw inside a try range) rebuilds the
//! frames at the throwing operation and resumes by throwing there, so the
//! interpreter's handler runs; the code stays valid (nothing it assumed
//! failed).
//!
//! Values read from the exit are only held in Rust locals until they are
//! in frames; nothing allocates in between, so no collection can run.

pub mod data;
pub mod translation;

use std::time::Instant;

use crate::interpreter::call::FrameDescription;
use crate::optimizer::{Code, MAX_DEOPTS, function_name};
use crate::runtime::function::{JsResult, SharedFunctionInfo};
use crate::runtime::heap::Gc;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use data::DeoptExit;
use translation::{Command, FrameKind, TranslationReader};

/// A frame the deoptimizer builds: its function, description, and every
/// value with where it came from.
type RebuiltFrame = (
    Gc<SharedFunctionInfo>,
    FrameDescription,
    Vec<Value>,
    Vec<Source>,
);

/// Reads value commands, rebuilding removed objects: each
/// `CapturedObject` is allocated first and queued, then its fields are
/// read (so a field that refers back to it, or to an object already
/// rebuilt, is a `DuplicatedObject` of the queue and keeps its identity).
struct ValueReader<'a> {
    reader: TranslationReader<'a>,
    operands: &'a [u64],
    literals: &'a [Value],
    materialized: Vec<Value>,
    /// The optimized function and its activation's actual arguments (for
    /// its own removed `arguments` object).
    outermost: (Value, &'a [Value]),
}

/// Whether `function`'s arguments objects are unmapped ones (a removed
/// one never aliases a parameter, but its kind shows in `callee`).
fn unmapped(function: Value) -> bool {
    let closure = function.as_object();
    !closure
        .closure()
        .expect("closure")
        .shared
        .bytecode
        .mapped_arguments
}

impl ValueReader<'_> {
    fn read(&mut self, vm: &mut Vm, height: u32) -> (Vec<Value>, Vec<Source>) {
        (0..height).map(|_| self.value(vm)).unzip()
    }

    fn value(&mut self, vm: &mut Vm) -> (Value, Source) {
        let operand = |i: u32| self.operands[i as usize];
        match self.reader.next_command() {
            Command::Tagged(i) => (Value::from_bits(operand(i)), Source::Operand(i as usize)),
            Command::Int32(i) => (Value::int(operand(i) as i32), Source::Operand(i as usize)),
            Command::Float64(i) => (
                Value::number(f64::from_bits(operand(i))),
                Source::Operand(i as usize),
            ),
            Command::Literal(i) => (self.literals[i as usize], Source::Literal),
            Command::OptimizedOut => (Value::UNDEFINED, Source::OptimizedOut),
            Command::CapturedObject { map, fields } => {
                let map: Gc<crate::runtime::map::Map> =
                    unsafe { self.literals[map as usize].as_internal() };
                let object = vm.allocate_with_fields(map, std::iter::empty());
                self.materialized.push(object);
                for slot in 0..fields {
                    let (v, _) = self.value(vm);
                    object.as_object().set_slot(slot, v);
                }
                (object, Source::Materialized)
            }
            Command::CapturedArray { length } => {
                let array = vm.new_array(Vec::new());
                self.materialized.push(Value::object(array));
                for i in 0..length {
                    let (v, _) = self.value(vm);
                    vm.set_element(array, i, v);
                }
                (Value::object(array), Source::Materialized)
            }
            Command::CapturedArguments { function, length } => {
                let callee = self.literals[function as usize];
                let placeholders = vec![Value::UNDEFINED; length as usize];
                let arguments = vm.new_arguments(placeholders, callee, unmapped(callee));
                self.materialized.push(arguments);
                for i in 0..length as usize {
                    // Tagged elements: any value goes in as it is.
                    arguments.as_object().elements[i] = self.value(vm).0;
                }
                (arguments, Source::Materialized)
            }
            Command::CapturedFrameArguments => {
                let (function, actual) = self.outermost;
                let arguments = vm.new_arguments(actual.to_vec(), function, unmapped(function));
                self.materialized.push(arguments);
                (arguments, Source::Materialized)
            }
            Command::DuplicatedObject(id) => (self.materialized[id as usize], Source::Materialized),
            other => unreachable!("not a value command: {other:?}"),
        }
    }
}

/// Where a rebuilt frame's value came from (`--trace-deopt-verbose`).
enum Source {
    Operand(usize),
    Materialized,
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
        let exception = std::mem::replace(&mut self.pending_exception, Value::UNDEFINED);
        let code = self
            .optimizer
            .active
            .last()
            .expect("an optimized activation")
            .clone();
        let exit = code.deopt.exits[bailout_id as usize].clone();
        let operands = unsafe { std::slice::from_raw_parts(operands, exit.operand_count as usize) };
        // The record goes; the code stays in `active` until the machine
        // code returns (it is still executing this call).
        let record = self.frames.pop().expect("the optimized frame record");
        let actual = self.stack[record.base..record.base + record.argc as usize].to_vec();
        let mut reader = ValueReader {
            reader: TranslationReader::new(&code.deopt.translations, exit.translation),
            operands,
            literals: &code.deopt.literals,
            materialized: Vec::new(),
            outermost: (record.function, &actual),
        };
        let mut frames = Vec::with_capacity(exit.frame_count as usize);
        for i in 0..exit.frame_count {
            let Command::BeginFrame {
                function,
                bytecode_offset,
                argument_count,
                height,
                kind,
            } = reader.reader.next_command()
            else {
                unreachable!("each frame starts with BeginFrame")
            };
            let (values, sources) = reader.read(self, height);
            let literal = code.deopt.literals[function as usize];
            let (function, shared, this, arguments, skip) = if i == 0 {
                let shared: Gc<SharedFunctionInfo> = unsafe { literal.as_internal() };
                (record.function, shared, record.this, actual.clone(), 0)
            } else {
                // An inlined call: the closure is a literal; the receiver and
                // the actual arguments lead the frame's values.
                let shared = literal
                    .as_object()
                    .closure()
                    .expect("inlined closure")
                    .shared;
                let argc = argument_count as usize;
                (
                    literal,
                    shared,
                    values[0],
                    values[1..1 + argc].to_vec(),
                    1 + argc,
                )
            };
            let registers = shared.bytecode.frame_size();
            let rest = &values[skip..];
            // The outermost frame is a `new` as its record says; an inlined
            // `new` has its constructor as `new.target`.
            let (is_construct, new_target) = match i {
                0 => (record.is_construct, record.new_target),
                _ if kind == FrameKind::Construct => (true, function),
                _ => (false, Value::UNDEFINED),
            };
            let description = FrameDescription {
                function,
                this,
                new_target,
                arguments,
                context: rest[registers + 1],
                registers: rest[..registers].to_vec(),
                accumulator: rest[registers],
                bytecode_offset: bytecode_offset as usize,
                is_construct,
                discards_result: kind == FrameKind::Setter,
            };
            frames.push((shared, description, values, sources));
        }
        let throwing = exit.kind == data::DeoptKind::Exception;
        if !throwing {
            self.invalidate(code.shared, &code);
        }
        if self.options.trace_deopt || self.options.trace_deopt_verbose {
            let materialized = reader.materialized.len();
            self.trace_bailout(&code, bailout_id, &exit, &frames, materialized, start);
        }
        if self.options.trace_deopt_verbose {
            for (shared, description, values, sources) in &frames {
                self.trace_frame(*shared, description, values, sources);
            }
        }
        let depth = self.frames.len();
        for (_, description, _, _) in &frames {
            self.materialize_frame(description)?;
        }
        self.resume_throwing(depth, throwing.then_some(exception))
    }

    /// The `--trace-deopt` line: the optimized function, where the
    /// innermost frame stood (with the functions it was inlined into).
    fn trace_bailout(
        &self,
        code: &Code,
        bailout_id: u32,
        exit: &DeoptExit,
        frames: &[RebuiltFrame],
        materialized: usize,
        start: Instant,
    ) {
        let position = |shared: Gc<SharedFunctionInfo>, offset: usize| {
            let (line, col) = shared
                .bytecode
                .source_position(offset as u32)
                .map_or((0, 0), |p| shared.script.line_col(p));
            format!("{}:{line}:{col}", shared.script.name)
        };
        let (inner, inner_frame, _, _) = frames.last().unwrap();
        let mut at = position(*inner, inner_frame.bytecode_offset);
        for (shared, d, _, _) in frames.iter().rev().skip(1) {
            at.push_str(&format!(
                " inlined into {} at {}",
                function_name(*shared),
                position(*shared, d.bytecode_offset)
            ));
        }
        eprintln!(
            "[bailout (kind: {}, reason: {}): deoptimizing {}, opt id {}, bytecode offset {}, deopt exit {}, \
             at {at}, frames {}, materialized {materialized}, took {:.3} ms]",
            exit.kind.name(),
            exit.reason.message(),
            function_name(code.shared),
            code.id,
            exit.bytecode_offset,
            bailout_id,
            frames.len(),
            start.elapsed().as_secs_f64() * 1000.0
        );
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
            self.discard_code(shared, false);
        }
        shared.deopt_count += 1;
        shared.feedback.budget = crate::optimizer::INTERRUPT_BUDGET;
        if shared.deopt_count >= MAX_DEOPTS {
            shared.optimization_failed = true;
        }
    }

    /// Drops the function's optimized code (an eager deopt, or
    /// `%DeoptimizeFunction`): calls go to the interpreter again. The code
    /// stays mapped while activations may still run it; when it is
    /// `invalidated`, those activations deoptimize lazily as their calls
    /// return (an eager deopt leaves them running: their assumptions hold).
    pub fn discard_code(
        &mut self,
        mut shared: crate::runtime::heap::Gc<SharedFunctionInfo>,
        invalidate: bool,
    ) {
        if let Some(c) = shared.code.take() {
            if invalidate {
                c.invalidated.set(1);
            }
            self.optimizer.retired.push(c);
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
        // V8 names the frames an inlined `new` or setter leaves behind
        // after the stubs that finish them.
        let kind = match (d.is_construct, d.discards_result) {
            (true, _) => " (construct stub: a non-object result means this)",
            (_, true) => " (setter: the result is dropped)",
            _ => "",
        };
        eprintln!(
            "  translating interpreted frame {}{kind} => bytecode_offset={}, args={}, height={}",
            function_name(shared),
            d.bytecode_offset,
            d.arguments.len(),
            values.len()
        );
        // An inlined frame's values start with its receiver and arguments.
        let leading = values.len() - d.registers.len() - 2;
        for (k, (v, source)) in values.iter().zip(sources).enumerate() {
            let i = k.wrapping_sub(leading);
            let slot = if k == 0 && leading > 0 {
                "this".to_string()
            } else if k < leading {
                format!("arg{}", k - 1)
            } else if i < params {
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
                Source::Materialized => "materialized object".into(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deoptimizer::translation::TranslationWriter;
    use crate::runtime::map::{Attrs, Map, PropertyKey};
    use crate::runtime::property::Key;
    use crate::runtime::vm::Options;

    /// Materializes `o = {a: 7, b: o2}`, `o2 = {a: operand, b: o}` (a
    /// cycle), then a duplicate of `o`, and checks identity and fields.
    /// Reads `count` values of a translation; also says how many captured
    /// objects were built.
    fn read_values(
        vm: &mut Vm,
        w: TranslationWriter,
        operands: &[u64],
        literals: &[Value],
        count: u32,
    ) -> (Vec<Value>, usize) {
        read_values_in(vm, w, operands, literals, count, (Value::UNDEFINED, &[]))
    }

    /// `read_values` for an activation of `outermost.0` with the actual
    /// arguments `outermost.1`.
    fn read_values_in(
        vm: &mut Vm,
        w: TranslationWriter,
        operands: &[u64],
        literals: &[Value],
        count: u32,
        outermost: (Value, &[Value]),
    ) -> (Vec<Value>, usize) {
        let bytes = w.finish();
        let mut reader = ValueReader {
            reader: TranslationReader::new(&bytes, 0),
            operands,
            literals,
            materialized: Vec::new(),
            outermost,
        };
        let (values, _) = reader.read(vm, count);
        (values, reader.materialized.len())
    }

    #[test]
    fn captured_objects_keep_identity_through_nesting_duplicates_and_cycles() {
        let mut vm = Vm::new(
            Options::default(),
            crate::runtime::heap::approximate_stack_pointer(),
        );
        let (a, b) = (vm.intern("a"), vm.intern("b"));
        let heap = &mut vm.heap;
        let (with_a, _) = Map::with_property(
            vm.realm.object_map,
            heap,
            PropertyKey::String(a),
            Attrs::DEFAULT,
        );
        let (map, _) = Map::with_property(with_a, heap, PropertyKey::String(b), Attrs::DEFAULT);
        let literals = vec![Value::internal(map), Value::int(7)];
        let mut w = TranslationWriter::default();
        w.write(Command::CapturedObject { map: 0, fields: 2 }); // o
        w.write(Command::Literal(1)); //   o.a = 7
        w.write(Command::CapturedObject { map: 0, fields: 2 }); //   o.b = o2
        w.write(Command::Int32(0)); //     o2.a = operand 0
        w.write(Command::DuplicatedObject(0)); //     o2.b = o (cycle)
        w.write(Command::DuplicatedObject(1)); // o2 again
        let (values, built) = read_values(&mut vm, w, &[42], &literals, 2);
        let (o, o2) = (values[0].as_object(), values[1].as_object());
        assert_eq!(built, 2, "each captured object is built once");
        assert!(o.map == map && o2.map == map);
        assert_eq!(o.slot(0), Value::int(7));
        assert_eq!(
            o.slot(1),
            values[1],
            "nested object is the duplicate's identity"
        );
        assert_eq!(o2.slot(0), Value::int(42));
        assert_eq!(o2.slot(1), values[0], "the cycle closes on the same object");
    }

    #[test]
    fn captured_arrays_hold_numbers_objects_and_themselves() {
        let mut vm = Vm::new(
            Options::default(),
            crate::runtime::heap::approximate_stack_pointer(),
        );
        let map = vm.realm.object_map;
        let literals = vec![Value::internal(map), Value::number(2.5)];
        let mut w = TranslationWriter::default();
        w.write(Command::CapturedArray { length: 4 }); // a
        w.write(Command::Int32(0)); //   a[0] = operand 0
        w.write(Command::Literal(1)); //   a[1] = 2.5
        w.write(Command::CapturedObject { map: 0, fields: 0 }); //   a[2] = {}
        w.write(Command::DuplicatedObject(0)); //   a[3] = a (cycle)
        w.write(Command::DuplicatedObject(1)); // the {} again
        let (values, built) = read_values(&mut vm, w, &[7], &literals, 2);
        let a = values[0].as_object();
        assert!(a.is_array());
        assert_eq!(a.array_length(), 4);
        assert_eq!(built, 2, "built once each");
        let element = |vm: &mut Vm, i| vm.get(values[0], Key::Index(i)).unwrap();
        assert_eq!(element(&mut vm, 0).as_number(), 7.0);
        assert_eq!(element(&mut vm, 1).as_number(), 2.5);
        assert_eq!(
            element(&mut vm, 2),
            values[1],
            "the object keeps its identity"
        );
        assert_eq!(element(&mut vm, 3), values[0], "the array contains itself");
    }

    fn vm_and_strict_function() -> (Box<Vm>, Value) {
        let mut vm = Vm::new(
            Options::default(),
            crate::runtime::heap::approximate_stack_pointer(),
        );
        let f = vm
            .run_script("t.js", "(function f(a, b) { 'use strict'; })".into())
            .ok()
            .expect("a closure");
        (vm, f)
    }

    #[test]
    fn captured_arguments_are_unmapped_and_may_contain_themselves() {
        let (mut vm, f) = vm_and_strict_function();
        let literals = vec![f, Value::int(5)];
        let mut w = TranslationWriter::default();
        w.write(Command::CapturedArguments {
            function: 0,
            length: 3,
        });
        w.write(Command::Literal(1)); //   arguments[0] = 5
        w.write(Command::Int32(0)); //   arguments[1] = operand 0
        w.write(Command::DuplicatedObject(0)); //   arguments[2] = arguments
        let (values, built) = read_values(&mut vm, w, &[9], &literals, 1);
        assert_eq!(built, 1);
        let arguments = values[0].as_object();
        assert!(matches!(
            arguments.class,
            crate::runtime::object::ObjectClass::Arguments { mapped: None }
        ));
        let interpreted = vm.new_arguments(Vec::new(), f, true);
        assert!(
            arguments.map == interpreted.as_object().map,
            "the interpreter's map"
        );
        let length = vm.get_named(values[0], "length").unwrap();
        assert_eq!(length, Value::int(3));
        let element = |vm: &mut Vm, i| vm.get(values[0], Key::Index(i)).unwrap();
        assert_eq!(element(&mut vm, 0), Value::int(5));
        assert_eq!(element(&mut vm, 1), Value::int(9));
        assert_eq!(element(&mut vm, 2), values[0], "it contains itself");
    }

    #[test]
    fn frame_arguments_come_from_the_activation_once() {
        let (mut vm, f) = vm_and_strict_function();
        let mut w = TranslationWriter::default();
        w.write(Command::CapturedFrameArguments);
        w.write(Command::DuplicatedObject(0));
        let actual = [Value::int(4), Value::TRUE];
        let (values, built) = read_values_in(&mut vm, w, &[], &[], 2, (f, &actual));
        assert_eq!(built, 1);
        assert_eq!(values[0], values[1], "one object");
        assert!(matches!(
            values[0].as_object().class,
            crate::runtime::object::ObjectClass::Arguments { mapped: None }
        ));
        let length = vm.get_named(values[0], "length").unwrap();
        assert_eq!(length, Value::int(2));
        let element = |vm: &mut Vm, i| vm.get(values[0], Key::Index(i)).unwrap();
        assert_eq!(element(&mut vm, 0), Value::int(4));
        assert_eq!(element(&mut vm, 1), Value::TRUE);
    }
}
