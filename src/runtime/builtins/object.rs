//! Object and Object.prototype, and the property-descriptor operations
//! (ToPropertyDescriptor, ValidateAndApplyPropertyDescriptor,
//! FromPropertyDescriptor) that Reflect shares.

use super::arg;
use super::keyed::prototype_from_new_target;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, Map, PropertyKey};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::{Key, Own};
use crate::runtime::typed_array::{self, IndexedKey};
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
    let methods: [(&str, NativeFn, u32); 5] = [
        ("hasOwnProperty", has_own_property, 1),
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
    let keys = vm.own_keys(o);
    let roots: Vec<Value> = keys
        .iter()
        .filter_map(|k| match k {
            Key::Prop(p) => Some(p.to_value()),
            Key::Index(_) => None,
        })
        .collect();
    vm.with_roots(&roots, |vm| f(vm, &keys))
}

fn is_symbol_key(k: &Key) -> bool {
    matches!(k, Key::Prop(PropertyKey::Symbol(_)))
}

/// Whether `o` has `key` as an own enumerable property right now (the
/// check EnumerableOwnProperties repeats before each read).
fn is_enumerable_own(vm: &mut Vm, o: Gc<JsObject>, key: Key) -> bool {
    vm.get_own(o, key)
        .is_some_and(|own| own.attrs().enumerable())
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
                if !is_enumerable_own(vm, o, k) {
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
        .own_keys(o)
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
                if is_enumerable_own(vm, from, k) {
                    let v = vm.get(Value::object(from), k)?;
                    vm.set(target, k, v, true)?;
                }
            }
            Ok(())
        })?;
    }
    Ok(target)
}

// ---- property descriptors ----

/// A property descriptor with its fields present or absent.
#[derive(Clone, Copy, Default)]
pub(super) struct PropertyDescriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
    fn is_empty(&self) -> bool {
        !self.is_accessor()
            && !self.is_data()
            && self.enumerable.is_none()
            && self.configurable.is_none()
    }
    /// The values it holds, to keep rooted while it waits in a list.
    fn values(&self) -> impl Iterator<Item = Value> {
        [self.value, self.get, self.set].into_iter().flatten()
    }
}

/// Why ValidateAndApplyPropertyDescriptor refused.
pub(super) enum DefineRejection {
    NotExtensible,
    NotConfigurable,
    /// A numeric key that is not an element of a typed array.
    InvalidIndex,
}

/// ToPropertyDescriptor, reading the fields in the spec's order.
pub(super) fn to_property_descriptor(vm: &mut Vm, desc: Value) -> JsResult<PropertyDescriptor> {
    if !desc.is_object() {
        let d = vm.to_display_string(desc);
        return Err(vm.type_error(&format!("Property description must be an object: {d}")));
    }
    let field = |vm: &mut Vm, name: &str| -> JsResult<Option<Value>> {
        let key = vm.key_from_str(name);
        if vm.has_property(desc.as_object(), key) {
            Ok(Some(vm.get(desc, key)?))
        } else {
            Ok(None)
        }
    };
    let mut d = PropertyDescriptor {
        enumerable: field(vm, "enumerable")?.map(|v| vm.to_boolean(v)),
        ..Default::default()
    };
    d.configurable = field(vm, "configurable")?.map(|v| vm.to_boolean(v));
    d.value = field(vm, "value")?;
    d.writable = field(vm, "writable")?.map(|v| vm.to_boolean(v));
    d.get = field(vm, "get")?;
    d.set = field(vm, "set")?;
    for (f, what) in [(d.get, "Getter"), (d.set, "Setter")] {
        if let Some(f) = f
            && !f.is_undefined()
            && !vm.is_callable(f)
        {
            let shown = vm.to_display_string(f);
            return Err(vm.type_error(&format!("{what} must be a function: {shown}")));
        }
    }
    if d.is_accessor() && d.is_data() {
        let shown = vm.to_display_string(desc);
        return Err(vm.type_error(&format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {shown}"
        )));
    }
    Ok(d)
}

/// FromPropertyDescriptor for an own property.
pub(super) fn from_property_descriptor(vm: &mut Vm, own: Own) -> Value {
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
    vm.define_value(
        d,
        "configurable",
        Value::bool(a.configurable()),
        Attrs::DEFAULT,
    );
    Value::object(d)
}

fn attr_bits(writable: bool, enumerable: bool, configurable: bool) -> Attrs {
    let bit = |on: bool, b: u8| if on { b } else { 0 };
    Attrs(
        bit(writable, Attrs::WRITABLE)
            | bit(enumerable, Attrs::ENUMERABLE)
            | bit(configurable, Attrs::CONFIGURABLE),
    )
}

/// [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor), with the
/// array `length` check of ArraySetLength.
pub(super) fn define_own_property(
    vm: &mut Vm,
    o: Gc<JsObject>,
    key: Key,
    desc: &PropertyDescriptor,
) -> JsResult<Result<(), DefineRejection>> {
    match typed_array::classify(o, key) {
        (Some(_), IndexedKey::Invalid) => return Ok(Err(DefineRejection::InvalidIndex)),
        (Some(_), IndexedKey::Element(_)) => {
            let fixed = desc.configurable == Some(false)
                || desc.enumerable == Some(false)
                || desc.is_accessor()
                || desc.writable == Some(false);
            if fixed {
                return Ok(Err(DefineRejection::NotConfigurable));
            }
            if let Some(v) = desc.value {
                let n = typed_array::numeric_index(key).unwrap();
                vm.typed_array_set(o, n, v)?;
            }
            return Ok(Ok(()));
        }
        _ => {}
    }
    if o.is_array()
        && key == Key::Prop(vm.realm.names.length)
        && let Some(v) = desc.value
    {
        let n = vm.to_number(v)?;
        if n as u32 as f64 != n {
            return Err(vm.range_error("Invalid array length"));
        }
    }
    let current = vm.get_own(o, key);
    if let Some(cur) = current {
        if let Err(e) = validate_change(vm, cur, desc) {
            return Ok(Err(e));
        }
        if desc.is_empty() {
            return Ok(Ok(()));
        }
    } else if !o.map.extensible {
        return Ok(Err(DefineRejection::NotExtensible));
    }
    apply_descriptor(vm, o, key, desc, current);
    Ok(Ok(()))
}

/// The checks a non-configurable property puts on a redefinition.
fn validate_change(
    vm: &Vm,
    current: Own,
    desc: &PropertyDescriptor,
) -> Result<(), DefineRejection> {
    let a = current.attrs();
    if a.configurable() {
        return Ok(());
    }
    let same = |new: Option<Value>, old: Value| new.is_none_or(|v| vm.same_value(v, old));
    let ok = desc.configurable != Some(true)
        && desc.enumerable.is_none_or(|e| e == a.enumerable())
        && match current {
            Own::Accessor(pair, _) => {
                !desc.is_data() && same(desc.get, pair.getter) && same(desc.set, pair.setter)
            }
            Own::Data(v, _) => {
                !desc.is_accessor()
                    && (a.writable() || (desc.writable != Some(true) && same(desc.value, v)))
            }
        };
    if ok {
        Ok(())
    } else {
        Err(DefineRejection::NotConfigurable)
    }
}

/// Writes a validated descriptor: absent fields keep the current
/// property's (or default to false/undefined for a new one or a change
/// between data and accessor).
fn apply_descriptor(
    vm: &mut Vm,
    o: Gc<JsObject>,
    key: Key,
    desc: &PropertyDescriptor,
    current: Option<Own>,
) {
    let old = current.map_or(Attrs::NONE, |c| c.attrs());
    let enumerable = desc.enumerable.unwrap_or(old.enumerable());
    let configurable = desc.configurable.unwrap_or(old.configurable());
    let undefined = Some(Value::UNDEFINED);
    match current {
        Some(Own::Accessor(..)) if !desc.is_data() => {
            // Absent get/set keep the current functions.
            vm.define_accessor(
                o,
                key,
                desc.get,
                desc.set,
                attr_bits(false, enumerable, configurable),
            );
        }
        _ if desc.is_accessor() => {
            let (get, set) = (desc.get.or(undefined), desc.set.or(undefined));
            vm.define_accessor(o, key, get, set, attr_bits(false, enumerable, configurable));
        }
        Some(Own::Data(v, a)) => {
            let writable = desc.writable.unwrap_or(a.writable());
            vm.define_data(
                o,
                key,
                desc.value.unwrap_or(v),
                attr_bits(writable, enumerable, configurable),
            );
        }
        _ => {
            let writable = desc.writable.unwrap_or(false);
            let value = desc.value.unwrap_or(Value::UNDEFINED);
            vm.define_data(o, key, value, attr_bits(writable, enumerable, configurable));
        }
    }
}

/// DefinePropertyOrThrow with V8's messages.
fn define_or_throw(
    vm: &mut Vm,
    o: Gc<JsObject>,
    key: Key,
    desc: &PropertyDescriptor,
) -> JsResult<()> {
    match define_own_property(vm, o, key, desc)? {
        Ok(()) => Ok(()),
        Err(DefineRejection::NotExtensible) => {
            let k = vm.key_display(key);
            Err(vm.type_error(&format!(
                "Cannot define property {k}, object is not extensible"
            )))
        }
        Err(DefineRejection::NotConfigurable) => {
            let k = vm.key_display(key);
            Err(vm.type_error(&format!("Cannot redefine property: {k}")))
        }
        Err(DefineRejection::InvalidIndex) => Err(vm.type_error("Invalid typed array index")),
    }
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
            if !is_enumerable_own(vm, props, k) {
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
    Ok(match vm.get_own(o, k) {
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
    for k in vm.own_keys(o) {
        if let Some(own) = vm.get_own(o, k) {
            let d = from_property_descriptor(vm, own);
            vm.define_data(result, k, d, Attrs::DEFAULT);
        }
    }
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
    Ok(o.as_object().map.prototype)
}

/// [[SetPrototypeOf]] that throws V8's message when refused.
fn set_prototype_or_throw(vm: &mut Vm, o: Gc<JsObject>, proto: Value) -> JsResult<()> {
    if o.map.prototype == proto {
        return Ok(());
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
    if !vm.set_prototype(o, proto) {
        return Err(vm.type_error("Cyclic __proto__ value"));
    }
    Ok(())
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
    Ok(o.as_object().map.prototype)
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
    if let Some(mut o) = v.to_object_opt() {
        o.map = Map::without_extensions(o.map, &mut vm.heap);
    }
    Ok(v)
}

fn is_extensible(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        arg(args, 0)
            .to_object_opt()
            .is_some_and(|o| o.map.extensible),
    ))
}

/// SetIntegrityLevel: sealed makes every property non-configurable,
/// frozen also makes data properties read-only.
fn set_integrity_level(vm: &mut Vm, v: Value, frozen: bool) -> JsResult<Value> {
    let Some(mut o) = v.to_object_opt() else {
        return Ok(v);
    };
    // Typed array elements cannot be made read-only; like V8, sealing
    // leaves them as they are.
    let view = typed_array::view_of(o);
    if frozen && view.is_some_and(|v| v.length > 0) {
        return Err(vm.type_error("Cannot freeze array buffer views with elements"));
    }
    o.map = Map::without_extensions(o.map, &mut vm.heap);
    // A frozen array reports a read-only `length` once its elements are
    // individually attributed (see `Vm::get_own`).
    if frozen && o.is_array() {
        vm.make_sparse(o);
    }
    for k in vm.own_keys(o) {
        if o.is_array() && k == Key::Prop(vm.realm.names.length)
            || view.is_some() && matches!(k, Key::Index(_))
        {
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

/// TestIntegrityLevel.
fn test_integrity_level(vm: &mut Vm, v: Value, frozen: bool) -> bool {
    let Some(o) = v.to_object_opt() else {
        return true;
    };
    if o.map.extensible {
        return false;
    }
    vm.own_keys(o).into_iter().all(|k| match vm.get_own(o, k) {
        Some(own) => {
            // Sealed: nothing configurable; frozen: also no writable data.
            let a = own.attrs();
            let writable_data = !a.is_accessor() && a.writable();
            let locked = if frozen { !writable_data } else { true };
            !a.configurable() && locked
        }
        None => true,
    })
}

fn freeze(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    set_integrity_level(vm, arg(args, 0), true)
}

fn seal(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    set_integrity_level(vm, arg(args, 0), false)
}

fn is_frozen(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(test_integrity_level(vm, arg(args, 0), true)))
}

fn is_sealed(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(test_integrity_level(vm, arg(args, 0), false)))
}

// ---- the rest of Object ----

fn is(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.same_value(arg(args, 0), arg(args, 1))))
}

fn has_own(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?.as_object();
    let k = vm.to_key(arg(args, 1))?;
    Ok(Value::bool(vm.get_own(o, k).is_some()))
}

fn from_entries(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        let d = vm.to_display_string(iterable);
        return Err(vm.type_error(&format!("{d} is not iterable")));
    }
    super::array::check_iterable(vm, iterable)?;
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
    Ok(Value::bool(vm.get_own(o, k).is_some()))
}

fn is_prototype_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let o = vm.to_object(this)?;
    let mut p = v.as_object().map.prototype;
    while p.is_object() {
        if p == o {
            return Ok(Value::TRUE);
        }
        p = p.as_object().map.prototype;
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let k = vm.to_key(arg(args, 0))?;
    let o = vm.to_object(this)?.as_object();
    Ok(Value::bool(is_enumerable_own(vm, o, k)))
}

/// The spec's builtinTag for Object.prototype.toString.
fn builtin_tag(class: &ObjectClass) -> &'static str {
    match class {
        ObjectClass::Array { .. } => "Array",
        ObjectClass::Closure(_) | ObjectClass::Native(_) | ObjectClass::Bound { .. } => "Function",
        ObjectClass::Error => "Error",
        ObjectClass::Boolean(_) => "Boolean",
        ObjectClass::Number(_) => "Number",
        ObjectClass::String(_) => "String",
        ObjectClass::Date(_) => "Date",
        ObjectClass::RegExp(_) => "RegExp",
        ObjectClass::Arguments { .. } => "Arguments",
        _ => "Object",
    }
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
