//! The Proxy constructor and Proxy.revocable; the proxies' internal methods
//! live in `runtime/proxy.rs`.

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::map::Attrs;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    // Proxy has no `prototype`: proxies take their prototype from traps.
    let ctor = vm.new_native_function("Proxy", proxy_ctor, 2, true);
    vm.define_native(ctor, "revocable", revocable, 2);
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, "Proxy", Value::object(ctor), Attrs::HIDDEN);
}

fn proxy_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if new_target.is_undefined() {
        return Err(vm.type_error("Constructor Proxy requires 'new'"));
    }
    vm.new_proxy(arg(args, 0), arg(args, 1))
}

fn revocable(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let proxy = vm.new_proxy(arg(args, 0), arg(args, 1))?;
    let revoke = vm.native_with_data("", revoke, 0, vec![proxy]);
    let result = vm.new_object();
    vm.define_value(result, "proxy", proxy, Attrs::DEFAULT);
    vm.define_value(result, "revoke", Value::object(revoke), Attrs::DEFAULT);
    Ok(Value::object(result))
}

/// A revocation function: revokes its proxy the first time, then forgets it.
fn revoke(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let proxy = vm.callee_data(0);
    if proxy.is_object() {
        vm.set_callee_data(0, Value::NULL);
        vm.revoke_proxy(proxy.as_object());
    }
    Ok(Value::UNDEFINED)
}
