//! Object and Object.prototype.

use super::arg;
use super::keyed::prototype_from_new_target;
use crate::runtime::descriptor::{
    PropertyDescriptor, define_or_throw, from_property_descriptor, to_property_descriptor,
};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, Map, PropertyKey};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::{Key, Own, key_roots};
use crate::runtime::typed_array;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let op = vm.realm.intrinsics.object_prototype;
    let ctor = super::install_constructor(vm, "Object", object_ctor, 1, op);
    // Property order as in V8.
    let statics: [(&str, NativeFn, u32); 22] = [
        ("assign", assign, 2),
        ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
        ("getOwnPropertyDescriptors", get_own_property_descriptors, 1),
        ("getOwnPropertyNames", get_own_property_names, 1),
        ("getOwnPropertySymbols", get_own_property_symbols, 1),
        ("hasOwn", has_own, 2),
        ("is", is, 2),
        ("preventExtensions", prevent_extensions, 1),
        ("seal", seal, 1),
        ("create", create, 2),
        ("defineProperties", define_properties, 2),
        ("defineProperty", define_property, 3),
        ("freeze", freeze, 1),
        ("getPrototypeOf", get_prototype_of, 1),
        ("setPrototypeOf", set_prototype_of, 2),
        ("isExtensible", is_extensible, 1),
        ("isFrozen", is_frozen, 1),
        ("isSealed", is_sealed, 1),
        ("keys", keys, 1),
        ("entries", entries, 1),
        ("fromEntries", from_entries, 1),
        ("values", values, 1),
    ];
    for (name, f, n) in statics {
        vm.define_native(ctor, name, f, n);
    }
    // In V8's order (Annex B's accessor methods among them).
    let methods: [(&str, NativeFn, u32); 9] = [
        ("__defineGetter__", define_getter, 2),
        ("__defineSetter__", define_setter, 2),
        ("hasOwnProperty", has_own_property, 1),
        ("__lookupGetter__", lookup_getter, 1),
        ("__lookupSetter__", lookup_setter, 1),
        ("isPrototypeOf", is_prototype_of, 1),
        ("propertyIsEnumerable", property_is_enumerable, 1),
        ("toString", object_to_string, 0),
        ("valueOf", value_of, 0),
    ];
    for (name, f, n) in methods {
        vm.define_native(op, name, f, n);
    }
    let get = vm.new_native_function("get __proto__", proto_getter, 0, false);
    let set = vm.new_native_function("set __proto__", proto_setter, 1, false);
    let k = vm.key_from_str("__proto__");
    vm.define_accessor(
        op,
        k,
        Some(Value::object(get)),
        Some(Value::object(set)),
        Attrs(Attrs::CONFIGURABLE),
    );
    vm.define_native(op, "toLocaleString", to_locale_string, 0);
}

fn object_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    // `super()` from a subclass: an ordinary object of the subclass.
    if !new_target.is_undefined() && new_target != vm.native_callee {
        let fallback = vm.realm.intrinsics.object_prototype;
        let proto = prototype_from_new_target(vm, new_target, fallback)?;
        return Ok(Value::object(
            vm.new_object_with_proto(proto, ObjectClass::Ordinary),
        ));
    }
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(Value::object(vm.new_object()));
    }
    vm.to_object(v)
}

// ---- keys ----

/// The own keys of `o`, kept alive while `f` walks them: getters that run
/// meanwhile may delete properties, and atoms are weak.
fn with_own_keys<T>(
    vm: &mut Vm,
    o: Gc<JsObject>,
    f: impl FnOnce(&mut Vm, &[Key]) -> JsResult<T>,
) -> JsResult<T> {
    let keys = vm.own_property_keys(o)?;
    vm.with_roots(&key_roots(&keys), |vm| f(vm, &keys))
}

fn is_symbol_key(k: &Key) -> bool {
    matches!(k, Key::Prop(PropertyKey::Symbol(_)))
}

/// Whether `o` has `key` as an own enumerable property right now (the
/// check EnumerableOwnProperties repeats before each read).
fn is_enumerable_own(vm: &mut Vm, o: Gc<JsObject>, key: Key) -> JsResult<bool> {
    Ok(vm
        .get_own_property(o, key)?
        .is_some_and(|own| own.attrs().enumerable()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EnumKind {
    Keys,
    Values,
    Entries,
}

/// EnumerableOwnProperties: Object.keys, values and entries.
fn enumerable_own_properties(vm: &mut Vm, v: Value, kind: EnumKind) -> JsResult<Value> {
    let o = vm.to_object(v)?.as_object();
    let result = vm.new_array(Vec::new());
    vm.with_roots(&[Value::object(result)], |vm| {
        with_own_keys(vm, o, |vm, keys| {
            for &k in keys.iter().filter(|k| !is_symbol_key(k)) {
                if !is_enumerable_own(vm, o, k)? {
                    continue;
                }
                let key = vm.key_to_value(k);
                let item = match kind {
                    EnumKind::Keys => key,
                    EnumKind::Values => vm.get(Value::object(o), k)?,
                    EnumKind::Entries => {
                        let value = vm.with_roots(&[key], |vm| vm.get(Value::object(o), k))?;
                        Value::object(vm.new_array(vec![key, value]))
                    }
                };
                let len = result.array_length();
                vm.set_element(result, len, item);
            }
            Ok(())
        })
    })?;
    Ok(Value::object(result))
}

fn keys(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    enumerable_own_properties(vm, arg(args, 0), EnumKind::Keys)
}

fn values(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    enumerable_own_properties(vm, arg(args, 0), EnumKind::Values)
}

fn entries(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    enumerable_own_properties(vm, arg(args, 0), EnumKind::Entries)
}

/// Own keys of `ToObject(v)` of one kind (strings or symbols) as an array.
fn own_keys_array(vm: &mut Vm, v: Value, symbols: bool) -> JsResult<Value> {
    let o = vm.to_object(v)?.as_object();
    let keys: Vec<Key> = vm
        .own_property_keys(o)?
        .into_iter()
        .filter(|k| is_symbol_key(k) == symbols)
        .collect();
    let vals = keys.into_iter().map(|k| vm.key_to_value(k)).collect();
    Ok(Value::object(vm.new_array(vals)))
}

fn get_own_property_names(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    own_keys_array(vm, arg(args, 0), false)
}

fn get_own_property_symbols(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    own_keys_array(vm, arg(args, 0), true)
}

fn assign(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let target = vm.to_object(arg(args, 0))?;
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = vm.to_object(src)?.as_object();
        with_own_keys(vm, from, |vm, keys| {
            for &k in keys {
                if is_enumerable_own(vm, from, k)? {
                    let v = vm.get(Value::object(from), k)?;
                    vm.set(target, k, v, true)?;
                }
            }
            Ok(())
        })?;
    }
    Ok(target)
}

fn define_property(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return Err(vm.type_error("Object.defineProperty called on non-object"));
    }
    let key = vm.to_key(arg(args, 1))?;
    let desc = to_property_descriptor(vm, arg(args, 2))?;
    define_or_throw(vm, o.as_object(), key, &desc)?;
    Ok(o)
}

fn define_properties(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return Err(vm.type_error("Object.defineProperties called on non-object"));
    }
    object_define_properties(vm, o.as_object(), arg(args, 1))?;
    Ok(o)
}

/// ObjectDefineProperties: every descriptor is read before any is applied.
fn object_define_properties(vm: &mut Vm, o: Gc<JsObject>, props: Value) -> JsResult<()> {
    let props = vm.to_object(props)?.as_object();
    let mark = vm.temp_roots.len();
    let r = with_own_keys(vm, props, |vm, keys| {
        let mut descriptors = Vec::new();
        for &k in keys {
            if !is_enumerable_own(vm, props, k)? {
                continue;
            }
            let desc_obj = vm.get(Value::object(props), k)?;
            let desc = to_property_descriptor(vm, desc_obj)?;
            // The list lives on the Rust heap: root what it holds.
            vm.temp_roots.extend(desc.values());
            descriptors.push((k, desc));
        }
        for (k, desc) in &descriptors {
            define_or_throw(vm, o, *k, desc)?;
        }
        Ok(())
    });
    vm.temp_roots.truncate(mark);
    r
}

fn get_own_property_descriptor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?.as_object();
    let k = vm.to_key(arg(args, 1))?;
    Ok(match vm.get_own_property(o, k)? {
        Some(own) => from_property_descriptor(vm, own),
        None => Value::UNDEFINED,
    })
}

fn get_own_property_descriptors(
    vm: &mut Vm,
    _: Value,
    args: &[Value],
    _: Value,
) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?.as_object();
    let result = vm.new_object();
    vm.with_roots(&[Value::object(result)], |vm| {
        with_own_keys(vm, o, |vm, keys| {
            for &k in keys {
                if let Some(own) = vm.get_own_property(o, k)? {
                    let d = from_property_descriptor(vm, own);
                    vm.define_data(result, k, d, Attrs::DEFAULT);
                }
            }
            Ok(())
        })
    })?;
    Ok(Value::object(result))
}

fn create(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let p = arg(args, 0);
    if !p.is_object() && !p.is_null() {
        let d = vm.to_display_string(p);
        return Err(vm.type_error(&format!(
            "Object prototype may only be an Object or null: {d}"
        )));
    }
    let o = vm.new_object_with_proto(p, ObjectClass::Ordinary);
    let props = arg(args, 1);
    if !props.is_undefined() {
        vm.with_roots(&[Value::object(o)], |vm| {
            object_define_properties(vm, o, props)
        })?;
    }
    Ok(Value::object(o))
}

// ---- prototypes ----

fn get_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.get_prototype_of(o.as_object())
}

/// [[SetPrototypeOf]] that throws V8's message when refused.
fn set_prototype_or_throw(vm: &mut Vm, o: Gc<JsObject>, proto: Value) -> JsResult<()> {
    if vm.set_prototype_of(o, proto)? {
        return Ok(());
    }
    if crate::runtime::proxy::is_proxy(o) {
        return Err(vm.type_error("'setPrototypeOf' on proxy: trap returned falsish"));
    }
    if o == vm.realm.intrinsics.object_prototype {
        return Err(vm.type_error(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set",
        ));
    }
    if !o.map.extensible {
        let shown = if o.is_array() {
            "[object Array]".to_string()
        } else {
            vm.object_description(Value::object(o))
        };
        return Err(vm.type_error(&format!("{shown} is not extensible")));
    }
    Err(vm.type_error("Cyclic __proto__ value"))
}

fn set_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, p) = (arg(args, 0), arg(args, 1));
    if o.is_nullish() {
        return Err(vm.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    if !p.is_object() && !p.is_null() {
        let d = vm.to_display_string(p);
        return Err(vm.type_error(&format!(
            "Object prototype may only be an Object or null: {d}"
        )));
    }
    if o.is_object() {
        set_prototype_or_throw(vm, o.as_object(), p)?;
    }
    Ok(o)
}

fn proto_getter(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    vm.get_prototype_of(o.as_object())
}

fn proto_setter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error("set Object.prototype.__proto__ called on null or undefined"));
    }
    let p = arg(args, 0);
    if this.is_object() && (p.is_object() || p.is_null()) {
        set_prototype_or_throw(vm, this.as_object(), p)?;
    }
    Ok(Value::UNDEFINED)
}

// ---- integrity levels ----

fn prevent_extensions(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(o) = v.to_object_opt()
        && !vm.prevent_extensions(o)?
    {
        return Err(vm.type_error("'preventExtensions' on proxy: trap returned falsish"));
    }
    Ok(v)
}

fn is_extensible(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    match arg(args, 0).to_object_opt() {
        Some(o) => Ok(Value::bool(vm.is_extensible(o)?)),
        None => Ok(Value::FALSE),
    }
}

/// SetIntegrityLevel: sealed makes every property non-configurable,
/// frozen also makes data properties read-only.
pub fn set_integrity_level(vm: &mut Vm, v: Value, frozen: bool) -> JsResult<Value> {
    let Some(mut o) = v.to_object_opt() else {
        return Ok(v);
    };
    if crate::runtime::proxy::is_proxy(o) {
        set_integrity_level_generic(vm, o, frozen)?;
        return Ok(v);
    }
    // Typed array elements cannot be made read-only; like V8, sealing
    // leaves them as they are.
    let view = typed_array::view_of(o);
    if frozen && view.is_some_and(|v| v.length() > 0) {
        return Err(vm.type_error("Cannot freeze array buffer views with elements"));
    }
    o.map = Map::without_extensions(o.map, &mut vm.heap);
    // A frozen array reports a read-only `length` once its elements are
    // individually attributed (see `Vm::get_own`).
    for k in vm.own_keys(o) {
        if view.is_some() && matches!(k, Key::Index(_)) {
            continue;
        }
        let Some(own) = vm.get_own(o, k) else {
            continue;
        };
        let a = own.attrs();
        let mut bits = a.0 & !Attrs::CONFIGURABLE;
        if frozen && !a.is_accessor() {
            bits &= !Attrs::WRITABLE;
        }
        if bits == a.0 {
            continue;
        }
        match own {
            Own::Data(value, _) => vm.define_data(o, k, value, Attrs(bits)),
            Own::Accessor(..) => vm.define_accessor(o, k, None, None, Attrs(bits)),
        }
    }
    Ok(v)
}

/// SetIntegrityLevel through the internal methods, for proxies.
fn set_integrity_level_generic(vm: &mut Vm, o: Gc<JsObject>, frozen: bool) -> JsResult<()> {
    if !vm.prevent_extensions(o)? {
        return Err(vm.type_error("'preventExtensions' on proxy: trap returned falsish"));
    }
    with_own_keys(vm, o, |vm, keys| {
        for &k in keys {
            let mut desc = PropertyDescriptor {
                configurable: Some(false),
                ..Default::default()
            };
            if frozen {
                match vm.get_own_property(o, k)? {
                    Some(Own::Data(..)) => desc.writable = Some(false),
                    Some(Own::Accessor(..)) => {}
                    None => continue,
                }
            }
            define_or_throw(vm, o, k, &desc)?;
        }
        Ok(())
    })
}

/// TestIntegrityLevel.
fn test_integrity_level(vm: &mut Vm, v: Value, frozen: bool) -> JsResult<bool> {
    let Some(o) = v.to_object_opt() else {
        return Ok(true);
    };
    if vm.is_extensible(o)? {
        return Ok(false);
    }
    with_own_keys(vm, o, |vm, keys| {
        for &k in keys {
            if let Some(own) = vm.get_own_property(o, k)? {
                // Sealed: nothing configurable; frozen: also no writable data.
                let a = own.attrs();
                let writable_data = !a.is_accessor() && a.writable();
                if a.configurable() || frozen && writable_data {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    })
}

fn freeze(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    set_integrity_level(vm, arg(args, 0), true)
}

fn seal(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    set_integrity_level(vm, arg(args, 0), false)
}

fn is_frozen(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(test_integrity_level(vm, arg(args, 0), true)?))
}

fn is_sealed(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(test_integrity_level(vm, arg(args, 0), false)?))
}

// ---- the rest of Object ----

fn is(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.same_value(arg(args, 0), arg(args, 1))))
}

fn has_own(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?.as_object();
    let k = vm.to_key(arg(args, 1))?;
    Ok(Value::bool(vm.get_own_property(o, k)?.is_some()))
}

fn from_entries(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        let d = vm.to_display_string(iterable);
        return Err(vm.type_error(&format!("{d} is not iterable")));
    }
    super::array::check_iterable(vm, iterable, super::array::iterable_site)?;
    let o = vm.new_object();
    vm.with_roots(&[Value::object(o)], |vm| {
        vm.iterate(iterable, |vm, entry| {
            if !entry.is_object() {
                let d = vm.to_display_string(entry);
                return Err(vm.type_error(&format!("Iterator value {d} is not an entry object")));
            }
            let k = vm.get(entry, Key::Index(0))?;
            let v = vm.with_roots(&[k], |vm| vm.get(entry, Key::Index(1)))?;
            let key = vm.with_roots(&[v], |vm| vm.to_key(k))?;
            vm.define_data(o, key, v, Attrs::DEFAULT);
            Ok(true)
        })
    })?;
    Ok(Value::object(o))
}

// ---- Object.prototype ----

fn has_own_property(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let k = vm.to_key(arg(args, 0))?;
    let o = vm.to_object(this)?.as_object();
    Ok(Value::bool(vm.get_own_property(o, k)?.is_some()))
}

/// Annex B `__defineGetter__` / `__defineSetter__`: an enumerable,
/// configurable accessor half.
fn define_accessor_half(vm: &mut Vm, this: Value, args: &[Value], getter: bool) -> JsResult<Value> {
    let o = vm.to_object(this)?.as_object();
    let f = arg(args, 1);
    if !vm.is_callable(f) {
        let which = if getter { "Getter" } else { "Setter" };
        return Err(vm.type_error(&format!(
            "Object.prototype.__define{which}__: Expecting function"
        )));
    }
    let key = vm.to_key(arg(args, 0))?;
    let desc = PropertyDescriptor {
        get: getter.then_some(f),
        set: (!getter).then_some(f),
        enumerable: Some(true),
        configurable: Some(true),
        ..Default::default()
    };
    define_or_throw(vm, o, key, &desc)?;
    Ok(Value::UNDEFINED)
}

fn define_getter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    define_accessor_half(vm, this, args, true)
}

fn define_setter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    define_accessor_half(vm, this, args, false)
}

/// Annex B `__lookupGetter__` / `__lookupSetter__`: the accessor half of the
/// first own property found up the prototype chain (undefined when that
/// property is a data property).
fn lookup_accessor_half(vm: &mut Vm, this: Value, args: &[Value], getter: bool) -> JsResult<Value> {
    let mut o = vm.to_object(this)?.as_object();
    let key = vm.to_key(arg(args, 0))?;
    loop {
        match vm.get_own_property(o, key)? {
            Some(Own::Accessor(pair, _)) => {
                return Ok(if getter { pair.getter } else { pair.setter });
            }
            Some(Own::Data(..)) => return Ok(Value::UNDEFINED),
            None => {}
        }
        let proto = vm.get_prototype_of(o)?;
        if !proto.is_object() {
            return Ok(Value::UNDEFINED);
        }
        o = proto.as_object();
    }
}

fn lookup_getter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    lookup_accessor_half(vm, this, args, true)
}

fn lookup_setter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    lookup_accessor_half(vm, this, args, false)
}

fn is_prototype_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let o = vm.to_object(this)?;
    let mut p = vm.get_prototype_of(v.as_object())?;
    while p.is_object() {
        if p == o {
            return Ok(Value::TRUE);
        }
        p = vm.get_prototype_of(p.as_object())?;
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let k = vm.to_key(arg(args, 0))?;
    let o = vm.to_object(this)?.as_object();
    Ok(Value::bool(is_enumerable_own(vm, o, k)?))
}

/// The spec's builtinTag for Object.prototype.toString.
fn builtin_tag(class: &ObjectClass) -> &'static str {
    match class {
        ObjectClass::Array { .. } => "Array",
        ObjectClass::Closure(_)
        | ObjectClass::Native(_)
        | ObjectClass::Bound { .. }
        | ObjectClass::Proxy { callable: true, .. } => "Function",
        ObjectClass::Error { .. } => "Error",
        ObjectClass::Boolean(_) => "Boolean",
        ObjectClass::Number(_) => "Number",
        ObjectClass::String(_) => "String",
        ObjectClass::Date(_) => "Date",
        ObjectClass::RegExp(_) => "RegExp",
        ObjectClass::Arguments { .. } => "Arguments",
        _ => "Object",
    }
}

pub(super) fn object_to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let tag = if this.is_undefined() {
        "Undefined".to_string()
    } else if this.is_null() {
        "Null".to_string()
    } else {
        let o = vm.to_object(this)?;
        let array = vm.is_array(o)?;
        let t = vm.get(o, Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag)))?;
        if t.is_string() {
            t.as_string().to_rust_string()
        } else if array {
            "Array".to_string()
        } else {
            builtin_tag(&o.as_object().class).to_string()
        }
    };
    Ok(vm.str(&format!("[object {tag}]")))
}

fn to_locale_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error("Object.prototype.toLocaleString called on null or undefined"));
    }
    let f = vm.get(this, Key::Prop(vm.realm.names.to_string))?;
    vm.call(f, this, &[])
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    vm.to_object(this)
}
