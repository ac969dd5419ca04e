//! Symbol and Symbol.prototype.

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::ObjectClass;
use crate::runtime::property::Key;
use crate::runtime::symbol::Symbol;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let sp = vm.realm.intrinsics.symbol_prototype;
    // A constructor (so `new Symbol()` reaches `symbol_ctor` for V8's
    // message) that refuses `new`.
    let ctor = super::install_constructor(vm, "Symbol", symbol_ctor, 0, sp);
    vm.define_native(ctor, "for", symbol_for, 1);
    vm.define_native(ctor, "keyFor", key_for, 1);
    install_well_known(vm, ctor);
    vm.define_native(sp, "toString", to_string, 0);
    vm.define_native(sp, "valueOf", value_of, 0);
    let get = vm.new_native_function("get description", description, 0, false);
    let k = vm.key_from_str("description");
    vm.define_accessor(
        sp,
        k,
        Some(Value::object(get)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );
    let tag = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let name = vm.str("Symbol");
    vm.define_data(sp, tag, name, Attrs(Attrs::CONFIGURABLE));
    let to_prim = vm.new_native_function("[Symbol.toPrimitive]", to_primitive, 1, false);
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.to_primitive));
    vm.define_data(sp, k, Value::object(to_prim), Attrs(Attrs::CONFIGURABLE));
}

/// `Symbol.iterator` and friends: read-only, non-configurable. The ones
/// the runtime consults live in `vm.symbols`; the others are created here
/// (the constructor keeps them alive).
fn install_well_known(vm: &mut Vm, ctor: Gc<crate::runtime::object::JsObject>) {
    let s = &vm.symbols;
    let known = [
        ("asyncIterator", Some(s.async_iterator)),
        ("hasInstance", Some(s.has_instance)),
        ("isConcatSpreadable", Some(s.is_concat_spreadable)),
        ("iterator", Some(s.iterator)),
        ("match", Some(s.match_)),
        ("matchAll", Some(s.match_all)),
        ("replace", Some(s.replace)),
        ("search", Some(s.search)),
        ("species", Some(s.species)),
        ("split", Some(s.split)),
        ("toPrimitive", Some(s.to_primitive)),
        ("toStringTag", Some(s.to_string_tag)),
        ("unscopables", Some(s.unscopables)),
    ];
    for (name, existing) in known {
        let sym = match existing {
            Some(sym) => sym,
            None => {
                let d = vm.str(&format!("Symbol.{name}"));
                vm.heap.alloc(Symbol::new(d, false))
            }
        };
        vm.define_value(ctor, name, Value::symbol(sym), Attrs::NONE);
    }
}

fn symbol_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if !new_target.is_undefined() {
        return Err(vm.type_error("Symbol is not a constructor"));
    }
    let d = if arg(args, 0).is_undefined() {
        Value::UNDEFINED
    } else {
        Value::string(vm.to_string(args[0])?)
    };
    Ok(Value::symbol(vm.heap.alloc(Symbol::new(d, false))))
}

/// thisSymbolValue, with V8's message naming the method.
fn this_symbol(vm: &mut Vm, this: Value, method: &str) -> JsResult<Gc<Symbol>> {
    if this.is_symbol() {
        return Ok(this.as_symbol());
    }
    if let Some(o) = this.to_object_opt()
        && let ObjectClass::Symbol(s) = o.class
    {
        return Ok(s.as_symbol());
    }
    Err(vm.type_error(&format!("{method} requires that 'this' be a Symbol")))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_symbol(vm, this, "Symbol.prototype.toString")?;
    let d = vm.to_display_string(Value::symbol(s));
    Ok(vm.str(&d))
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::symbol(this_symbol(
        vm,
        this,
        "Symbol.prototype.valueOf",
    )?))
}

fn to_primitive(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::symbol(this_symbol(
        vm,
        this,
        "Symbol.prototype [ @@toPrimitive ]",
    )?))
}

fn description(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this_symbol(vm, this, "Symbol.prototype.description")?.description)
}

fn symbol_for(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let key = vm.to_string(arg(args, 0))?;
    let text = key.to_rust_string();
    if let Some(s) = vm.symbol_registry.get(&text) {
        return Ok(Value::symbol(*s));
    }
    let s = vm.heap.alloc(Symbol::new(Value::string(key), false));
    vm.symbol_registry.insert(text, s);
    Ok(Value::symbol(s))
}

fn key_for(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_symbol() {
        let d = vm.to_display_string(v);
        return Err(vm.type_error(&format!("{d} is not a symbol")));
    }
    let sym = v.as_symbol();
    // Registered symbols carry their key as description.
    let registered = vm.symbol_registry.values().any(|&s| s == sym);
    Ok(if registered {
        sym.description
    } else {
        Value::UNDEFINED
    })
}
