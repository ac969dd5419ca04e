//! Object and Object.prototype.

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::ObjectClass;
use crate::runtime::property::{Key, Own};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let op = vm.realm.intrinsics.object_prototype;
    let ctor = super::install_constructor(vm, "Object", object_ctor, 1, op);
    vm.define_native(op, "hasOwnProperty", has_own_property, 1);
    vm.define_native(op, "isPrototypeOf", is_prototype_of, 1);
    vm.define_native(op, "propertyIsEnumerable", property_is_enumerable, 1);
    vm.define_native(op, "toString", object_to_string, 0);
    vm.define_native(op, "toLocaleString", object_to_string, 0);
    vm.define_native(op, "valueOf", value_of, 0);
    let get = vm.new_native_function("get __proto__", proto_getter, 0, false);
    let set = vm.new_native_function("set __proto__", proto_setter, 1, false);
    let k = vm.key_from_str("__proto__");
    vm.define_accessor(op, k, Some(Value::object(get)), Some(Value::object(set)), Attrs(Attrs::CONFIGURABLE));
    vm.define_native(ctor, "keys", keys, 1);
    vm.define_native(ctor, "values", values, 1);
    vm.define_native(ctor, "entries", entries, 1);
    vm.define_native(ctor, "assign", assign, 2);
    vm.define_native(ctor, "create", create, 2);
    vm.define_native(ctor, "getPrototypeOf", get_prototype_of, 1);
    vm.define_native(ctor, "setPrototypeOf", set_prototype_of, 2);
    vm.define_native(ctor, "defineProperty", define_property, 3);
    vm.define_native(ctor, "getOwnPropertyNames", get_own_property_names, 1);
    vm.define_native(ctor, "getOwnPropertyDescriptor", get_own_property_descriptor, 2);
    vm.define_native(ctor, "freeze", freeze, 1);
    vm.define_native(ctor, "isFrozen", is_frozen, 1);
    vm.define_native(ctor, "preventExtensions", prevent_extensions, 1);
    vm.define_native(ctor, "isExtensible", is_extensible, 1);
    vm.define_native(ctor, "is", is, 2);
    vm.define_native(ctor, "fromEntries", from_entries, 1);
}

fn object_ctor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(Value::object(vm.new_object()));
    }
    vm.to_object(v)
}

fn has_own_property(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let k = vm.to_key(arg(args, 0))?;
    let o = vm.to_object(this)?.as_object();
    Ok(Value::bool(vm.get_own(o, k).is_some()))
}

fn is_prototype_of(_: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let mut p = v.as_object().map.prototype;
    while p.is_object() {
        if p == this {
            return Ok(Value::TRUE);
        }
        p = p.as_object().map.prototype;
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let k = vm.to_key(arg(args, 0))?;
    let o = vm.to_object(this)?.as_object();
    Ok(Value::bool(vm.get_own(o, k).is_some_and(|own| own.attrs().enumerable())))
}

fn object_to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let tag = if this.is_undefined() {
        "Undefined".to_string()
    } else if this.is_null() {
        "Null".to_string()
    } else {
        let o = vm.to_object(this)?;
        let t = vm.get(o, Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag)))?;
        if t.is_string() {
            t.as_string().to_rust_string()
        } else {
            match &o.as_object().class {
                ObjectClass::Array { .. } => "Array",
                ObjectClass::Closure(_) | ObjectClass::Native(_) | ObjectClass::Bound { .. } => "Function",
                ObjectClass::Error => "Error",
                ObjectClass::Boolean(_) => "Boolean",
                ObjectClass::Number(_) => "Number",
                ObjectClass::String(_) => "String",
                ObjectClass::Date(_) => "Date",
                ObjectClass::Arguments { .. } => "Arguments",
                _ => "Object",
            }
            .to_string()
        }
    };
    Ok(vm.str(&format!("[object {tag}]")))
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    vm.to_object(this)
}

fn proto_getter(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    Ok(o.as_object().map.prototype)
}

fn proto_setter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let p = arg(args, 0);
    if this.is_object() && (p.is_object() || p.is_null()) && !vm.set_prototype(this.as_object(), p) {
        return Err(vm.type_error("Cyclic __proto__ value"));
    }
    Ok(Value::UNDEFINED)
}

fn enumerable_own(vm: &mut Vm, v: Value) -> JsResult<(Value, Vec<Key>)> {
    let o = vm.to_object(v)?;
    let keys = vm.own_enumerable_string_keys(o.as_object());
    Ok((o, keys))
}

fn keys(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (_, keys) = enumerable_own(vm, arg(args, 0))?;
    let vals = keys.into_iter().map(|k| vm.key_to_value(k)).collect();
    Ok(Value::object(vm.new_array(vals)))
}

fn values(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, keys) = enumerable_own(vm, arg(args, 0))?;
    let mut vals = Vec::new();
    for k in keys {
        vals.push(vm.get(o, k)?);
    }
    Ok(Value::object(vm.new_array(vals)))
}

fn entries(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, keys) = enumerable_own(vm, arg(args, 0))?;
    let result = vm.new_array(Vec::new());
    for k in keys {
        let v = vm.get(o, k)?;
        let kv = vm.key_to_value(k);
        let pair = vm.new_array(vec![kv, v]);
        let len = result.array_length();
        vm.set_element(result, len, Value::object(pair));
    }
    Ok(Value::object(result))
}

fn assign(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let target = vm.to_object(arg(args, 0))?;
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let (o, keys) = enumerable_own(vm, src)?;
        for k in keys {
            let v = vm.get(o, k)?;
            vm.set(target, k, v, true)?;
        }
    }
    Ok(target)
}

fn create(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let p = arg(args, 0);
    if !p.is_object() && !p.is_null() {
        let d = vm.to_display_string(p);
        return Err(vm.type_error(&format!("Object prototype may only be an Object or null: {d}")));
    }
    let o = vm.new_object_with_proto(p, ObjectClass::Ordinary);
    let props = arg(args, 1);
    if !props.is_undefined() {
        define_properties(vm, Value::object(o), props)?;
    }
    Ok(Value::object(o))
}

fn define_properties(vm: &mut Vm, o: Value, props: Value) -> JsResult<()> {
    let (p, keys) = enumerable_own(vm, props)?;
    for k in keys {
        let d = vm.get(p, k)?;
        let kv = vm.key_to_value(k);
        define_property(vm, Value::UNDEFINED, &[o, kv, d], Value::UNDEFINED)?;
    }
    Ok(())
}

fn get_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    Ok(o.as_object().map.prototype)
}

fn set_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, p) = (arg(args, 0), arg(args, 1));
    if o.is_object() && !vm.set_prototype(o.as_object(), p) {
        return Err(vm.type_error("Cyclic __proto__ value"));
    }
    Ok(o)
}

fn define_property(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, key, desc) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !o.is_object() {
        return Err(vm.type_error("Object.defineProperty called on non-object"));
    }
    if !desc.is_object() {
        let d = vm.to_display_string(desc);
        return Err(vm.type_error(&format!("Property description must be an object: {d}")));
    }
    let k = vm.to_key(key)?;
    let obj = o.as_object();
    let existing = vm.get_own(obj, k);
    let field = |vm: &mut Vm, name: &str| -> JsResult<Option<Value>> {
        let key = vm.key_from_str(name);
        if vm.has_property(desc.as_object(), key) { Ok(Some(vm.get(desc, key)?)) } else { Ok(None) }
    };
    let get = field(vm, "get")?;
    let set = field(vm, "set")?;
    let value = field(vm, "value")?;
    let old = existing.map_or(Attrs::NONE, |e| e.attrs());
    let flag = |vm: &mut Vm, name: &str, bit: u8| -> JsResult<u8> {
        Ok(match field(vm, name)? {
            Some(v) => if vm.to_boolean(v) { bit } else { 0 },
            None => old.0 & bit,
        })
    };
    let enumerable = flag(vm, "enumerable", Attrs::ENUMERABLE)?;
    let configurable = flag(vm, "configurable", Attrs::CONFIGURABLE)?;
    if let Some(e) = existing {
        if !e.attrs().configurable() {
            let allowed = value.is_some() && e.attrs().writable() && get.is_none() && set.is_none();
            if !allowed {
                let n = vm.key_display(k);
                return Err(vm.type_error(&format!("Cannot redefine property: {n}")));
            }
        }
    }
    if get.is_some() || set.is_some() {
        vm.define_accessor(obj, k, get, set, Attrs(enumerable | configurable));
    } else {
        let writable = flag(vm, "writable", Attrs::WRITABLE)?;
        let v = match (value, existing) {
            (Some(v), _) => v,
            (None, Some(Own::Data(v, _))) => v,
            _ => Value::UNDEFINED,
        };
        vm.define_data(obj, k, v, Attrs(enumerable | configurable | writable));
    }
    Ok(o)
}

fn get_own_property_names(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?.as_object();
    let keys: Vec<Key> = vm.own_keys(o).into_iter().filter(|k| !matches!(k, Key::Prop(PropertyKey::Symbol(_)))).collect();
    let vals = keys.into_iter().map(|k| vm.key_to_value(k)).collect();
    Ok(Value::object(vm.new_array(vals)))
}

fn get_own_property_descriptor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?.as_object();
    let k = vm.to_key(arg(args, 1))?;
    let Some(own) = vm.get_own(o, k) else { return Ok(Value::UNDEFINED) };
    let d = vm.new_object();
    let a = own.attrs();
    match own {
        Own::Data(v, _) => {
            vm.define_value(d, "value", v, Attrs::DEFAULT);
            vm.define_value(d, "writable", Value::bool(a.writable()), Attrs::DEFAULT);
        }
        Own::Accessor(p, _) => {
            vm.define_value(d, "get", p.getter, Attrs::DEFAULT);
            vm.define_value(d, "set", p.setter, Attrs::DEFAULT);
        }
    }
    vm.define_value(d, "enumerable", Value::bool(a.enumerable()), Attrs::DEFAULT);
    vm.define_value(d, "configurable", Value::bool(a.configurable()), Attrs::DEFAULT);
    Ok(Value::object(d))
}

fn freeze(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(v);
    }
    let o = v.as_object();
    for k in vm.own_keys(o) {
        if matches!(k, Key::Prop(p) if p == vm.realm.names.length) && o.is_array() {
            continue;
        }
        match vm.get_own(o, k) {
            Some(Own::Data(val, a)) => vm.reconfigure(o, k, val, Attrs(a.0 & !(Attrs::WRITABLE | Attrs::CONFIGURABLE))),
            Some(Own::Accessor(_, a)) => {
                let slot_value = vm.get_own_slot_value(o, k);
                vm.reconfigure(o, k, slot_value, Attrs(a.0 & !Attrs::CONFIGURABLE));
            }
            None => {}
        }
    }
    let mut obj = o;
    obj.map = crate::runtime::map::Map::without_extensions(obj.map, &mut vm.heap);
    Ok(v)
}

fn is_frozen(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(Value::TRUE);
    }
    let o = v.as_object();
    if o.map.extensible {
        return Ok(Value::FALSE);
    }
    for k in vm.own_keys(o) {
        if let Some(own) = vm.get_own(o, k) {
            let a = own.attrs();
            if a.configurable() || (!a.is_accessor() && a.writable()) {
                return Ok(Value::FALSE);
            }
        }
    }
    Ok(Value::TRUE)
}

fn prevent_extensions(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(mut o) = v.to_object_opt() {
        o.map = crate::runtime::map::Map::without_extensions(o.map, &mut vm.heap);
    }
    Ok(v)
}

fn is_extensible(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).to_object_opt().is_some_and(|o| o.map.extensible)))
}

fn is(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.same_value(arg(args, 0), arg(args, 1))))
}

fn from_entries(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.new_object();
    vm.iterate(arg(args, 0), |vm, entry| {
        let k = vm.get(entry, Key::Index(0))?;
        let v = vm.get(entry, Key::Index(1))?;
        let key = vm.to_key(k)?;
        vm.define_data(o, key, v, Attrs::DEFAULT);
        Ok(true)
    })?;
    Ok(Value::object(o))
}

impl Vm {
    /// The raw slot value of an own named property (the accessor pair
    /// object for accessors).
    pub fn get_own_slot_value(&mut self, o: crate::runtime::heap::Gc<crate::runtime::object::JsObject>, k: Key) -> Value {
        match k {
            Key::Prop(p) => o.map.lookup(p).map_or(Value::UNDEFINED, |(_, d)| o.slot(d.slot)),
            Key::Index(i) => o.sparse.as_ref().and_then(|s| s.get(&i).map(|e| e.0)).unwrap_or(Value::UNDEFINED),
        }
    }
}
