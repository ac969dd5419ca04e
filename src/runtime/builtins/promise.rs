//! `Promise`: the constructor, `then`/`catch`/`finally` and the
//! combinators. The state machine they drive is `runtime::promise`.

use super::arg;
use super::keyed::{define_species, define_tag, prototype_from_new_target};
use crate::runtime::function::JsResult;
use crate::runtime::heap::Gc;
use crate::runtime::map::Attrs;
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::promise::{Capability, Handler, as_promise};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.promise_prototype;
    let ctor = super::install_constructor(vm, "Promise", promise_ctor, 1, proto);
    vm.realm.promise_constructor = Value::object(ctor);
    for (name, f, length) in [
        ("all", all as crate::runtime::function::NativeFn, 1),
        ("allSettled", all_settled, 1),
        ("any", any, 1),
        ("race", race, 1),
        ("resolve", resolve, 1),
        ("reject", reject, 1),
    ] {
        vm.define_native(ctor, name, f, length);
    }
    define_species(vm, ctor);
    vm.define_native(proto, "then", then, 2);
    vm.define_native(proto, "catch", catch, 1);
    vm.define_native(proto, "finally", finally, 1);
    define_tag(vm, proto, "Promise");
}

/// `new Promise(executor)`.
fn promise_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if new_target.is_undefined() {
        return Err(vm.type_error("Promise constructor cannot be invoked without 'new'"));
    }
    let executor = arg(args, 0);
    if !vm.is_callable(executor) {
        let shown = vm.object_description(executor);
        return Err(vm.type_error(&format!("Promise resolver {shown} is not a function")));
    }
    let fallback = vm.realm.intrinsics.promise_prototype;
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    let promise = vm.new_promise_with_proto(proto);
    let (resolve, reject) = vm.create_resolving_functions(promise);
    if let Err(e) = vm.call(executor, Value::UNDEFINED, &[resolve, reject]) {
        vm.call(reject, Value::UNDEFINED, &[e])?;
    }
    Ok(promise)
}

fn handler(vm: &Vm, f: Value) -> Handler {
    if vm.is_callable(f) {
        Handler::Function(f)
    } else {
        Handler::Identity
    }
}

fn then(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if as_promise(this).is_none() {
        let shown = vm.to_display_string(this);
        return Err(vm.type_error(&format!(
            "Method Promise.prototype.then called on incompatible receiver {shown}"
        )));
    }
    let default = vm.realm.promise_constructor;
    let c = super::species_constructor(vm, this, default)?;
    let capability = vm.new_promise_capability(c)?;
    let (on_fulfilled, on_rejected) = (handler(vm, arg(args, 0)), handler(vm, arg(args, 1)));
    vm.perform_then(this, on_fulfilled, on_rejected, Some(capability));
    Ok(capability.promise)
}

/// Invoke(v, "then", args).
fn invoke_then(vm: &mut Vm, v: Value, args: &[Value]) -> JsResult<Value> {
    let then = vm.get(v, Key::Prop(vm.realm.names.then))?;
    vm.call(then, v, args)
}

fn catch(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    invoke_then(vm, this, &[Value::UNDEFINED, arg(args, 0)])
}

/// `finally(f)`: `then` with wrappers that run `f` and then pass the
/// original value (or reason) through.
fn finally(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        let shown = vm.to_display_string(this);
        return Err(vm.type_error(&format!(
            "Method Promise.prototype.finally called on incompatible receiver {shown}"
        )));
    }
    let default = vm.realm.promise_constructor;
    let c = super::species_constructor(vm, this, default)?;
    let on_finally = arg(args, 0);
    if !vm.is_callable(on_finally) {
        return invoke_then(vm, this, &[on_finally, on_finally]);
    }
    let data = vec![on_finally, c];
    let then_finally = vm.native_with_data("", then_finally, 1, data.clone());
    let catch_finally = vm.native_with_data("", catch_finally, 1, data);
    invoke_then(
        vm,
        this,
        &[Value::object(then_finally), Value::object(catch_finally)],
    )
}

/// Runs the `finally` callback and returns the promise of its result.
fn run_on_finally(vm: &mut Vm) -> JsResult<Value> {
    let (on_finally, c) = (vm.callee_data(0), vm.callee_data(1));
    let result = vm.call(on_finally, Value::UNDEFINED, &[])?;
    vm.promise_resolve(c, result)
}

fn then_finally(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let promise = run_on_finally(vm)?;
    let value_thunk = vm.native_with_data("", return_data, 0, vec![arg(args, 0)]);
    invoke_then(vm, promise, &[Value::object(value_thunk)])
}

fn catch_finally(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let promise = run_on_finally(vm)?;
    let thrower = vm.native_with_data("", throw_data, 0, vec![arg(args, 0)]);
    invoke_then(vm, promise, &[Value::object(thrower)])
}

fn return_data(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(vm.callee_data(0))
}

fn throw_data(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.callee_data(0))
}

// ---- statics ----

fn require_object_receiver(vm: &mut Vm, this: Value, method: &str) -> JsResult<()> {
    if this.is_object() {
        return Ok(());
    }
    Err(vm.type_error(&format!("PromiseResolve called on non-object ({method})")))
}

fn resolve(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    require_object_receiver(vm, this, "Promise.resolve")?;
    vm.promise_resolve(this, arg(args, 0))
}

fn reject(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let capability = vm.new_promise_capability(this)?;
    vm.call(capability.reject, Value::UNDEFINED, &[arg(args, 0)])?;
    Ok(capability.promise)
}

/// Which combinator an iteration serves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

fn all(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Combinator::All)
}
fn all_settled(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Combinator::AllSettled)
}
fn any(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Combinator::Any)
}
fn race(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Combinator::Race)
}

/// The shared record of one `all`/`allSettled`/`any` call: how many
/// elements are outstanding, their values (or errors) so far, and which
/// elements have already reported.
pub struct CombinatorRecord {
    pub remaining: u32,
    pub values: Vec<Value>,
    pub called: Vec<bool>,
    pub capability: Capability,
}

/// Promise.all/allSettled/any/race: abrupt completions reject the
/// returned promise instead of throwing.
fn combine(vm: &mut Vm, c: Value, iterable: Value, which: Combinator) -> JsResult<Value> {
    let capability = vm.new_promise_capability(c)?;
    match perform(vm, c, iterable, which, capability) {
        Ok(()) => {}
        Err(e) => {
            vm.call(capability.reject, Value::UNDEFINED, &[e])?;
        }
    }
    Ok(capability.promise)
}

fn perform(
    vm: &mut Vm,
    c: Value,
    iterable: Value,
    which: Combinator,
    capability: Capability,
) -> JsResult<()> {
    let promise_resolve = vm.get(c, Key::Prop(vm.realm.names.resolve))?;
    if !vm.is_callable(promise_resolve) {
        return Err(vm.type_error("Promise resolve or reject function is not callable"));
    }
    let record = CombinatorRecord {
        remaining: 1,
        values: Vec::new(),
        called: Vec::new(),
        capability,
    };
    let proto = Value::NULL;
    let record = vm.new_object_with_proto(proto, ObjectClass::Combinator(Box::new(record)));
    let mut index = 0;
    vm.iterate(iterable, |vm, value| {
        let next = vm.call(promise_resolve, c, &[value])?;
        if which == Combinator::Race {
            invoke_then(vm, next, &[capability.resolve, capability.reject])?;
            return Ok(true);
        }
        let mut r = record;
        let ObjectClass::Combinator(state) = &mut r.class else {
            unreachable!()
        };
        state.values.push(Value::UNDEFINED);
        state.called.push(false);
        state.remaining += 1;
        let data = vec![Value::object(record), Value::int(index)];
        let element = |vm: &mut Vm, f| Value::object(vm.native_with_data("", f, 1, data.clone()));
        let (on_fulfilled, on_rejected) = match which {
            Combinator::All => (element(vm, all_resolve_element), capability.reject),
            Combinator::AllSettled => (
                element(vm, settled_fulfilled_element),
                element(vm, settled_rejected_element),
            ),
            Combinator::Any => (capability.resolve, element(vm, any_reject_element)),
            Combinator::Race => unreachable!(),
        };
        invoke_then(vm, next, &[on_fulfilled, on_rejected])?;
        index += 1;
        Ok(true)
    })?;
    if which != Combinator::Race {
        finish_element(vm, record, which)?;
    }
    Ok(())
}

/// One element (or the end of iteration) reported: when none is
/// outstanding, settles the combined promise.
fn finish_element(vm: &mut Vm, mut record: Gc<JsObject>, which: Combinator) -> JsResult<()> {
    let ObjectClass::Combinator(state) = &mut record.class else {
        unreachable!()
    };
    state.remaining -= 1;
    if state.remaining > 0 {
        return Ok(());
    }
    let values = std::mem::take(&mut state.values);
    let capability = state.capability;
    let array = Value::object(vm.new_array(values));
    if which == Combinator::Any {
        let e = vm.aggregate_error(array, "All promises were rejected");
        vm.call(capability.reject, Value::UNDEFINED, &[e])?;
    } else {
        vm.call(capability.resolve, Value::UNDEFINED, &[array])?;
    }
    Ok(())
}

/// Records an element's outcome once; false if it had already reported.
fn record_element(vm: &mut Vm, value: Value) -> Option<Gc<JsObject>> {
    let mut record = vm.callee_data(0).as_object();
    let index = vm.callee_data(1).as_int() as usize;
    let ObjectClass::Combinator(state) = &mut record.class else {
        unreachable!()
    };
    if std::mem::replace(&mut state.called[index], true) {
        return None;
    }
    state.values[index] = value;
    Some(record)
}

fn all_resolve_element(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(record) = record_element(vm, arg(args, 0)) {
        finish_element(vm, record, Combinator::All)?;
    }
    Ok(Value::UNDEFINED)
}

fn any_reject_element(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(record) = record_element(vm, arg(args, 0)) {
        finish_element(vm, record, Combinator::Any)?;
    }
    Ok(Value::UNDEFINED)
}

/// `{status, value}` or `{status, reason}`.
fn settled_outcome(vm: &mut Vm, fulfilled: bool, v: Value) -> Value {
    let o = vm.new_object();
    let (status, key) = if fulfilled {
        ("fulfilled", "value")
    } else {
        ("rejected", "reason")
    };
    let status = vm.str(status);
    vm.define_value(o, "status", status, Attrs::DEFAULT);
    vm.define_value(o, key, v, Attrs::DEFAULT);
    Value::object(o)
}

fn settled_fulfilled_element(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let outcome = settled_outcome(vm, true, arg(args, 0));
    if let Some(record) = record_element(vm, outcome) {
        finish_element(vm, record, Combinator::AllSettled)?;
    }
    Ok(Value::UNDEFINED)
}

fn settled_rejected_element(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let outcome = settled_outcome(vm, false, arg(args, 0));
    if let Some(record) = record_element(vm, outcome) {
        finish_element(vm, record, Combinator::AllSettled)?;
    }
    Ok(Value::UNDEFINED)
}
