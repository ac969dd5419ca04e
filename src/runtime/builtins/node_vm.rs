//! Node's `vm` module, as far as one realm goes: `runInThisContext` runs
//! a classic script against the global object (test262's
//! `$262.evalScript` host hook uses it, as it does on node).

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let module = vm.realm.intrinsics.vm_module;
    vm.define_native(module, "runInThisContext", run_in_this_context, 2);
}

/// `vm.runInThisContext(code[, options])`: `options` may be the file name
/// (a string) or `{ filename }`, as in node.
fn run_in_this_context(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let source = vm.to_string(arg(args, 0))?.to_rust_string();
    let options = arg(args, 1);
    let filename = if options.is_string() {
        options
    } else if options.is_object() {
        vm.get_named(options, "filename")?
    } else {
        Value::UNDEFINED
    };
    let name = if filename.is_undefined() {
        "evalmachine.<anonymous>".to_string()
    } else {
        vm.to_string(filename)?.to_rust_string()
    };
    vm.run_in_this_context(&name, source)
}
