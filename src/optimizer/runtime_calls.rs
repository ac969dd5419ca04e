//! The runtime entry points optimized code calls for generic operations.
//!
//! Each takes the `Vm` and i64 words (tagged values, immediates) and
//! returns a tagged value, or `EXCEPTION` after storing the exception in
//! `Vm::pending_exception`. Helpers that can throw first record the
//! bytecode offset in the optimized frame's record, so that stack traces
//! and "x is not a function" name the right source position.

use crate::bytecode::Opcode;
use crate::runtime::function::{Context, JsResult};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, Map, PropertyKey};
use crate::runtime::property::Key;
use crate::runtime::value::{TAG_CONST, TAG_SHIFT, Value};
use crate::runtime::vm::Vm;

/// Returned instead of a value when the operation threw. Not a value any
/// JavaScript operation produces.
pub const EXCEPTION: u64 = (TAG_CONST << TAG_SHIFT) | 0xE0;

fn vm<'a>(vm: *mut Vm) -> &'a mut Vm {
    unsafe { &mut *vm }
}

/// Records the source position (see `codegen::source_position`) of the
/// operation in progress in the optimized frame's record.
fn at(vm: &mut Vm, position: u64) {
    if let Some(f) = vm.frames.last_mut() {
        f.current_offset = position as u32;
        f.inlining = (position >> 32) as u32;
    }
}

fn finish(vm: &mut Vm, r: JsResult<Value>) -> u64 {
    match r {
        Ok(v) => v.bits(),
        Err(e) => {
            vm.pending_exception = e;
            EXCEPTION
        }
    }
}

fn strict(vm: &Vm) -> bool {
    vm.frames.last().is_some_and(|f| f.position().0.strict)
}

pub extern "C" fn binary(vm_ptr: *mut Vm, offset: u64, opcode: u64, a: u64, b: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let op = Opcode::from_u8(opcode as u8);
    let (a, b) = (Value::from_bits(a), Value::from_bits(b));
    let r = match op {
        Opcode::TestEqualStrict => Ok(Value::bool(vm.strict_equals(a, b))),
        Opcode::TestEqual
        | Opcode::TestLessThan
        | Opcode::TestGreaterThan
        | Opcode::TestLessThanOrEqual
        | Opcode::TestGreaterThanOrEqual => vm.compare_op(op, a, b),
        _ => vm.binary_op(op, a, b),
    };
    finish(vm, r)
}

/// `throw v`: always "throws" (returns `EXCEPTION`), noting where, as
/// the interpreter does, for the uncaught-exception report.
pub extern "C" fn throw(vm_ptr: *mut Vm, offset: u64, v: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let exception = Value::from_bits(v);
    vm.note_throw_site(exception);
    finish(vm, Err(exception))
}

pub extern "C" fn create_context(vm_ptr: *mut Vm, parent: u64, slots: u64) -> u64 {
    let vm = vm(vm_ptr);
    let context = Context::new(Value::from_bits(parent), slots as usize);
    Value::internal(vm.heap.alloc(context)).bits()
}

/// The arguments of an inlined call (in `argv`), or else of the optimized
/// frame itself (its record holds the function and the actual arguments).
///
/// # Safety
/// When `inlined`, `argv` points at `argc` tagged values.
unsafe fn actual_arguments(vm: &Vm, argv: *const u64, argc: u64, inlined: bool) -> Vec<Value> {
    if inlined {
        unsafe { std::slice::from_raw_parts(argv, argc as usize) }
            .iter()
            .map(|&b| Value::from_bits(b))
            .collect()
    } else {
        let record = vm.frames.last().expect("the optimized frame record");
        vm.stack[record.base..record.base + record.argc as usize].to_vec()
    }
}

/// CreateArguments (`callee` is 0 for the optimized function itself).
///
/// # Safety
/// For an inlined call, `argv` points at `argc` tagged values.
pub unsafe extern "C" fn create_arguments(
    vm_ptr: *mut Vm,
    mapped: u64,
    context: u64,
    callee: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    let inlined = callee != 0;
    let args = unsafe { actual_arguments(vm, argv, argc, inlined) };
    let callee = if inlined {
        Value::from_bits(callee)
    } else {
        vm.frames
            .last()
            .expect("the optimized frame record")
            .function
    };
    vm.create_arguments(callee, Value::from_bits(context), args, mapped != 0)
        .bits()
}

/// A rest parameter: the inlined call's extra arguments (`argv`), or the
/// optimized frame's arguments after its formal parameters.
///
/// # Safety
/// For an inlined call, `argv` points at `argc` tagged values.
pub unsafe extern "C" fn create_rest_parameter(
    vm_ptr: *mut Vm,
    inlined: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    let mut rest = unsafe { actual_arguments(vm, argv, argc, inlined != 0) };
    if inlined == 0 {
        let record = vm.frames.last().expect("the optimized frame record");
        let params = record.shared.bytecode.parameter_count as usize;
        rest.drain(..params.min(rest.len()));
    }
    Value::object(vm.new_tagged_array(rest)).bits()
}

pub extern "C" fn create_closure(
    vm_ptr: *mut Vm,
    shared: u64,
    context: u64,
    function: u64,
    this: u64,
    new_target: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    let shared = unsafe { Value::from_bits(shared).as_internal() };
    let [context, function, this, new_target] =
        [context, function, this, new_target].map(Value::from_bits);
    vm.new_function_closure(shared, context, function, this, new_target)
        .bits()
}

pub extern "C" fn construct_receiver(vm_ptr: *mut Vm, offset: u64, constructor: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let r = vm.construct_receiver(Value::from_bits(constructor));
    finish(vm, r)
}

pub extern "C" fn collect_garbage(vm_ptr: *mut Vm) -> u64 {
    vm(vm_ptr).collect_garbage();
    Value::UNDEFINED.bits()
}

/// JavaScript's `%` on doubles (Rust's `%` is C's `fmod`, which it is).
pub extern "C" fn float64_mod(a: f64, b: f64) -> f64 {
    a % b
}

pub extern "C" fn array_push(vm_ptr: *mut Vm, array: u64, v: u64) -> u64 {
    let array = Value::from_bits(array).as_object();
    let len = array.array_length();
    vm(vm_ptr).set_element(array, len, Value::from_bits(v));
    Value::number(len as f64 + 1.0).bits()
}

pub extern "C" fn frame_function(vm_ptr: *mut Vm) -> u64 {
    let record = vm(vm_ptr)
        .frames
        .last()
        .expect("the optimized frame record");
    record.function.bits()
}

pub extern "C" fn frame_new_target(vm_ptr: *mut Vm) -> u64 {
    let record = vm(vm_ptr)
        .frames
        .last()
        .expect("the optimized frame record");
    record.new_target.bits()
}

/// An instruction the optimizer left generic (`Vm::generic_operation`).
///
/// # Safety
/// `argv` points at `argc` tagged values.
pub unsafe extern "C" fn generic(
    vm_ptr: *mut Vm,
    offset: u64,
    opcode: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let inputs: Vec<Value> = unsafe { std::slice::from_raw_parts(argv, argc as usize) }
        .iter()
        .map(|&b| Value::from_bits(b))
        .collect();
    let op = Opcode::from_u8(opcode as u8);
    let r = vm.with_roots(&inputs, |vm| vm.generic_operation(op, &inputs));
    finish(vm, r)
}

pub extern "C" fn to_boolean(vm_ptr: *mut Vm, v: u64) -> u64 {
    Value::bool(vm(vm_ptr).to_boolean(Value::from_bits(v))).bits()
}

pub extern "C" fn to_numeric(vm_ptr: *mut Vm, offset: u64, v: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let r = vm.to_numeric(Value::from_bits(v));
    finish(vm, r)
}

pub extern "C" fn load_global(vm_ptr: *mut Vm, offset: u64, name: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let r = vm.load_global_binding(Value::from_bits(name).as_string(), false);
    finish(vm, r)
}

pub extern "C" fn get_named(vm_ptr: *mut Vm, offset: u64, obj: u64, name: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let key = Key::Prop(PropertyKey::String(Value::from_bits(name).as_string()));
    let r = vm.get(Value::from_bits(obj), key);
    finish(vm, r)
}

pub extern "C" fn set_named(vm_ptr: *mut Vm, offset: u64, obj: u64, name: u64, v: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let key = Key::Prop(PropertyKey::String(Value::from_bits(name).as_string()));
    let strict = strict(vm);
    let r = vm
        .set(Value::from_bits(obj), key, Value::from_bits(v), strict)
        .map(|()| Value::UNDEFINED);
    finish(vm, r)
}

pub extern "C" fn get_keyed(vm_ptr: *mut Vm, offset: u64, obj: u64, key: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let r = vm.get_keyed(Value::from_bits(obj), Value::from_bits(key));
    finish(vm, r)
}

pub extern "C" fn set_keyed(vm_ptr: *mut Vm, offset: u64, obj: u64, key: u64, v: u64) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let strict = strict(vm);
    let r = vm
        .set_keyed(
            Value::from_bits(obj),
            Value::from_bits(key),
            Value::from_bits(v),
            strict,
        )
        .map(|()| Value::UNDEFINED);
    finish(vm, r)
}

/// # Safety
/// `argv` points at `argc` tagged values (the call's stack buffer).
pub unsafe extern "C" fn call(
    vm_ptr: *mut Vm,
    offset: u64,
    callee: u64,
    receiver: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let callee = Value::from_bits(callee);
    // The arguments live in the optimized frame's stack slot until the
    // call returns; copy them so a GC inside sees them as roots too.
    let args: Vec<Value> = unsafe { std::slice::from_raw_parts(argv, argc as usize) }
        .iter()
        .map(|&b| Value::from_bits(b))
        .collect();
    let r = if vm.is_callable(callee) {
        vm.with_roots(&args, |vm| {
            vm.call_from_optimized(callee, Value::from_bits(receiver), &args)
        })
    } else {
        let d = vm.call_site_text(callee);
        Err(vm.type_error(&format!("{d} is not a function")))
    };
    finish(vm, r)
}

/// # Safety
/// `argv` points at `argc` tagged values (the call's stack buffer).
pub unsafe extern "C" fn construct(
    vm_ptr: *mut Vm,
    offset: u64,
    constructor: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let constructor = Value::from_bits(constructor);
    let args: Vec<Value> = unsafe { std::slice::from_raw_parts(argv, argc as usize) }
        .iter()
        .map(|&b| Value::from_bits(b))
        .collect();
    let r = if vm.is_constructor(constructor) {
        vm.with_roots(&args, |vm| vm.construct(constructor, &args, constructor))
    } else {
        let d = vm.call_site_text(constructor);
        Err(vm.type_error(&format!("{d} is not a constructor")))
    };
    finish(vm, r)
}

pub extern "C" fn sloppy_receiver(vm_ptr: *mut Vm, receiver: u64) -> u64 {
    let vm = vm(vm_ptr);
    let r = vm.ordinary_receiver(false, Value::from_bits(receiver));
    finish(vm, r)
}

/// # Safety
/// `argv` points at `argc` tagged values.
pub unsafe extern "C" fn intrinsic(
    vm_ptr: *mut Vm,
    offset: u64,
    id: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    at(vm, offset);
    let f = crate::interpreter::runtime_functions::RuntimeFunction::ALL[id as usize];
    let mut args: Vec<Value> = unsafe { std::slice::from_raw_parts(argv, argc as usize) }
        .iter()
        .map(|&b| Value::from_bits(b))
        .collect();
    let roots = args.clone();
    let r = vm.with_roots(&roots, |vm| vm.call_runtime(f, &mut args));
    finish(vm, r)
}

pub extern "C" fn define_named(vm_ptr: *mut Vm, obj: u64, name: u64, v: u64) -> u64 {
    let vm = vm(vm_ptr);
    let key = Key::Prop(PropertyKey::String(Value::from_bits(name).as_string()));
    vm.define_data(
        Value::from_bits(obj).as_object(),
        key,
        Value::from_bits(v),
        Attrs::DEFAULT,
    );
    Value::UNDEFINED.bits()
}

/// # Safety
/// `fields` points at `count` tagged values; `map` is a live map.
pub unsafe extern "C" fn allocate_object(
    vm_ptr: *mut Vm,
    map: u64,
    fields: *const u64,
    count: u64,
) -> u64 {
    let vm = vm(vm_ptr);
    let map: Gc<Map> = unsafe { Gc::from_addr(map as usize) };
    let fields = unsafe { std::slice::from_raw_parts(fields, count as usize) };
    let object = vm.allocate_with_fields(map, fields.iter().map(|&f| Value::from_bits(f)));
    object.bits()
}

pub extern "C" fn store_element_at(vm_ptr: *mut Vm, array: u64, index: u64, v: u64) -> u64 {
    let array = Value::from_bits(array).as_object();
    vm(vm_ptr).set_element(array, index as u32, Value::from_bits(v));
    Value::UNDEFINED.bits()
}

pub extern "C" fn store_slot(_: *mut Vm, obj: u64, slot: u64, v: u64) -> u64 {
    Value::from_bits(obj)
        .as_object()
        .set_slot(slot as u32, Value::from_bits(v));
    Value::UNDEFINED.bits()
}

pub extern "C" fn load_context_slot(_: *mut Vm, context: u64, depth: u64, index: u64) -> u64 {
    Context::at(Value::from_bits(context), depth as u32).slots[index as usize].bits()
}

pub extern "C" fn store_context_slot(
    _: *mut Vm,
    context: u64,
    depth: u64,
    index: u64,
    v: u64,
) -> u64 {
    let mut c = Context::at(Value::from_bits(context), depth as u32);
    c.slots[index as usize] = Value::from_bits(v);
    Value::UNDEFINED.bits()
}

pub extern "C" fn check_hole(vm_ptr: *mut Vm, offset: u64, v: u64, name: u64) -> u64 {
    if Value::from_bits(v) != Value::HOLE {
        return v;
    }
    let vm = vm(vm_ptr);
    at(vm, offset);
    let n = Value::from_bits(name).as_string().to_rust_string();
    let e = vm.reference_error(&format!("Cannot access '{n}' before initialization"));
    finish(vm, Err(e))
}

/// # Safety
/// Called by a deopt exit, with its operands laid out at `operands`.
pub unsafe extern "C" fn deoptimize(vm_ptr: *mut Vm, bailout_id: u64, operands: *const u64) -> u64 {
    let vm = vm(vm_ptr);
    let r = unsafe { vm.deoptimize(bailout_id as u32, operands) };
    finish(vm, r)
}
