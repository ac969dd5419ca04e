//! Symbol.

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::map::Attrs;
use crate::runtime::object::ObjectClass;
use crate::runtime::symbol::Symbol;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let sp = vm.realm.intrinsics.symbol_prototype;
    let ctor = super::install_constructor(vm, "Symbol", symbol_ctor, 0, sp);
    let mut c = ctor;
    if let ObjectClass::Native(n) = &mut c.class {
        n.constructor = false;
    }
    vm.define_native(sp, "toString", to_string, 0);
    vm.define_native(ctor, "for", symbol_for, 1);
    let wk = [
        ("iterator", vm.symbols.iterator),
        ("asyncIterator", vm.symbols.async_iterator),
        ("hasInstance", vm.symbols.has_instance),
        ("toPrimitive", vm.symbols.to_primitive),
        ("toStringTag", vm.symbols.to_string_tag),
        ("species", vm.symbols.species),
    ];
    for (name, s) in wk {
        vm.define_value(ctor, name, Value::symbol(s), Attrs::NONE);
    }
    let get = vm.new_native_function("get description", description, 0, false);
    let k = vm.key_from_str("description");
    vm.define_accessor(sp, k, Some(Value::object(get)), None, Attrs(Attrs::CONFIGURABLE));
}

fn symbol_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if !nt.is_undefined() {
        return Err(vm.type_error("Symbol is not a constructor"));
    }
    let d = if arg(args, 0).is_undefined() { Value::UNDEFINED } else { Value::string(vm.to_string(args[0])?) };
    Ok(Value::symbol(vm.heap.alloc(Symbol::new(d, false))))
}

fn this_symbol(vm: &mut Vm, this: Value) -> JsResult<Value> {
    if this.is_symbol() {
        return Ok(this);
    }
    if let Some(o) = this.to_object_opt() {
        if let ObjectClass::Symbol(s) = o.class {
            return Ok(s);
        }
    }
    Err(vm.type_error("Symbol.prototype.toString requires that 'this' be a Symbol"))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_symbol(vm, this)?;
    let d = vm.to_display_string(s);
    Ok(vm.str(&d))
}

fn description(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this_symbol(vm, this)?.as_symbol().description)
}

fn symbol_for(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let key = vm.to_rust_string(arg(args, 0))?;
    if let Some(s) = vm.symbol_registry.get(&key) {
        return Ok(Value::symbol(*s));
    }
    let d = vm.str(&key);
    let s = vm.heap.alloc(Symbol::new(d, false));
    vm.symbol_registry.insert(key, s);
    Ok(Value::symbol(s))
}
