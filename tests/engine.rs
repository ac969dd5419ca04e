//! Tests of the engine's pieces through its library API: the frame-resume
//! API the deoptimizer will use, the object model (maps, transitions,
//! dictionary mode, elements kinds) and the garbage collector.

use unspool::bytecode::Opcode;
use unspool::bytecode::builder::decode_operands;
use unspool::interpreter::call::FrameDescription;
use unspool::runtime::heap::{Gc, approximate_stack_pointer};
use unspool::runtime::map::ElementsKind;
use unspool::runtime::modules::RunError;
use unspool::runtime::object::JsObject;
use unspool::runtime::value::Value;
use unspool::runtime::vm::{Options, Vm};

fn vm_with(options: Options) -> Box<Vm> {
    Vm::new(options, approximate_stack_pointer())
}

fn eval(vm: &mut Vm, source: &str) -> Value {
    match vm.run_script("test.js", source.to_string()) {
        Ok(v) => v,
        Err(RunError::Exception(e)) => panic!("uncaught: {}", vm.to_display_string(e)),
        Err(RunError::Compile(e)) => panic!("syntax error: {}", e.report()),
        Err(RunError::Io(e)) => panic!("{e}"),
    }
}

fn global(vm: &mut Vm, name: &str) -> Value {
    let g = Value::object(vm.realm.intrinsics.global);
    vm.get_named(g, name).unwrap()
}

/// The instructions of a function: (offset, opcode, operands).
fn instructions(f: Value) -> Vec<(usize, Opcode, Vec<u32>)> {
    let shared = f.as_object().closure().unwrap().shared;
    let code = &shared.bytecode.code;
    let mut out = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let op = Opcode::ALL[code[pc] as usize];
        out.push((pc, op, decode_operands(code, pc, op)));
        pc += op.length();
    }
    out
}

/// Registers in the order the function first stores to them.
fn stored_registers(f: Value) -> Vec<u32> {
    let mut regs = Vec::new();
    for (_, op, operands) in instructions(f) {
        if op == Opcode::Star && !regs.contains(&operands[0]) {
            regs.push(operands[0]);
        }
    }
    regs
}

fn frame_for(
    f: Value,
    args: Vec<Value>,
    registers: Vec<Value>,
    accumulator: Value,
    offset: usize,
) -> FrameDescription {
    let context = f.as_object().closure().unwrap().context;
    FrameDescription {
        function: f,
        this: Value::UNDEFINED,
        new_target: Value::UNDEFINED,
        arguments: args,
        context,
        registers,
        accumulator,
        bytecode_offset: offset,
        is_construct: false,
        discards_result: false,
    }
}

const SUM: &str =
    "function sum(n) { let s = 0; let i = 0; while (i < n) { s = s + i; i = i + 1; } return s; }";

/// The loop header of `sum`: the target of its only backward jump.
fn loop_header(f: Value) -> usize {
    instructions(f)
        .into_iter()
        .find_map(|(_, op, operands)| (op == Opcode::JumpLoop).then(|| operands[0] as usize))
        .expect("a loop")
}

/// Registers of `sum`: a0 = n, then s and i in the order the body first
/// stores them (s, then i).
fn sum_registers(f: Value, n: i32, s: i32, i: i32) -> Vec<Value> {
    let locals = stored_registers(f);
    let shared = f.as_object().closure().unwrap().shared;
    let mut regs = vec![Value::UNDEFINED; shared.bytecode.frame_size()];
    regs[0] = Value::int(n);
    regs[locals[0] as usize] = Value::int(s);
    regs[locals[1] as usize] = Value::int(i);
    regs
}

#[test]
fn resume_a_hand_built_frame_in_the_middle_of_a_loop() {
    let mut vm = vm_with(Options::default());
    eval(&mut vm, SUM);
    let sum = global(&mut vm, "sum");
    let uninterrupted = vm.call(sum, Value::UNDEFINED, &[Value::int(10)]).unwrap();
    assert_eq!(uninterrupted, Value::int(45));

    // Stop "after" five iterations: s = 0+1+2+3+4, i = 5, at the header.
    let header = loop_header(sum);
    let regs = sum_registers(sum, 10, 10, 5);
    let depth = vm.frames.len();
    vm.materialize_frame(&frame_for(
        sum,
        vec![Value::int(10)],
        regs,
        Value::UNDEFINED,
        header,
    ))
    .unwrap();
    let resumed = vm.resume(depth).unwrap();
    assert_eq!(resumed, uninterrupted);
    assert_eq!(vm.frames.len(), depth, "the resumed frame is gone");
}

#[test]
fn resume_a_call_chain_continues_the_caller_after_the_call() {
    let mut vm = vm_with(Options::default());
    eval(&mut vm, SUM);
    eval(
        &mut vm,
        "function outer(n) { let r = sum(n); return r * 2 + 1; }",
    );
    let (sum, outer) = (global(&mut vm, "sum"), global(&mut vm, "outer"));
    let uninterrupted = vm.call(outer, Value::UNDEFINED, &[Value::int(10)]).unwrap();
    assert_eq!(uninterrupted, Value::int(91));

    // `outer` stopped inside its call to `sum`: it resumes just after the
    // Call instruction, with sum's result arriving in its accumulator.
    let after_call = instructions(outer)
        .windows(2)
        .find_map(|w| (w[0].1 == Opcode::Call).then_some(w[1].0))
        .expect("outer calls sum");
    let outer_size = outer
        .as_object()
        .closure()
        .unwrap()
        .shared
        .bytecode
        .frame_size();
    let mut outer_regs = vec![Value::UNDEFINED; outer_size];
    outer_regs[0] = Value::int(10);
    let depth = vm.frames.len();
    let outer_frame = frame_for(
        outer,
        vec![Value::int(10)],
        outer_regs,
        Value::UNDEFINED,
        after_call,
    );
    vm.materialize_frame(&outer_frame).unwrap();
    let header = loop_header(sum);
    let regs = sum_registers(sum, 10, 21, 7);
    vm.materialize_frame(&frame_for(
        sum,
        vec![Value::int(10)],
        regs,
        Value::UNDEFINED,
        header,
    ))
    .unwrap();
    let resumed = vm.resume(depth).unwrap();
    assert_eq!(resumed, uninterrupted);
    assert_eq!(vm.frames.len(), depth);
}

#[test]
fn a_resumed_frame_can_throw_to_its_rebuilt_caller() {
    let mut vm = vm_with(Options::default());
    eval(
        &mut vm,
        "function inner(x) { let y = x + 1; if (y > 3) throw y; return y; }",
    );
    eval(
        &mut vm,
        "function guard(x) { try { return inner(x); } catch (e) { return -e; } }",
    );
    let (inner, guard) = (global(&mut vm, "inner"), global(&mut vm, "guard"));
    assert_eq!(
        vm.call(guard, Value::UNDEFINED, &[Value::int(5)]).unwrap(),
        Value::int(-6)
    );

    let after_call = instructions(guard)
        .windows(2)
        .find_map(|w| (w[0].1 == Opcode::Call).then_some(w[1].0))
        .expect("guard calls inner");
    let guard_size = guard
        .as_object()
        .closure()
        .unwrap()
        .shared
        .bytecode
        .frame_size();
    let mut guard_regs = vec![Value::UNDEFINED; guard_size];
    guard_regs[0] = Value::int(5);
    // The try's saved-context register must hold the function's context.
    let context = guard.as_object().closure().unwrap().context;
    for (_, op, operands) in instructions(guard) {
        if op == Opcode::SaveContext {
            guard_regs[operands[0] as usize] = context;
        }
    }
    let depth = vm.frames.len();
    vm.materialize_frame(&frame_for(
        guard,
        vec![Value::int(5)],
        guard_regs,
        Value::UNDEFINED,
        after_call,
    ))
    .unwrap();
    // inner from its first instruction: the whole body runs and throws 6.
    let inner_size = inner
        .as_object()
        .closure()
        .unwrap()
        .shared
        .bytecode
        .frame_size();
    let mut inner_regs = vec![Value::UNDEFINED; inner_size];
    inner_regs[0] = Value::int(5);
    vm.materialize_frame(&frame_for(
        inner,
        vec![Value::int(5)],
        inner_regs,
        Value::UNDEFINED,
        0,
    ))
    .unwrap();
    assert_eq!(vm.resume(depth).unwrap(), Value::int(-6));
}

#[test]
fn objects_with_the_same_shape_share_a_map() {
    let mut vm = vm_with(Options::default());
    eval(
        &mut vm,
        "var a = {x: 1, y: 2}; var b = {x: 3, y: 4}; var c = {y: 1, x: 2};",
    );
    let (a, b, c) = (
        global(&mut vm, "a"),
        global(&mut vm, "b"),
        global(&mut vm, "c"),
    );
    assert!(
        a.as_object().map == b.as_object().map,
        "same transitions, same map"
    );
    assert!(
        a.as_object().map != c.as_object().map,
        "different order, different map"
    );
    eval(&mut vm, "b.z = 5;");
    assert!(
        a.as_object().map != b.as_object().map,
        "adding a property transitions"
    );
    eval(&mut vm, "a.z = 6;");
    assert!(
        a.as_object().map == b.as_object().map,
        "the transition is shared"
    );
}

#[test]
fn deleting_or_adding_many_properties_goes_to_dictionary_mode() {
    let mut vm = vm_with(Options::default());
    eval(&mut vm, "var d = {a: 1, b: 2, c: 3}; delete d.a;");
    let d = global(&mut vm, "d");
    assert!(d.as_object().map.dictionary);
    assert_eq!(eval(&mut vm, "d.b + d.c"), Value::int(5));
    eval(
        &mut vm,
        "var big = {}; for (var i = 0; i < 1000; i++) big['p' + i] = i;",
    );
    let big = global(&mut vm, "big");
    assert!(big.as_object().map.dictionary);
    assert_eq!(eval(&mut vm, "big.p999 + big.p0"), Value::int(999));
}

#[test]
fn elements_kinds_only_generalize() {
    let mut vm = vm_with(Options::default());
    let kind = |vm: &mut Vm, name: &str| global(vm, name).as_object().map.elements_kind;
    eval(&mut vm, "var arr = [1, 2, 3];");
    assert_eq!(kind(&mut vm, "arr"), ElementsKind::PackedSmi);
    eval(&mut vm, "arr.push(1.5);");
    assert_eq!(kind(&mut vm, "arr"), ElementsKind::PackedDouble);
    eval(&mut vm, "arr.push('s');");
    assert_eq!(kind(&mut vm, "arr"), ElementsKind::Packed);
    eval(&mut vm, "arr.pop(); arr.pop();");
    assert_eq!(
        kind(&mut vm, "arr"),
        ElementsKind::Packed,
        "kinds never narrow"
    );
    eval(&mut vm, "var holey = [1, 2]; holey[5] = 3;");
    assert_eq!(kind(&mut vm, "holey"), ElementsKind::HoleySmi);
    assert_eq!(
        eval(&mut vm, "holey[3] === undefined && !(3 in holey)"),
        Value::TRUE
    );
}

#[test]
fn garbage_cycles_are_freed() {
    let mut vm = vm_with(Options::default());
    vm.collect_garbage();
    let baseline = vm.heap.cell_count();
    eval(
        &mut vm,
        "(function () { for (var i = 0; i < 1000; i++) { var a = {}; var b = {a: a}; a.b = b; } })();",
    );
    vm.collect_garbage();
    // A few cells (the script's function, its constants) may remain.
    assert!(
        vm.heap.cell_count() < baseline + 50,
        "{} cells after, {baseline} before",
        vm.heap.cell_count()
    );
}

#[test]
fn nothing_live_is_freed_under_gc_stress() {
    let mut vm = vm_with(Options {
        gc_stress: true,
        ..Options::default()
    });
    let src = "var keep = []; for (var i = 0; i < 200; i++) { keep.push({i: i, s: 'v' + i, inner: [i, {deep: i}]}); }
               var ok = true; for (var j = 0; j < 200; j++) { var o = keep[j];
               if (o.i !== j || o.s !== 'v' + j || o.inner[1].deep !== j) ok = false; } ok";
    assert_eq!(eval(&mut vm, src), Value::TRUE);
    assert!(
        vm.heap.stats.collections > 100,
        "stress collected {} times",
        vm.heap.stats.collections
    );
    let keep: Gc<JsObject> = global(&mut vm, "keep").as_object();
    assert_eq!(keep.elements.len(), 200);
}
