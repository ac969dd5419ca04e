//! Function.prototype: call, apply, bind, toString.

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::map::Attrs;
use crate::runtime::object::{NativeFunctionClass, ObjectClass};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let fp = vm.realm.intrinsics.function_prototype;
    let mut fpm = fp;
    fpm.class = ObjectClass::Native(NativeFunctionClass::noop());
    vm.define_native(fp, "call", call, 1);
    vm.define_native(fp, "apply", apply, 2);
    vm.define_native(fp, "bind", bind, 1);
    vm.define_native(fp, "toString", to_string, 0);
    let ctor = super::install_constructor(vm, "Function", function_ctor, 1, fp);
    let _ = ctor;
    let _ = Attrs::HIDDEN;
}

fn function_ctor(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.make_error(crate::runtime::errors::ErrorKind::EvalError, "Code generation from strings is not supported yet"))
}

fn call(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    vm.call(this, arg(args, 0), rest)
}

fn apply(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let list = arg(args, 1);
    let argv = array_like_to_vec(vm, list)?;
    vm.call(this, arg(args, 0), &argv)
}

pub fn array_like_to_vec(vm: &mut Vm, list: Value) -> JsResult<Vec<Value>> {
    if list.is_nullish() {
        return Ok(Vec::new());
    }
    if !list.is_object() {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    }
    let len = vm.get_named(list, "length")?;
    let len = vm.to_integer(len)?.max(0.0) as u32;
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len {
        out.push(vm.get(list, crate::runtime::property::Key::Index(i))?);
    }
    Ok(out)
}

fn bind(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Err(vm.type_error("Bind must be called on a function"));
    }
    let bound_args = if args.len() > 1 { args[1..].to_vec() } else { Vec::new() };
    let name = vm.get_named(this, "name")?;
    let name = if name.is_string() { name.as_string().to_rust_string() } else { String::new() };
    let len = vm.get_named(this, "length")?;
    let len = if len.is_number() { (len.as_number() - bound_args.len() as f64).max(0.0) } else { 0.0 };
    let proto = this.as_object().map.prototype;
    let mut f = vm.new_native_function(&format!("bound {name}"), call, len as u32, false);
    f.class = ObjectClass::Bound { target: this, this: arg(args, 0), args: bound_args };
    if proto != f.map.prototype {
        vm.set_prototype(f, proto);
    }
    Ok(Value::object(f))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if let Some(o) = this.to_object_opt() {
        if let Some(c) = o.closure() {
            let s = c.shared.script.source.get(c.shared.source_start as usize..c.shared.source_end as usize).unwrap_or("").to_string();
            return Ok(vm.str(&s));
        }
        if o.is_callable() {
            let name = vm.get_named(this, "name")?;
            let n = vm.to_display_string(name);
            return Ok(vm.str(&format!("function {n}() {{ [native code] }}")));
        }
    }
    Err(vm.type_error("Function.prototype.toString requires that 'this' be a Function"))
}
