//! `console`: log, info and debug write to stdout, error, warn and trace
//! to stderr, each line formatted as Node's console formats its arguments
//! (util.format: `%s`/`%d`/… directives, then util.inspect; see inspect.rs).

use std::io::Write;

use super::keyed::define_tag;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::map::Attrs;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let console = vm.new_object();
    let methods: [(&str, NativeFn); 6] = [
        ("log", log),
        ("warn", error),
        ("trace", trace),
        ("debug", log),
        ("info", log),
        ("error", error),
    ];
    for (name, func) in methods {
        // Node's console methods are enumerable, and take any number of
        // arguments (length 0).
        let f = vm.new_native_function(name, func, 0, false);
        vm.define_value(console, name, Value::object(f), Attrs::DEFAULT);
    }
    define_tag(vm, console, "console");
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, "console", Value::object(console), Attrs::HIDDEN);
}

fn log(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut line = vm.format_log_args(args);
    line.push('\n');
    vm.write_out(&line);
    Ok(Value::UNDEFINED)
}

fn error(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let text = vm.format_log_args(args);
    write_stderr_line(vm, &text);
    Ok(Value::UNDEFINED)
}

/// `Trace: message` and the current stack, on stderr.
fn trace(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let text = vm.format_log_args(args);
    let header = if text.is_empty() {
        "Trace".to_string()
    } else {
        format!("Trace: {text}")
    };
    let stack = vm.capture_stack_trace();
    write_stderr_line(vm, &format!("{header}{stack}"));
    Ok(Value::UNDEFINED)
}

/// Writes a line to stderr, flushing buffered stdout first so that output
/// on the two streams appears in program order.
fn write_stderr_line(vm: &mut Vm, text: &str) {
    vm.flush_output();
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
