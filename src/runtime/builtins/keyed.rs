//! Map, Set, WeakMap and WeakSet over `OrderedTable` (collections.rs):
//! SameValueZero keys in insertion order. A delete leaves a tombstone and
//! `clear` turns every entry into one, so `forEach` and the iterators, which
//! walk the entry vector by index, skip what was removed and still reach
//! what is added while they run, as the spec's iteration order requires.
//!
//! WeakMap and WeakSet hold their keys strongly for now. The collector has
//! no ephemerons: tracing a weak table's values only when its key is live
//! needs a fixpoint over all weak tables during marking, and tracing keys
//! weakly without that would free values still reachable through live keys.
//! Holding keys strongly leaks entries whose key died but never loses one.

use super::arg;
use crate::runtime::collections::OrderedTable;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{IterKind, JsObject, ObjectClass};
use crate::runtime::property::{Key, Own};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Set,
    WeakMap,
    WeakSet,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Map => "Map",
            Kind::Set => "Set",
            Kind::WeakMap => "WeakMap",
            Kind::WeakSet => "WeakSet",
        }
    }

    fn prototype(self, vm: &Vm) -> Gc<JsObject> {
        let i = &vm.realm.intrinsics;
        match self {
            Kind::Map => i.map_prototype,
            Kind::Set => i.set_prototype,
            Kind::WeakMap => i.weak_map_prototype,
            Kind::WeakSet => i.weak_set_prototype,
        }
    }

    /// Whether entries are key → value pairs (rather than just keys).
    fn is_keyed(self) -> bool {
        matches!(self, Kind::Map | Kind::WeakMap)
    }

    /// The method the constructor feeds each value of its iterable to.
    fn adder(self) -> &'static str {
        if self.is_keyed() { "set" } else { "add" }
    }

    fn empty_class(self) -> ObjectClass {
        let table = Box::default();
        match self {
            Kind::Map => ObjectClass::MapCollection(table),
            Kind::Set => ObjectClass::SetCollection(table),
            Kind::WeakMap => ObjectClass::WeakMapCollection(table),
            Kind::WeakSet => ObjectClass::WeakSetCollection(table),
        }
    }

    fn owns(self, class: &ObjectClass) -> bool {
        matches!(
            (self, class),
            (Kind::Map, ObjectClass::MapCollection(_))
                | (Kind::Set, ObjectClass::SetCollection(_))
                | (Kind::WeakMap, ObjectClass::WeakMapCollection(_))
                | (Kind::WeakSet, ObjectClass::WeakSetCollection(_))
        )
    }
}

pub fn install(vm: &mut Vm) {
    install_map(vm);
    install_set(vm);
    install_weak_map(vm);
    install_weak_set(vm);
}

// Properties are defined in V8's order so that reflection lists them as
// Node does.

fn install_map(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.map_prototype;
    let ctor = super::install_constructor(vm, "Map", map_ctor, 0, proto);
    define_species(vm, ctor);
    define_methods(
        vm,
        proto,
        &[
            ("get", map_get, 1),
            ("set", map_set, 2),
            ("has", map_has, 1),
            ("delete", map_delete, 1),
            ("clear", map_clear, 0),
        ],
    );
    let entries = vm.define_native(proto, "entries", map_entries, 0);
    define_methods(
        vm,
        proto,
        &[("forEach", map_for_each, 1), ("keys", map_keys, 0)],
    );
    super::define_getter(vm, proto, "size", map_size);
    vm.define_native(proto, "values", map_values, 0);
    define_tag(vm, proto, "Map");
    define_iterator(vm, proto, entries);
}

fn install_set(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.set_prototype;
    let ctor = super::install_constructor(vm, "Set", set_ctor, 0, proto);
    define_species(vm, ctor);
    define_methods(
        vm,
        proto,
        &[
            ("has", set_has, 1),
            ("add", set_add, 1),
            ("delete", set_delete, 1),
            ("clear", set_clear, 0),
            ("entries", set_entries, 0),
            ("forEach", set_for_each, 1),
        ],
    );
    super::define_getter(vm, proto, "size", set_size);
    let values = vm.define_native(proto, "values", set_values, 0);
    // `Set.prototype.keys` is the same function object as `values`.
    vm.define_value(proto, "keys", Value::object(values), Attrs::HIDDEN);
    define_tag(vm, proto, "Set");
    define_iterator(vm, proto, values);
}

fn install_weak_map(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.weak_map_prototype;
    super::install_constructor(vm, "WeakMap", weak_map_ctor, 0, proto);
    define_methods(
        vm,
        proto,
        &[
            ("delete", weak_map_delete, 1),
            ("get", weak_map_get, 1),
            ("set", weak_map_set, 2),
            ("has", weak_map_has, 1),
        ],
    );
    define_tag(vm, proto, "WeakMap");
}

fn install_weak_set(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.weak_set_prototype;
    super::install_constructor(vm, "WeakSet", weak_set_ctor, 0, proto);
    define_methods(
        vm,
        proto,
        &[
            ("delete", weak_set_delete, 1),
            ("has", weak_set_has, 1),
            ("add", weak_set_add, 1),
        ],
    );
    define_tag(vm, proto, "WeakSet");
}

pub(super) fn define_methods(vm: &mut Vm, target: Gc<JsObject>, methods: &[(&str, NativeFn, u32)]) {
    for &(name, func, length) in methods {
        vm.define_native(target, name, func, length);
    }
}

pub(super) fn define_species(vm: &mut Vm, ctor: Gc<JsObject>) {
    let get = vm.new_native_function("get [Symbol.species]", species, 0, false);
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.species));
    vm.define_accessor(
        ctor,
        key,
        Some(Value::object(get)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );
}

/// `Symbol.toStringTag`, read-only as on every builtin prototype.
pub(super) fn define_tag(vm: &mut Vm, target: Gc<JsObject>, tag: &str) {
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let tag = vm.str(tag);
    vm.define_data(target, key, tag, Attrs(Attrs::CONFIGURABLE));
}

fn define_iterator(vm: &mut Vm, proto: Gc<JsObject>, method: Gc<JsObject>) {
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.iterator));
    vm.define_data(proto, key, Value::object(method), Attrs::HIDDEN);
}

fn species(_: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}

// ---- constructors ----

fn map_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    construct(vm, args, new_target, Kind::Map)
}
fn set_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    construct(vm, args, new_target, Kind::Set)
}
fn weak_map_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    construct(vm, args, new_target, Kind::WeakMap)
}
fn weak_set_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    construct(vm, args, new_target, Kind::WeakSet)
}

/// `new Map(iterable)` and friends: every value of the iterable goes through
/// the (possibly overridden) `set`/`add` method, as the spec says.
fn construct(vm: &mut Vm, args: &[Value], new_target: Value, kind: Kind) -> JsResult<Value> {
    if new_target.is_undefined() {
        return Err(vm.type_error(&format!("Constructor {} requires 'new'", kind.name())));
    }
    let fallback = kind.prototype(vm);
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    let collection = Value::object(vm.new_object_with_proto(proto, kind.empty_class()));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(collection);
    }
    let adder = vm.get_named(collection, kind.adder())?;
    if !vm.is_callable(adder) {
        let shown = vm.to_display_string(adder);
        let owner = vm.object_description(collection);
        let name = kind.adder();
        return Err(vm.type_error(&format!(
            "'{shown}' returned for property '{name}' of object '{owner}' is not a function"
        )));
    }
    super::array::check_iterable(vm, iterable, call_site)?;
    vm.with_roots(&[collection, adder], |vm| {
        vm.iterate(iterable, |vm, item| {
            if kind.is_keyed() {
                let (key, value) = entry(vm, item)?;
                vm.call(adder, collection, &[key, value])?;
            } else {
                vm.call(adder, collection, &[item])?;
            }
            Ok(true)
        })
    })?;
    Ok(collection)
}

/// GetPrototypeFromConstructor: `new_target.prototype`, or the intrinsic
/// when that is not an object (a subclass constructor supplies its own).
pub(super) fn prototype_from_new_target(
    vm: &mut Vm,
    new_target: Value,
    fallback: Gc<JsObject>,
) -> JsResult<Value> {
    let proto = vm.get(new_target, Key::Prop(vm.realm.names.prototype))?;
    Ok(if proto.is_object() {
        proto
    } else {
        Value::object(fallback)
    })
}

/// The key and value of one `new Map(iterable)` entry: `item[0]`, `item[1]`.
fn entry(vm: &mut Vm, item: Value) -> JsResult<(Value, Value)> {
    if !item.is_object() {
        let shown = describe(vm, item);
        return Err(vm.type_error(&format!("Iterator value {shown} is not an entry object")));
    }
    let key = vm.get(item, Key::Index(0))?;
    let value = vm.get(item, Key::Index(1))?;
    Ok((key, value))
}

// ---- methods ----

/// Native methods that check their receiver's kind, with V8's message
/// naming `$label`, before running the implementation shared by the kinds.
macro_rules! methods {
    ($($name:ident => $imp:ident($kind:ident, $label:literal)),* $(,)?) => {
        $(fn $name(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
            let o = receiver(vm, this, Kind::$kind, $label)?;
            $imp(vm, o, args, Kind::$kind)
        })*
    };
}

methods!(
    map_get => get(Map, "Map.prototype.get"),
    map_set => set(Map, "Map.prototype.set"),
    map_has => has(Map, "Map.prototype.has"),
    map_delete => delete(Map, "Map.prototype.delete"),
    map_clear => clear(Map, "Map.prototype.clear"),
    map_entries => entries(Map, "Map.prototype.entries"),
    map_for_each => for_each(Map, "Map.prototype.forEach"),
    map_keys => keys(Map, "Map.prototype.keys"),
    map_size => size(Map, "get Map.prototype.size"),
    map_values => values(Map, "Map.prototype.values"),
    set_has => has(Set, "Set.prototype.has"),
    set_add => add(Set, "Set.prototype.add"),
    set_delete => delete(Set, "Set.prototype.delete"),
    set_clear => clear(Set, "Set.prototype.clear"),
    set_entries => entries(Set, "Set.prototype.entries"),
    set_for_each => for_each(Set, "Set.prototype.forEach"),
    set_size => size(Set, "get Set.prototype.size"),
    set_values => values(Set, "Set.prototype.values"),
    weak_map_delete => delete(WeakMap, "WeakMap.prototype.delete"),
    weak_map_get => get(WeakMap, "WeakMap.prototype.get"),
    weak_map_set => set(WeakMap, "WeakMap.prototype.set"),
    weak_map_has => has(WeakMap, "WeakMap.prototype.has"),
    weak_set_delete => delete(WeakSet, "WeakSet.prototype.delete"),
    weak_set_has => has(WeakSet, "WeakSet.prototype.has"),
    weak_set_add => add(WeakSet, "WeakSet.prototype.add"),
);

/// `this` as a collection of `kind`, or V8's incompatible-receiver error.
fn receiver(vm: &mut Vm, this: Value, kind: Kind, label: &str) -> JsResult<Gc<JsObject>> {
    match this.to_object_opt() {
        Some(o) if kind.owns(&o.class) => Ok(o),
        _ => Err(incompatible_receiver(vm, this, label)),
    }
}

/// V8's TypeError for a builtin method called on the wrong kind of object.
pub(super) fn incompatible_receiver(vm: &mut Vm, this: Value, method: &str) -> Value {
    let shown = describe(vm, this);
    vm.type_error(&format!(
        "Method {method} called on incompatible receiver {shown}"
    ))
}

/// The table of an object `receiver` accepted.
fn table(o: &mut JsObject) -> &mut OrderedTable {
    match &mut o.class {
        ObjectClass::MapCollection(t)
        | ObjectClass::SetCollection(t)
        | ObjectClass::WeakMapCollection(t)
        | ObjectClass::WeakSetCollection(t) => t,
        _ => unreachable!("receiver() checked the class"),
    }
}

fn get(_: &mut Vm, mut o: Gc<JsObject>, args: &[Value], _: Kind) -> JsResult<Value> {
    Ok(table(&mut o).get(arg(args, 0)).unwrap_or(Value::UNDEFINED))
}

fn set(vm: &mut Vm, o: Gc<JsObject>, args: &[Value], kind: Kind) -> JsResult<Value> {
    let key = arg(args, 0);
    if kind == Kind::WeakMap && !can_be_held_weakly(vm, key) {
        return Err(vm.type_error("Invalid value used as weak map key"));
    }
    insert(vm, o, key, arg(args, 1));
    Ok(Value::object(o))
}

fn add(vm: &mut Vm, o: Gc<JsObject>, args: &[Value], kind: Kind) -> JsResult<Value> {
    let key = arg(args, 0);
    if kind == Kind::WeakSet && !can_be_held_weakly(vm, key) {
        return Err(vm.type_error("Invalid value used in weak set"));
    }
    // A set's entries carry no value: iterators and forEach read the key.
    insert(vm, o, key, Value::UNDEFINED);
    Ok(Value::object(o))
}

fn has(_: &mut Vm, mut o: Gc<JsObject>, args: &[Value], _: Kind) -> JsResult<Value> {
    Ok(Value::bool(table(&mut o).has(arg(args, 0))))
}

fn delete(_: &mut Vm, mut o: Gc<JsObject>, args: &[Value], _: Kind) -> JsResult<Value> {
    Ok(Value::bool(table(&mut o).delete(arg(args, 0))))
}

fn clear(_: &mut Vm, mut o: Gc<JsObject>, _: &[Value], _: Kind) -> JsResult<Value> {
    table(&mut o).clear();
    Ok(Value::UNDEFINED)
}

fn size(_: &mut Vm, mut o: Gc<JsObject>, _: &[Value], _: Kind) -> JsResult<Value> {
    Ok(Value::number(table(&mut o).size as f64))
}

fn for_each(vm: &mut Vm, mut o: Gc<JsObject>, args: &[Value], kind: Kind) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        let site = call_site(vm, callback);
        return Err(vm.type_error(&format!("{site} is not a function")));
    }
    let this_arg = arg(args, 1);
    let mut index = 0;
    // The table is read again at every step: the callback may add, delete
    // or clear entries (and the entry vector may move when it grows).
    while let Some(&(key, value)) = table(&mut o).entries.get(index) {
        index += 1;
        if key.is_hole() {
            continue;
        }
        let value = if kind.is_keyed() { value } else { key };
        vm.call(callback, this_arg, &[value, key, Value::object(o)])?;
    }
    Ok(Value::UNDEFINED)
}

fn keys(vm: &mut Vm, o: Gc<JsObject>, _: &[Value], kind: Kind) -> JsResult<Value> {
    Ok(iterator(vm, o, kind, IterKind::Keys))
}

fn values(vm: &mut Vm, o: Gc<JsObject>, _: &[Value], kind: Kind) -> JsResult<Value> {
    Ok(iterator(vm, o, kind, IterKind::Values))
}

fn entries(vm: &mut Vm, o: Gc<JsObject>, _: &[Value], kind: Kind) -> JsResult<Value> {
    Ok(iterator(vm, o, kind, IterKind::Entries))
}

/// A %MapIteratorPrototype% or %SetIteratorPrototype% object; its `next`
/// (iterators.rs) walks the live table by index.
fn iterator(vm: &mut Vm, o: Gc<JsObject>, kind: Kind, iter: IterKind) -> Value {
    let i = &vm.realm.intrinsics;
    let proto = if kind == Kind::Map {
        i.map_iterator_prototype
    } else {
        i.set_iterator_prototype
    };
    let class = ObjectClass::CollectionIterator {
        target: Value::object(o),
        index: 0,
        kind: iter,
    };
    Value::object(vm.new_object_with_proto(Value::object(proto), class))
}

/// Adds or updates an entry. Growth of the entry vector is reported to the
/// heap so that a large collection still brings the next collection closer.
pub(super) fn insert(vm: &mut Vm, mut o: Gc<JsObject>, key: Value, value: Value) {
    let t = table(&mut o);
    let before = t.entries.capacity();
    t.set(key, value);
    let grown = t.entries.capacity() - before;
    if grown > 0 {
        vm.heap
            .note_allocation(grown * std::mem::size_of::<(Value, Value)>());
        vm.check_heap_limit();
    }
}

/// CanBeHeldWeakly: objects, and symbols that `Symbol.for` did not register
/// (a registered symbol can be recreated from its key, so it never dies).
fn can_be_held_weakly(vm: &Vm, v: Value) -> bool {
    v.is_object() || (v.is_symbol() && !vm.symbol_registry.values().any(|&s| Value::symbol(s) == v))
}

// ---- how V8 prints values in these messages ----

/// V8's `BuildDefaultCallSite`, how builtins name a value they cannot call
/// or iterate: its type, then the value for primitives that have one
/// (`number 5`, `string "abc"`, `object null`, `object`, `symbol`).
fn call_site(vm: &Vm, v: Value) -> String {
    /// Longer strings are cut and marked, as V8 does.
    const MAX_PRINTED: usize = 100;
    let ty = vm.type_of(v);
    if v.is_string() {
        let s = v.as_string();
        let units = s.units();
        let shown = String::from_utf16_lossy(&units[..units.len().min(MAX_PRINTED)]);
        let cut = if units.len() > MAX_PRINTED {
            "<...>"
        } else {
            ""
        };
        format!("{ty} \"{shown}{cut}\"")
    } else if v.is_null() || v.is_bool() || v.is_number() {
        format!("{ty} {}", vm.to_display_string(v))
    } else {
        ty.to_string()
    }
}

/// V8's `NoSideEffectsToString`, how its incompatible-receiver messages
/// print values: primitives as strings, functions as their source, errors
/// as `Name: message`, objects whose `toString` is Object.prototype's as
/// `#<Constructor>`, other objects as `[object Tag]`. Runs no user code.
fn describe(vm: &mut Vm, v: Value) -> String {
    let Some(o) = v.to_object_opt() else {
        return vm.to_display_string(v);
    };
    if o.is_callable() {
        return function_text(vm, o);
    }
    if o.is_error() {
        return error_text(vm, o);
    }
    let to_string = Key::Prop(vm.realm.names.to_string);
    let object_prototype = vm.realm.intrinsics.object_prototype;
    let object_to_string = data_property(vm, object_prototype, to_string);
    if object_to_string.is_some()
        && data_property(vm, o, to_string) == object_to_string
        && let Some(name) = constructor_name(vm, o)
    {
        return format!("#<{name}>");
    }
    let tag_key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let tag = string_property(vm, o, tag_key).unwrap_or_else(|| builtin_tag(&o.class).to_string());
    format!("[object {tag}]")
}

/// A data property along the prototype chain, without running code
/// (V8's GetDataProperty: an accessor counts as absent).
fn data_property(vm: &mut Vm, o: Gc<JsObject>, key: Key) -> Option<Value> {
    match vm.lookup(o, key) {
        Some((_, Own::Data(v, _))) => Some(v),
        _ => None,
    }
}

fn string_property(vm: &mut Vm, o: Gc<JsObject>, key: Key) -> Option<String> {
    data_property(vm, o, key)
        .filter(|v| v.is_string())
        .map(|v| v.as_string().to_rust_string())
}

fn function_text(vm: &mut Vm, f: Gc<JsObject>) -> String {
    if let Some(c) = f.closure() {
        let shared = &c.shared;
        let range = shared.source_start as usize..shared.source_end as usize;
        return shared
            .script
            .source
            .get(range)
            .unwrap_or_default()
            .to_string();
    }
    let name = string_property(vm, f, Key::Prop(vm.realm.names.name)).unwrap_or_default();
    format!("function {name}() {{ [native code] }}")
}

fn error_text(vm: &mut Vm, e: Gc<JsObject>) -> String {
    let names = (vm.realm.names.name, vm.realm.names.message);
    let name = string_property(vm, e, Key::Prop(names.0)).unwrap_or_else(|| "Error".into());
    let message = string_property(vm, e, Key::Prop(names.1)).unwrap_or_default();
    match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        (false, false) => format!("{name}: {message}"),
    }
}

/// The name of `o.constructor` when it is a function with a non-empty name.
fn constructor_name(vm: &mut Vm, o: Gc<JsObject>) -> Option<String> {
    let ctor = data_property(vm, o, Key::Prop(vm.realm.names.constructor))?.to_object_opt()?;
    if !ctor.is_callable() {
        return None;
    }
    let name = match ctor.closure() {
        Some(c) => c.shared.name_string(),
        None => string_property(vm, ctor, Key::Prop(vm.realm.names.name))?,
    };
    (!name.is_empty()).then_some(name)
}

/// The tag `[object …]` shows for an object without `Symbol.toStringTag`.
fn builtin_tag(class: &ObjectClass) -> &'static str {
    match class {
        ObjectClass::Array { .. } => "Array",
        ObjectClass::Arguments { .. } => "Arguments",
        ObjectClass::Error { .. } => "Error",
        ObjectClass::Boolean(_) => "Boolean",
        ObjectClass::Number(_) => "Number",
        ObjectClass::String(_) => "String",
        ObjectClass::Symbol(_) => "Symbol",
        ObjectClass::Date(_) => "Date",
        ObjectClass::RegExp(_) => "RegExp",
        ObjectClass::MapCollection(_) => "Map",
        ObjectClass::SetCollection(_) => "Set",
        ObjectClass::WeakMapCollection(_) => "WeakMap",
        ObjectClass::WeakSetCollection(_) => "WeakSet",
        _ => "Object",
    }
}
