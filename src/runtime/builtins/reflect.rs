//! Reflect: the object internal methods as functions, reporting failure
//! as `false` where Object's counterparts throw.

use super::arg;
use crate::runtime::descriptor::{
    define_own_property, from_property_descriptor, to_property_descriptor,
};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::JsObject;
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let op = Value::object(vm.realm.intrinsics.object_prototype);
    let reflect = vm.new_object_with_proto(op, crate::runtime::object::ObjectClass::Ordinary);
    let fns: [(&str, NativeFn, u32); 13] = [
        ("defineProperty", define_property, 3),
        ("deleteProperty", delete_property, 2),
        ("apply", apply, 3),
        ("construct", construct, 2),
        ("get", get, 2),
        ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
        ("getPrototypeOf", get_prototype_of, 1),
        ("has", has, 2),
        ("isExtensible", is_extensible, 1),
        ("ownKeys", own_keys, 1),
        ("preventExtensions", prevent_extensions, 1),
        ("set", set, 3),
        ("setPrototypeOf", set_prototype_of, 2),
    ];
    for (name, f, n) in fns {
        vm.define_native(reflect, name, f, n);
    }
    let tag = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let name = vm.str("Reflect");
    vm.define_data(reflect, tag, name, Attrs(Attrs::CONFIGURABLE));
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, "Reflect", Value::object(reflect), Attrs::HIDDEN);
}

/// The target argument, which must be an object.
fn target(vm: &mut Vm, args: &[Value], method: &str) -> JsResult<Gc<JsObject>> {
    match arg(args, 0).to_object_opt() {
        Some(o) => Ok(o),
        None => Err(vm.type_error(&format!("Reflect.{method} called on non-object"))),
    }
}

fn apply(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        let shown = vm.to_display_string(f);
        // V8's wording, article included ("a undefined" as it prints it).
        let kind = match vm.type_of(f) {
            _ if f.is_null() => "null".to_string(),
            "object" => "an object".to_string(),
            t => format!("a {t}"),
        };
        return Err(vm.type_error(&format!(
            "Function.prototype.apply was called on {shown}, which is {kind} and not a function"
        )));
    }
    let list = super::function::array_like_to_vec(vm, arg(args, 2))?;
    vm.call(f, arg(args, 1), &list)
}

fn construct(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let f = arg(args, 0);
    let new_target = if args.len() > 2 { args[2] } else { f };
    for c in [f, new_target] {
        if !vm.is_constructor(c) {
            let d = vm.callee_description(c);
            return Err(vm.type_error(&format!("{d} is not a constructor")));
        }
    }
    let list = super::function::array_like_to_vec(vm, arg(args, 1))?;
    vm.construct(f, &list, new_target)
}

fn define_property(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "defineProperty")?;
    let key = vm.to_key(arg(args, 1))?;
    let desc = to_property_descriptor(vm, arg(args, 2))?;
    Ok(Value::bool(define_own_property(vm, o, key, &desc)?.is_ok()))
}

fn delete_property(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "deleteProperty")?;
    let key = vm.to_key(arg(args, 1))?;
    Ok(Value::bool(vm.delete(o, key, false)?))
}

fn get(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "get")?;
    let key = vm.to_key(arg(args, 1))?;
    let receiver = if args.len() > 2 {
        args[2]
    } else {
        Value::object(o)
    };
    vm.get_from(o, key, receiver)
}

fn get_own_property_descriptor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "getOwnPropertyDescriptor")?;
    let key = vm.to_key(arg(args, 1))?;
    Ok(match vm.get_own_property(o, key)? {
        Some(own) => from_property_descriptor(vm, own),
        None => Value::UNDEFINED,
    })
}

fn get_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "getPrototypeOf")?;
    vm.get_prototype_of(o)
}

fn has(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "has")?;
    let key = vm.to_key(arg(args, 1))?;
    Ok(Value::bool(vm.has_property(o, key)?))
}

fn is_extensible(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "isExtensible")?;
    Ok(Value::bool(vm.is_extensible(o)?))
}

fn own_keys(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "ownKeys")?;
    let keys = vm.own_property_keys(o)?;
    let values = keys.into_iter().map(|k| vm.key_to_value(k)).collect();
    Ok(Value::object(vm.new_array(values)))
}

fn prevent_extensions(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "preventExtensions")?;
    Ok(Value::bool(vm.prevent_extensions(o)?))
}

fn set(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "set")?;
    let key = vm.to_key(arg(args, 1))?;
    let receiver = if args.len() > 3 {
        args[3]
    } else {
        Value::object(o)
    };
    let done = vm.set_property(o, key, arg(args, 2), receiver)?;
    Ok(Value::bool(done.is_ok()))
}

fn set_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = target(vm, args, "setPrototypeOf")?;
    let proto = arg(args, 1);
    if !proto.is_object() && !proto.is_null() {
        let d = vm.to_display_string(proto);
        return Err(vm.type_error(&format!(
            "Object prototype may only be an Object or null: {d}"
        )));
    }
    Ok(Value::bool(vm.set_prototype_of(o, proto)?))
}
