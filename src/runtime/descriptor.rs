//! Property descriptors: ToPropertyDescriptor, FromPropertyDescriptor and
//! [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor for ordinary
//! objects, the trap for proxies), shared by Object, Reflect and Proxy.

use super::function::JsResult;
use super::heap::Gc;
use super::map::Attrs;
use super::object::JsObject;
use super::property::{Key, Own, mapped_argument, unmap_argument};
use super::proxy;
use super::typed_array::{self, IndexedKey};
use super::value::Value;
use super::vm::Vm;

/// A property descriptor with its fields present or absent.
#[derive(Clone, Copy, Default)]
pub struct PropertyDescriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    /// A complete data descriptor.
    pub fn data(value: Value, attrs: Attrs) -> PropertyDescriptor {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(attrs.writable()),
            enumerable: Some(attrs.enumerable()),
            configurable: Some(attrs.configurable()),
            ..Default::default()
        }
    }
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
    pub fn is_empty(&self) -> bool {
        !self.is_accessor()
            && !self.is_data()
            && self.enumerable.is_none()
            && self.configurable.is_none()
    }
    /// The values it holds, to keep rooted while it waits in a list.
    pub fn values(&self) -> impl Iterator<Item = Value> {
        [self.value, self.get, self.set].into_iter().flatten()
    }
}

/// Why ValidateAndApplyPropertyDescriptor refused.
pub enum DefineRejection {
    NotExtensible,
    NotConfigurable,
    /// A numeric key that is not an element of a typed array.
    InvalidIndex,
    /// A proxy's `defineProperty` trap returned false.
    TrapReturnedFalse,
    /// A new array length stopped above this non-configurable element.
    ElementNotDeletable(u32),
}

/// ToPropertyDescriptor, reading the fields in the spec's order.
pub fn to_property_descriptor(vm: &mut Vm, desc: Value) -> JsResult<PropertyDescriptor> {
    if !desc.is_object() {
        let d = vm.to_display_string(desc);
        return Err(vm.type_error(&format!("Property description must be an object: {d}")));
    }
    let field = |vm: &mut Vm, name: &str| -> JsResult<Option<Value>> {
        let key = vm.key_from_str(name);
        if vm.has_property(desc.as_object(), key)? {
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
pub fn from_property_descriptor(vm: &mut Vm, own: Own) -> Value {
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

pub fn attr_bits(writable: bool, enumerable: bool, configurable: bool) -> Attrs {
    let bit = |on: bool, b: u8| if on { b } else { 0 };
    Attrs(
        bit(writable, Attrs::WRITABLE)
            | bit(enumerable, Attrs::ENUMERABLE)
            | bit(configurable, Attrs::CONFIGURABLE),
    )
}

/// [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor), with the
/// array `length` check of ArraySetLength.
pub fn define_own_property(
    vm: &mut Vm,
    o: Gc<JsObject>,
    key: Key,
    desc: &PropertyDescriptor,
) -> JsResult<Result<(), DefineRejection>> {
    if proxy::is_proxy(o) {
        let defined = vm.proxy_define_own_property(o, key, desc)?;
        return Ok(if defined {
            Ok(())
        } else {
            Err(DefineRejection::TrapReturnedFalse)
        });
    }
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
    let mut new_length = None;
    if o.is_array()
        && key == Key::Prop(vm.realm.names.length)
        && let Some(v) = desc.value
    {
        let n = vm.to_number(v)?;
        if n as u32 as f64 != n {
            return Err(vm.range_error("Invalid array length"));
        }
        new_length = Some(n as u32);
    }
    // A mapped argument (arguments exotic [[DefineOwnProperty]]): made
    // read-only, it keeps its parameter's current value.
    let mapped = match key {
        Key::Index(i) => mapped_argument(o, i).map(|m| (i, m)),
        Key::Prop(_) => None,
    };
    let mut own_desc = *desc;
    if let Some((_, (ctx, slot))) = mapped
        && desc.is_data()
        && desc.value.is_none()
        && desc.writable == Some(false)
    {
        own_desc.value = Some(ctx.slots[slot]);
    }
    let current = vm.get_own(o, key);
    if let Some(cur) = current {
        if let Err(e) = validate_change(vm, cur, &own_desc) {
            return Ok(Err(e));
        }
        if own_desc.is_empty() {
            return Ok(Ok(()));
        }
    } else if !o.map.extensible || vm.past_fixed_length(o, key) {
        return Ok(Err(DefineRejection::NotExtensible));
    }
    apply_descriptor(vm, o, key, &own_desc, current);
    // ArraySetLength fails when a non-configurable element kept the array
    // longer than asked.
    if let Some(n) = new_length
        && o.array_length() > n
    {
        return Ok(Err(DefineRejection::ElementNotDeletable(
            o.array_length() - 1,
        )));
    }
    // The parameter follows a new value; an accessor or a read-only
    // element no longer aliases it.
    if let Some((i, (mut ctx, slot))) = mapped {
        if let Some(v) = desc.value
            && !desc.is_accessor()
        {
            ctx.slots[slot] = v;
        }
        if desc.is_accessor() || desc.writable == Some(false) {
            unmap_argument(o, i);
        }
    }
    Ok(Ok(()))
}

/// V8's message when shrinking an array's length stops at element `i`.
pub fn element_not_deletable(i: u32) -> String {
    format!("Cannot delete property '{i}' of [object Array]")
}

/// DefinePropertyOrThrow with V8's messages.
pub fn define_or_throw(
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
        Err(DefineRejection::ElementNotDeletable(i)) => {
            Err(vm.type_error(&element_not_deletable(i)))
        }
        Err(DefineRejection::TrapReturnedFalse) => {
            let k = vm.key_display(key);
            Err(vm.type_error(&format!(
                "'defineProperty' on proxy: trap returned falsish for property '{k}'"
            )))
        }
    }
}

/// IsCompatiblePropertyDescriptor: whether an object with `current` (and
/// the given extensibility) could accept `desc`.
pub fn is_compatible(
    vm: &Vm,
    extensible: bool,
    desc: &PropertyDescriptor,
    current: Option<Own>,
) -> bool {
    match current {
        None => extensible,
        Some(c) => validate_change(vm, c, desc).is_ok(),
    }
}

/// FromPropertyDescriptor for a descriptor whose fields may be absent.
pub fn descriptor_object(vm: &mut Vm, desc: &PropertyDescriptor) -> Value {
    let d = vm.new_object();
    let fields = [
        ("value", desc.value),
        ("writable", desc.writable.map(Value::bool)),
        ("get", desc.get),
        ("set", desc.set),
        ("enumerable", desc.enumerable.map(Value::bool)),
        ("configurable", desc.configurable.map(Value::bool)),
    ];
    for (name, v) in fields {
        if let Some(v) = v {
            vm.define_value(d, name, v, Attrs::DEFAULT);
        }
    }
    Value::object(d)
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
