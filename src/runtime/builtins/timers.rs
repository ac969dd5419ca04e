//! Node's scheduling globals: `setTimeout`/`setInterval`/`setImmediate`
//! and their `clear*`, `queueMicrotask` and `process.nextTick`. They only
//! queue work; `runtime::event_loop` runs it.

use std::time::Duration;

use super::arg;
use crate::runtime::event_loop::{Job, Task};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Node's limit: longer (or invalid) delays become 1 ms.
const TIMEOUT_MAX: f64 = 2147483647.0;

pub fn install(vm: &mut Vm) {
    let global = vm.realm.intrinsics.global;
    let functions: [(&str, NativeFn, u32); 7] = [
        ("setTimeout", set_timeout, 2),
        ("setInterval", set_interval, 2),
        ("setImmediate", set_immediate, 1),
        ("clearTimeout", clear, 1),
        ("clearInterval", clear, 1),
        ("clearImmediate", clear, 1),
        ("queueMicrotask", queue_microtask, 1),
    ];
    for (name, f, length) in functions {
        vm.define_native(global, name, f, length);
    }
    let proto = vm.realm.intrinsics.timeout_prototype;
    vm.define_native(proto, "ref", timeout_ref, 0);
    vm.define_native(proto, "unref", timeout_unref, 0);
    vm.define_native(proto, "hasRef", timeout_has_ref, 0);
    vm.define_native(proto, "refresh", timeout_refresh, 0);
    let to_primitive = vm.new_native_function("[Symbol.toPrimitive]", timeout_id, 0, false);
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_primitive));
    vm.define_data(proto, key, Value::object(to_primitive), Attrs::HIDDEN);
}

/// `process.nextTick`, installed on `process` by `global`.
pub fn install_next_tick(vm: &mut Vm, process: Gc<JsObject>) {
    vm.define_native(process, "nextTick", next_tick, 1);
}

fn require_callback(vm: &mut Vm, f: Value) -> JsResult<()> {
    if vm.is_callable(f) {
        return Ok(());
    }
    let shown = vm.inspect(f);
    Err(vm.type_error(&format!(
        "The \"callback\" argument must be of type function. Received {shown}"
    )))
}

fn delay(vm: &mut Vm, v: Value) -> JsResult<Duration> {
    let ms = vm.to_number(v)?;
    let ms = if (1.0..=TIMEOUT_MAX).contains(&ms) {
        ms.trunc()
    } else {
        1.0
    };
    Ok(Duration::from_millis(ms as u64))
}

/// A Timeout (or Immediate) handle and its task.
fn new_task(vm: &mut Vm, callback: Value, args: &[Value], delay: Duration, repeat: bool) -> Task {
    let id = vm.event_loop.new_task_id();
    let proto = Value::object(vm.realm.intrinsics.timeout_prototype);
    let handle = Value::object(vm.new_object_with_proto(proto, ObjectClass::Timeout(id)));
    Task {
        id,
        callback,
        args: args.to_vec(),
        delay,
        repeat,
        handle,
        referenced: true,
    }
}

fn schedule(vm: &mut Vm, args: &[Value], repeat: bool) -> JsResult<Value> {
    let callback = arg(args, 0);
    require_callback(vm, callback)?;
    let after = delay(vm, arg(args, 1))?;
    let extra = args.get(2..).unwrap_or(&[]);
    let task = new_task(vm, callback, extra, after, repeat);
    let handle = task.handle;
    vm.event_loop.add_timer(task);
    Ok(handle)
}

fn set_timeout(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    schedule(vm, args, false)
}

fn set_interval(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    schedule(vm, args, true)
}

fn set_immediate(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let callback = arg(args, 0);
    require_callback(vm, callback)?;
    let task = new_task(
        vm,
        callback,
        args.get(1..).unwrap_or(&[]),
        Duration::ZERO,
        false,
    );
    let handle = task.handle;
    vm.event_loop.add_immediate(task);
    Ok(handle)
}

/// The task id of a handle, or of the number its `Symbol.toPrimitive` gave.
fn task_id(v: Value) -> Option<u32> {
    if let Some(o) = v.to_object_opt()
        && let ObjectClass::Timeout(id) = o.class
    {
        return Some(id);
    }
    if v.is_number() {
        let n = v.as_number();
        if n >= 1.0 && n.fract() == 0.0 && n <= u32::MAX as f64 {
            return Some(n as u32);
        }
    }
    None
}

fn clear(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(id) = task_id(arg(args, 0)) {
        vm.event_loop.clear(id);
    }
    Ok(Value::UNDEFINED)
}

fn queue_microtask(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let callback = arg(args, 0);
    require_callback(vm, callback)?;
    vm.event_loop.enqueue_job(Job::Callback(callback));
    Ok(Value::UNDEFINED)
}

fn next_tick(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let callback = arg(args, 0);
    require_callback(vm, callback)?;
    let rest = args.get(1..).unwrap_or(&[]).to_vec();
    vm.event_loop.enqueue_tick(callback, rest);
    Ok(Value::UNDEFINED)
}

fn this_id(vm: &mut Vm, this: Value) -> JsResult<u32> {
    match task_id(this) {
        Some(id) if this.is_object() => Ok(id),
        _ => Err(vm.type_error("Illegal invocation")),
    }
}

fn timeout_ref(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let id = this_id(vm, this)?;
    vm.event_loop.set_referenced(id, true);
    Ok(this)
}

fn timeout_unref(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let id = this_id(vm, this)?;
    vm.event_loop.set_referenced(id, false);
    Ok(this)
}

fn timeout_has_ref(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let id = this_id(vm, this)?;
    Ok(Value::bool(vm.event_loop.is_referenced(id)))
}

fn timeout_refresh(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let id = this_id(vm, this)?;
    vm.event_loop.refresh(id);
    Ok(this)
}

fn timeout_id(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let id = this_id(vm, this)?;
    Ok(Value::int(id as i32))
}
