//! %AsyncFunction%, %AsyncGeneratorFunction%, async generator objects'
//! next/return/throw, %AsyncIteratorPrototype% and the async-from-sync
//! iterator `for await` uses over sync iterables.

use super::arg;
use super::keyed::define_tag;
use crate::bytecode::opcodes::resume_mode;
use crate::runtime::function::JsResult;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::ObjectClass;
use crate::runtime::promise::{Capability, Handler};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let aip = vm.realm.intrinsics.async_iterator_prototype;
    let f = vm.new_native_function("[Symbol.asyncIterator]", return_this, 0, false);
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.async_iterator));
    vm.define_data(aip, k, Value::object(f), Attrs::HIDDEN);

    let afp = vm.realm.intrinsics.async_function_prototype;
    define_tag(vm, afp, "AsyncFunction");
    super::install_hidden_constructor(vm, afp, "AsyncFunction", async_function);

    let agp = vm.realm.intrinsics.async_generator_prototype;
    vm.define_native(agp, "next", async_generator_next, 1);
    vm.define_native(agp, "return", async_generator_return, 1);
    vm.define_native(agp, "throw", async_generator_throw, 1);
    define_tag(vm, agp, "AsyncGenerator");
    let agfp = vm.realm.intrinsics.async_generator_function_prototype;
    let configurable = Attrs(Attrs::CONFIGURABLE);
    vm.define_data(
        agfp,
        Key::Prop(vm.realm.names.prototype),
        Value::object(agp),
        configurable,
    );
    vm.define_data(
        agp,
        Key::Prop(vm.realm.names.constructor),
        Value::object(agfp),
        configurable,
    );
    define_tag(vm, agfp, "AsyncGeneratorFunction");
    super::install_hidden_constructor(vm, agfp, "AsyncGeneratorFunction", async_generator_function);

    let from_sync = vm.realm.intrinsics.async_from_sync_iterator_prototype;
    vm.define_native(from_sync, "next", from_sync_next, 1);
    vm.define_native(from_sync, "return", from_sync_return, 1);
    vm.define_native(from_sync, "throw", from_sync_throw, 1);
}

fn async_function(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.create_dynamic_function("async function", args)
}

fn async_generator_function(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.create_dynamic_function("async function*", args)
}

fn return_this(_: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}

fn async_generator_next(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(vm.async_generator_enqueue(this, resume_mode::NEXT, arg(args, 0)))
}

fn async_generator_return(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(vm.async_generator_enqueue(this, resume_mode::RETURN, arg(args, 0)))
}

fn async_generator_throw(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(vm.async_generator_enqueue(this, resume_mode::THROW, arg(args, 0)))
}

// ---- %AsyncFromSyncIteratorPrototype% ----

/// The wrapped sync iterator and its `next` method.
fn sync_iterator(this: Value) -> (Value, Value) {
    match &this.as_object().class {
        ObjectClass::AsyncFromSyncIterator { iterator, next } => (*iterator, *next),
        _ => unreachable!("only for-await creates these iterators"),
    }
}

fn from_sync_next(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let capability = vm.new_intrinsic_capability();
    let (iterator, next) = sync_iterator(this);
    let result = vm.call(next, iterator, &args[..args.len().min(1)]);
    from_sync_continue(vm, result, capability)
}

fn from_sync_return(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let capability = vm.new_intrinsic_capability();
    let (iterator, _) = sync_iterator(this);
    let method = match vm.get(iterator, Key::Prop(vm.realm.names.return_)) {
        Ok(m) => m,
        Err(e) => return reject(vm, capability, e),
    };
    if method.is_nullish() {
        let done = vm.iter_result(arg(args, 0), true);
        vm.call(capability.resolve, Value::UNDEFINED, &[done])?;
        return Ok(capability.promise);
    }
    let result = vm.call(method, iterator, &args[..args.len().min(1)]);
    from_sync_continue(vm, result, capability)
}

fn from_sync_throw(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let capability = vm.new_intrinsic_capability();
    let (iterator, _) = sync_iterator(this);
    let method = match vm.get(iterator, Key::Prop(vm.realm.names.throw_)) {
        Ok(m) => m,
        Err(e) => return reject(vm, capability, e),
    };
    if method.is_nullish() {
        return reject(vm, capability, arg(args, 0));
    }
    let result = vm.call(method, iterator, &args[..args.len().min(1)]);
    from_sync_continue(vm, result, capability)
}

fn reject(vm: &mut Vm, capability: Capability, e: Value) -> JsResult<Value> {
    vm.call(capability.reject, Value::UNDEFINED, &[e])?;
    Ok(capability.promise)
}

/// AsyncFromSyncIteratorContinuation: the result's value, awaited, in a
/// fresh iterator result with the same `done`.
fn from_sync_continue(
    vm: &mut Vm,
    result: JsResult<Value>,
    capability: Capability,
) -> JsResult<Value> {
    let step = |vm: &mut Vm| -> JsResult<(Value, bool)> {
        let result = result?;
        if !result.is_object() {
            let d = vm.to_display_string(result);
            return Err(vm.type_error(&format!("Iterator result {d} is not an object")));
        }
        let done = vm.get(result, Key::Prop(vm.realm.names.done))?;
        let done = vm.to_boolean(done);
        let value = vm.get(result, Key::Prop(vm.realm.names.value))?;
        let c = vm.realm.promise_constructor;
        Ok((vm.promise_resolve(c, value)?, done))
    };
    let (wrapper, done) = match step(vm) {
        Ok(x) => x,
        Err(e) => return reject(vm, capability, e),
    };
    let unwrap = vm.native_with_data("", unwrap_value, 1, vec![Value::bool(done)]);
    vm.perform_then(
        wrapper,
        Handler::Function(Value::object(unwrap)),
        Handler::Identity,
        Some(capability),
    );
    Ok(capability.promise)
}

fn unwrap_value(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let done = vm.callee_data(0) == Value::TRUE;
    Ok(vm.iter_result(arg(args, 0), done))
}
