//! Array and Array.prototype.
//!
//! The methods are generic, as the spec writes them: they read `length`
//! (ToLength, up to 2^53 - 1) and go through [[Get]], [[Set]],
//! [[HasProperty]] and [[Delete]], so holes, array-likes, getters and
//! frozen arrays behave alike. Indices past the array-index range become
//! string keys (`index_key`).

use std::cell::RefCell;

use super::arg;
use super::function::length_of_array_like;
use crate::runtime::descriptor::{PropertyDescriptor, define_or_throw};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{IterKind, JsObject, ObjectClass};
use crate::runtime::property::{Found, Key, Own};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// 2^53 - 1: the largest length of an array-like.
const MAX_LENGTH: u64 = 9007199254740991;
/// V8's longest string (`String::kMaxLength`).
const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

pub fn install(vm: &mut Vm) {
    let ap = vm.realm.intrinsics.array_prototype;
    let ctor = super::install_constructor(vm, "Array", array_ctor, 1, ap);
    vm.define_native(ctor, "isArray", is_array, 1);
    vm.define_native(ctor, "from", from, 1);
    vm.define_native(ctor, "of", of, 0);
    let species = vm.new_native_function("get [Symbol.species]", species, 0, false);
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.species));
    vm.define_accessor(
        ctor,
        k,
        Some(Value::object(species)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );
    // Property order as in V8.
    let methods: [(&str, NativeFn, u32); 35] = [
        ("at", at, 1),
        ("concat", concat, 1),
        ("copyWithin", copy_within, 2),
        ("fill", fill, 1),
        ("find", find, 1),
        ("findIndex", find_index, 1),
        ("findLast", find_last, 1),
        ("findLastIndex", find_last_index, 1),
        ("lastIndexOf", last_index_of, 1),
        ("pop", pop, 0),
        ("push", push, 1),
        ("reverse", reverse, 0),
        ("shift", shift, 0),
        ("unshift", unshift, 1),
        ("slice", slice, 2),
        ("sort", sort, 1),
        ("splice", splice, 2),
        ("includes", includes, 1),
        ("indexOf", index_of, 1),
        ("join", join, 1),
        ("keys", keys, 0),
        ("entries", entries, 0),
        ("values", values, 0),
        ("forEach", for_each, 1),
        ("filter", filter, 1),
        ("flat", flat, 0),
        ("flatMap", flat_map, 1),
        ("map", map, 1),
        ("every", every, 1),
        ("some", some, 1),
        ("reduce", reduce, 1),
        ("reduceRight", reduce_right, 1),
        ("toLocaleString", to_locale_string, 0),
        ("toString", to_string, 0),
        ("toReversed", to_reversed, 0),
    ];
    let mut values_fn = None;
    for (name, f, n) in methods {
        let f = vm.define_native(ap, name, f, n);
        match name {
            "values" => values_fn = Some(f),
            "push" => vm.realm.array_push = Value::object(f),
            "pop" => vm.realm.array_pop = Value::object(f),
            _ => {}
        }
    }
    for (name, f, n) in [
        ("toSorted", to_sorted as NativeFn, 1),
        ("toSpliced", to_spliced, 2),
        ("with", with, 2),
    ] {
        vm.define_native(ap, name, f, n);
    }
    let values = values_fn.expect("values is installed");
    vm.realm.array_values = Value::object(values);
    let iterator = PropertyKey::Symbol(vm.symbols.iterator);
    vm.define_data(
        ap,
        Key::Prop(iterator),
        Value::object(values),
        Attrs::HIDDEN,
    );
    // The methods `with` statements do not see as names (ES2023's list).
    let unscopables = vm.new_object_with_proto(Value::NULL, ObjectClass::Ordinary);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "toReversed",
        "toSorted",
        "toSpliced",
        "values",
    ] {
        vm.define_value(unscopables, name, Value::TRUE, Attrs::DEFAULT);
    }
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.unscopables));
    vm.define_data(
        ap,
        key,
        Value::object(unscopables),
        Attrs(Attrs::CONFIGURABLE),
    );
}

// ---- the constructor and statics ----

/// `Array(...)`; a subclass's `new.target` supplies the prototype.
fn array_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let array = construct_array(vm, args)?;
    if !new_target.is_undefined() && new_target != vm.native_callee {
        let proto = vm.get(new_target, Key::Prop(vm.realm.names.prototype))?;
        if proto.is_object() {
            vm.set_prototype(array.as_object(), proto);
        }
    }
    Ok(array)
}

fn construct_array(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    if args.len() == 1 && args[0].is_number() {
        let n = args[0].as_number();
        if n as u32 as f64 != n {
            return Err(vm.range_error("Invalid array length"));
        }
        return Ok(Value::object(new_array_with_length(vm, n as u64)?));
    }
    Ok(Value::object(vm.new_array(args.to_vec())))
}

/// ArrayCreate(len): an array of `len` holes.
fn new_array_with_length(vm: &mut Vm, len: u64) -> JsResult<Gc<JsObject>> {
    if len > u32::MAX as u64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let a = vm.new_array(Vec::new());
    vm.truncate_or_extend(a, len as u32);
    Ok(a)
}

fn is_array(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.is_array(arg(args, 0))?))
}

fn species(_: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}

/// Whether `c` is this realm's Array constructor (recognised by its
/// non-writable, non-configurable `prototype`).
fn is_array_constructor(vm: &mut Vm, c: Value) -> bool {
    let Some(o) = c.to_object_opt() else {
        return false;
    };
    let proto = Value::object(vm.realm.intrinsics.array_prototype);
    matches!(o.class, ObjectClass::Native(_))
        && matches!(vm.get_own(o, Key::Prop(vm.realm.names.prototype)), Some(Own::Data(p, _)) if p == proto)
}

/// The result object of Array.from / Array.of: `new C(...args)` when
/// `this` is another constructor (a subclass), else a plain array.
fn create_from_constructor(vm: &mut Vm, c: Value, len: Option<u64>) -> JsResult<Gc<JsObject>> {
    if vm.is_constructor(c) && !is_array_constructor(vm, c) {
        let args: Vec<Value> = len.map(|l| Value::number(l as f64)).into_iter().collect();
        let o = vm.construct(c, &args, c)?;
        if !o.is_object() {
            return Err(vm.type_error("object constructor did not return an object"));
        }
        return Ok(o.as_object());
    }
    new_array_with_length(vm, len.unwrap_or(0))
}

/// ArraySpeciesCreate: the methods that build a new array from an array
/// (map, filter, slice, splice, concat, flat, flatMap) build an instance of
/// its subclass, through `constructor[Symbol.species]`.
fn species_create(vm: &mut Vm, original: Value, len: u64) -> JsResult<Gc<JsObject>> {
    if !vm.is_array(original)? {
        return new_array_with_length(vm, len);
    }
    let mut c = vm.get(original, Key::Prop(vm.realm.names.constructor))?;
    if c.is_object() {
        c = vm.get(c, Key::Prop(PropertyKey::Symbol(vm.symbols.species)))?;
        if c.is_null() {
            c = Value::UNDEFINED;
        }
    }
    if c.is_undefined() {
        return new_array_with_length(vm, len);
    }
    if !vm.is_constructor(c) {
        return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    create_from_constructor(vm, c, Some(len))
}

fn of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let a = create_from_constructor(vm, this, Some(args.len() as u64))?;
    vm.with_roots(&[Value::object(a)], |vm| {
        for (i, &v) in args.iter().enumerate() {
            create_at(vm, a, i as u64, v)?;
        }
        set_length(vm, Value::object(a), args.len() as u64)
    })?;
    Ok(Value::object(a))
}

/// `typeof value` as V8's "is not iterable" message starts: `object null`,
/// `number 1`, `undefined`, `object`.
pub(super) fn iterable_site(vm: &Vm, v: Value) -> String {
    let ty = vm.type_of(v);
    if v.is_null() || v.is_bool() || v.is_number() {
        format!("{ty} {}", vm.to_display_string(v))
    } else if v.is_string() {
        format!("{ty} \"{}\"", v.as_string().to_rust_string())
    } else {
        ty.to_string()
    }
}

/// Throws V8's message when `v` has no callable Symbol.iterator, naming it
/// with `site`. Runs no code: an accessor (or a proxy) is left to the
/// iteration, so it runs exactly once.
pub(super) fn check_iterable(
    vm: &mut Vm,
    v: Value,
    site: fn(&Vm, Value) -> String,
) -> JsResult<()> {
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.iterator));
    let holder = match v.to_object_opt() {
        Some(o) => Some(o),
        None if v.is_nullish() => None,
        None => Some(vm.prototype_of_primitive(v, key)?),
    };
    let iterable = match holder.map(|h| vm.find(h, key)) {
        Some(Found::Property(_, Own::Data(method, _))) => vm.is_callable(method),
        // A getter or a proxy decides when `Vm::iterate` asks.
        Some(Found::Property(_, Own::Accessor(..)) | Found::Proxy(_)) => true,
        Some(Found::Absent) | None => false,
    };
    if iterable {
        return Ok(());
    }
    let site = site(vm, v);
    Err(vm.type_error(&format!(
        "{site} is not iterable (cannot read property Symbol(Symbol.iterator))"
    )))
}

fn from(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (items, map_fn, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !map_fn.is_undefined() && !vm.is_callable(map_fn) {
        let d = vm.callee_description(map_fn);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    if items.is_nullish() {
        check_iterable(vm, items, iterable_site)?;
    }
    let method = vm.get(items, Key::Prop(PropertyKey::Symbol(vm.symbols.iterator)))?;
    let mapped = |vm: &mut Vm, v: Value, k: u64| -> JsResult<Value> {
        if map_fn.is_undefined() {
            Ok(v)
        } else {
            vm.call(map_fn, this_arg, &[v, Value::number(k as f64)])
        }
    };
    if !method.is_nullish() {
        if !vm.is_callable(method) {
            return Err(vm.type_error(
                "%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function",
            ));
        }
        let iterator = vm.iterator_from_method(items, method)?;
        let a = vm.with_roots(&[iterator], |vm| create_from_constructor(vm, this, None))?;
        let mut k = 0u64;
        vm.with_roots(&[Value::object(a), iterator], |vm| {
            vm.iterate_iterator(iterator, |vm, v| {
                let v = mapped(vm, v, k)?;
                create_at(vm, a, k, v)?;
                k += 1;
                Ok(true)
            })?;
            set_length(vm, Value::object(a), k)
        })?;
        return Ok(Value::object(a));
    }
    let source = vm.to_object(items)?;
    let len = length_of_array_like(vm, source)? as u64;
    let a = create_from_constructor(vm, this, Some(len))?;
    vm.with_roots(&[Value::object(a), source], |vm| {
        for k in 0..len {
            let v = get_at(vm, source, k)?;
            let v = mapped(vm, v, k)?;
            create_at(vm, a, k, v)?;
        }
        set_length(vm, Value::object(a), len)
    })?;
    Ok(Value::object(a))
}

// ---- element access by (possibly huge) index ----

/// The property key of index `i`: an array index below 2^32 - 1, a
/// string key above.
fn index_key(vm: &mut Vm, i: u64) -> Key {
    if i < u32::MAX as u64 {
        Key::Index(i as u32)
    } else {
        vm.key_from_str(&i.to_string())
    }
}

fn get_at(vm: &mut Vm, o: Value, i: u64) -> JsResult<Value> {
    let k = index_key(vm, i);
    vm.get(o, k)
}

fn has_at(vm: &mut Vm, o: Value, i: u64) -> JsResult<bool> {
    let k = index_key(vm, i);
    vm.has_property(o.as_object(), k)
}

fn set_at(vm: &mut Vm, o: Value, i: u64, v: Value) -> JsResult<()> {
    let k = index_key(vm, i);
    vm.set(o, k, v, true)
}

fn delete_at(vm: &mut Vm, o: Value, i: u64) -> JsResult<()> {
    let k = index_key(vm, i);
    vm.delete(o.as_object(), k, true)?;
    Ok(())
}

/// CreateDataPropertyOrThrow on a result object (a species constructor's
/// may be non-extensible, a proxy, or hold a non-configurable element).
fn create_at(vm: &mut Vm, a: Gc<JsObject>, i: u64, v: Value) -> JsResult<()> {
    let k = index_key(vm, i);
    let element = PropertyDescriptor::data(v, Attrs::DEFAULT);
    define_or_throw(vm, a, k, &element)
}

/// Moves element `from` to `to`, or deletes `to` when `from` is a hole
/// (the step shift, unshift, splice and copyWithin repeat).
fn move_element(vm: &mut Vm, o: Value, from: u64, to: u64) -> JsResult<()> {
    if has_at(vm, o, from)? {
        let v = get_at(vm, o, from)?;
        set_at(vm, o, to, v)
    } else {
        delete_at(vm, o, to)
    }
}

fn set_length(vm: &mut Vm, o: Value, len: u64) -> JsResult<()> {
    vm.set(
        o,
        Key::Prop(vm.realm.names.length),
        Value::number(len as f64),
        true,
    )
}

/// `this` as an object and its length. Methods V8 names in the null
/// error pass their name.
fn this_array(vm: &mut Vm, this: Value, method: Option<&str>) -> JsResult<(Value, u64)> {
    if this.is_nullish()
        && let Some(m) = method
    {
        return Err(vm.type_error(&format!("Array.prototype.{m} called on null or undefined")));
    }
    let o = vm.to_object(this)?;
    let len = length_of_array_like(vm, o)? as u64;
    Ok((o, len))
}

/// A relative index argument (negative counts from the end) clamped to
/// `0..=len`; `undefined` gives `default`.
pub(super) fn relative(vm: &mut Vm, v: Value, len: u64, default: u64) -> JsResult<u64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let r = vm.to_integer(v)?;
    Ok(if r < 0.0 {
        (len as f64 + r).max(0.0) as u64
    } else {
        r.min(len as f64) as u64
    })
}

pub(super) fn callback(vm: &mut Vm, f: Value) -> JsResult<Value> {
    if !vm.is_callable(f) {
        let d = vm.callee_description(f);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    Ok(f)
}

// ---- stack and queue ----

fn push(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let n = args.len() as u64;
    if len + n > MAX_LENGTH {
        return Err(vm.type_error(&format!(
            "Pushing {n} elements on an array-like of length {len} is disallowed, as the total surpasses 2**53-1"
        )));
    }
    for (i, &v) in args.iter().enumerate() {
        set_at(vm, o, len + i as u64, v)?;
    }
    set_length(vm, o, len + n)?;
    Ok(Value::number((len + n) as f64))
}

fn pop(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    if len == 0 {
        set_length(vm, o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    // Fast path: a dense array loses its last element without becoming
    // holey (V8 keeps the elements kind; the optimizer relies on it).
    let mut obj = o.as_object();
    if obj.is_array() && obj.sparse.is_none() && obj.elements.len() as u64 == len {
        let v = obj.elements.pop().unwrap();
        if !v.is_hole() {
            vm.truncate_or_extend(obj, len as u32 - 1);
            return Ok(v);
        }
        obj.elements.push(v);
    }
    let v = get_at(vm, o, len - 1)?;
    delete_at(vm, o, len - 1)?;
    set_length(vm, o, len - 1)?;
    Ok(v)
}

fn shift(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    if len == 0 {
        set_length(vm, o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = get_at(vm, o, 0)?;
    // Fast path: a dense array (no holes to look through) shifts its
    // backing store.
    let mut obj = o.as_object();
    if obj.is_array()
        && obj.sparse.is_none()
        && obj.elements.len() as u64 == len
        && !obj.elements.iter().any(|v| v.is_hole())
    {
        obj.elements.remove(0);
        vm.truncate_or_extend(obj, len as u32 - 1);
        return Ok(first);
    }
    for k in 1..len {
        move_element(vm, o, k, k - 1)?;
    }
    delete_at(vm, o, len - 1)?;
    set_length(vm, o, len - 1)?;
    Ok(first)
}

fn unshift(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let n = args.len() as u64;
    if n > 0 {
        if len + n > MAX_LENGTH {
            return Err(vm.type_error("Invalid array length"));
        }
        for k in (0..len).rev() {
            move_element(vm, o, k, k + n)?;
        }
        for (i, &v) in args.iter().enumerate() {
            set_at(vm, o, i as u64, v)?;
        }
    }
    set_length(vm, o, len + n)?;
    Ok(Value::number((len + n) as f64))
}

// ---- copying and reordering ----

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let start = relative(vm, arg(args, 0), len, 0)?;
    let end = relative(vm, arg(args, 1), len, len)?;
    let count = end.saturating_sub(start);
    let a = species_create(vm, o, count)?;
    vm.with_roots(&[Value::object(a)], |vm| {
        for (n, k) in (start..end).enumerate() {
            if has_at(vm, o, k)? {
                let v = get_at(vm, o, k)?;
                create_at(vm, a, n as u64, v)?;
            }
        }
        set_length(vm, Value::object(a), count)
    })?;
    Ok(Value::object(a))
}

/// The start and delete count of splice/toSpliced.
fn splice_range(vm: &mut Vm, args: &[Value], len: u64) -> JsResult<(u64, u64)> {
    let start = relative(vm, arg(args, 0), len, 0)?;
    let delete = match args.len() {
        0 => 0,
        1 => len - start,
        _ => (vm.to_integer(args[1])?.max(0.0) as u64).min(len - start),
    };
    Ok((start, delete))
}

fn splice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let (start, delete) = splice_range(vm, args, len)?;
    let items = args.get(2..).unwrap_or(&[]);
    let n = items.len() as u64;
    if len + n - delete > MAX_LENGTH {
        return Err(vm.type_error("Invalid array length"));
    }
    let removed = species_create(vm, o, delete)?;
    vm.with_roots(&[Value::object(removed)], |vm| {
        for k in 0..delete {
            if has_at(vm, o, start + k)? {
                let v = get_at(vm, o, start + k)?;
                create_at(vm, removed, k, v)?;
            }
        }
        set_length(vm, Value::object(removed), delete)?;
        if n < delete {
            for k in start..len - delete {
                move_element(vm, o, k + delete, k + n)?;
            }
            for k in (len - delete + n..len).rev() {
                delete_at(vm, o, k)?;
            }
        } else if n > delete {
            for k in (start..len - delete).rev() {
                move_element(vm, o, k + delete, k + n)?;
            }
        }
        for (i, &v) in items.iter().enumerate() {
            set_at(vm, o, start + i as u64, v)?;
        }
        set_length(vm, o, len - delete + n)
    })?;
    Ok(Value::object(removed))
}

/// IsConcatSpreadable: `Symbol.isConcatSpreadable` when defined, else
/// whether it is an array.
fn is_concat_spreadable(vm: &mut Vm, v: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.is_concat_spreadable));
    let spreadable = vm.get(v, key)?;
    if spreadable.is_undefined() {
        vm.is_array(v)
    } else {
        Ok(vm.to_boolean(spreadable))
    }
}

fn concat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm_to_object_named(vm, this, "concat")?;
    let a = species_create(vm, o, 0)?;
    vm.with_roots(&[Value::object(a), o], |vm| {
        let mut n = 0u64;
        for item in std::iter::once(o).chain(args.iter().copied()) {
            if !is_concat_spreadable(vm, item)? {
                create_at(vm, a, n, item)?;
                n += 1;
                continue;
            }
            let len = length_of_array_like(vm, item)? as u64;
            if n + len > MAX_LENGTH {
                return Err(vm.type_error("Invalid array length"));
            }
            for k in 0..len {
                if has_at(vm, item, k)? {
                    let v = get_at(vm, item, k)?;
                    create_at(vm, a, n + k, v)?;
                }
            }
            n += len;
        }
        set_length(vm, Value::object(a), n)
    })?;
    Ok(Value::object(a))
}

/// ToObject(this) with V8's "Array.prototype.x called on null or
/// undefined" message.
fn vm_to_object_named(vm: &mut Vm, this: Value, method: &str) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error(&format!(
            "Array.prototype.{method} called on null or undefined"
        )));
    }
    vm.to_object(this)
}

fn reverse(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    for lower in 0..len / 2 {
        let upper = len - lower - 1;
        let lower_value = if has_at(vm, o, lower)? {
            Some(get_at(vm, o, lower)?)
        } else {
            None
        };
        let upper_value = if has_at(vm, o, upper)? {
            Some(get_at(vm, o, upper)?)
        } else {
            None
        };
        match upper_value {
            Some(v) => set_at(vm, o, lower, v)?,
            None => delete_at(vm, o, lower)?,
        }
        match lower_value {
            Some(v) => set_at(vm, o, upper, v)?,
            None => delete_at(vm, o, upper)?,
        }
    }
    Ok(o)
}

fn copy_within(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let to = relative(vm, arg(args, 0), len, 0)?;
    let from = relative(vm, arg(args, 1), len, 0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    // Copy backwards when the ranges overlap with the target after the
    // source.
    if from < to && to < from + count {
        for i in (0..count).rev() {
            move_element(vm, o, from + i, to + i)?;
        }
    } else {
        for i in 0..count {
            move_element(vm, o, from + i, to + i)?;
        }
    }
    Ok(o)
}

fn fill(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let start = relative(vm, arg(args, 1), len, 0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    let value = arg(args, 0);
    if let Some(array) = plain_growable_array(vm, o, end) {
        // Every [[Set]] would find nothing but the array's own elements.
        for k in start..end {
            vm.set_element(array, k as u32, value);
        }
        return Ok(o);
    }
    for k in start..end {
        set_at(vm, o, k, value)?;
    }
    Ok(o)
}

/// `o` as an array whose indices below `end` a builtin may write directly
/// (what [[Set]] would do): extensible with a writable length and plain
/// elements, inheriting from the intrinsic Array.prototype and
/// Object.prototype while they have no indexed properties (so no setter or
/// read-only element is found on the way).
fn plain_growable_array(vm: &Vm, o: Value, end: u64) -> Option<Gc<JsObject>> {
    let array = o.to_object_opt()?;
    let intrinsics = &vm.realm.intrinsics;
    let (array_proto, object_proto) = (intrinsics.array_prototype, intrinsics.object_prototype);
    let no_elements = |p: Gc<JsObject>| p.elements.is_empty() && p.sparse.is_none();
    let plain = matches!(
        array.class,
        ObjectClass::Array {
            length_writable: true,
            ..
        }
    ) && array.sparse.is_none()
        && array.map.extensible
        && array.map.prototype == Value::object(array_proto)
        && array_proto.map.prototype == Value::object(object_proto)
        && no_elements(array_proto)
        && no_elements(object_proto)
        && end <= u32::MAX as u64;
    plain.then_some(array)
}

// ---- joining ----

thread_local! {
    /// Arrays being joined, innermost last: a cycle joins as "" (as in
    /// V8) instead of recursing forever.
    static JOIN_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Joins the elements of `o` with `sep`; `locale` converts each through
/// its `toLocaleString`.
pub(super) fn join_elements(
    vm: &mut Vm,
    o: Value,
    len: u64,
    sep: &[u16],
    locale: bool,
) -> JsResult<Value> {
    let addr = o.cell_addr();
    if JOIN_STACK.with(|s| s.borrow().contains(&addr)) {
        return Ok(Value::string(vm.intern("")));
    }
    JOIN_STACK.with(|s| s.borrow_mut().push(addr));
    let r = join_units(vm, o, len, sep, locale);
    JOIN_STACK.with(|s| s.borrow_mut().pop());
    let units = r?;
    Ok(vm.new_string(units.into_boxed_slice()))
}

fn join_units(vm: &mut Vm, o: Value, len: u64, sep: &[u16], locale: bool) -> JsResult<Vec<u16>> {
    let mut out: Vec<u16> = Vec::new();
    for k in 0..len {
        if k > 0 {
            out.extend_from_slice(sep);
        }
        let mut v = get_at(vm, o, k)?;
        if v.is_nullish() {
            continue;
        }
        if locale {
            let f = vm.get_named(v, "toLocaleString")?;
            v = vm.call(f, v, &[])?;
        }
        out.extend_from_slice(vm.to_string(v)?.units());
        if out.len() > MAX_STRING_LENGTH {
            return Err(vm.range_error("Invalid string length"));
        }
    }
    Ok(out)
}

fn join(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let sep: Vec<u16> = if arg(args, 0).is_undefined() {
        vec![b',' as u16]
    } else {
        vm.to_string(args[0])?.units().to_vec()
    };
    join_elements(vm, o, len, &sep, false)
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let f = vm.get_named(o, "join")?;
    if vm.is_callable(f) {
        return vm.call(f, o, &[]);
    }
    // Without a callable `join`: %Object.prototype.toString%.
    super::object::object_to_string(vm, o, &[], Value::UNDEFINED)
}

fn to_locale_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    join_elements(vm, o, len, &[b',' as u16], true)
}

// ---- searching ----

/// The start index of indexOf/includes: `fromIndex` relative to `len`,
/// or None when it is past the end.
fn search_start(vm: &mut Vm, from: Value, len: u64) -> JsResult<Option<u64>> {
    let n = vm.to_integer(from)?;
    if n >= len as f64 {
        return Ok(None);
    }
    Ok(Some(if n >= 0.0 {
        n as u64
    } else {
        (len as f64 + n).max(0.0) as u64
    }))
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, Some("indexOf"))?;
    if len == 0 {
        return Ok(Value::int(-1));
    }
    let Some(start) = search_start(vm, arg(args, 1), len)? else {
        return Ok(Value::int(-1));
    };
    let target = arg(args, 0);
    for k in start..len {
        if has_at(vm, o, k)? {
            let v = get_at(vm, o, k)?;
            if vm.strict_equals(v, target) {
                return Ok(Value::number(k as f64));
            }
        }
    }
    Ok(Value::int(-1))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    if len == 0 {
        return Ok(Value::int(-1));
    }
    let n = if args.len() > 1 {
        vm.to_integer(args[1])?
    } else {
        len as f64 - 1.0
    };
    let start = if n >= 0.0 {
        n.min(len as f64 - 1.0)
    } else {
        len as f64 + n
    };
    if start < 0.0 {
        return Ok(Value::int(-1));
    }
    let target = arg(args, 0);
    for k in (0..=start as u64).rev() {
        if has_at(vm, o, k)? {
            let v = get_at(vm, o, k)?;
            if vm.strict_equals(v, target) {
                return Ok(Value::number(k as f64));
            }
        }
    }
    Ok(Value::int(-1))
}

fn includes(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    if len == 0 {
        return Ok(Value::FALSE);
    }
    let Some(start) = search_start(vm, arg(args, 1), len)? else {
        return Ok(Value::FALSE);
    };
    let target = arg(args, 0);
    for k in start..len {
        let v = get_at(vm, o, k)?;
        if vm.same_value_zero(v, target) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let r = vm.to_integer(arg(args, 0))?;
    let k = if r >= 0.0 { r } else { len as f64 + r };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::UNDEFINED);
    }
    get_at(vm, o, k as u64)
}

/// find, findIndex, findLast, findLastIndex: every index (holes read as
/// undefined), forwards or backwards; the first hit's index and value.
fn find_generic(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    method: &str,
    backwards: bool,
) -> JsResult<Option<(u64, Value)>> {
    let (o, len) = this_array(vm, this, Some(method))?;
    let f = callback(vm, arg(args, 0))?;
    let this_arg = arg(args, 1);
    for i in 0..len {
        let k = if backwards { len - 1 - i } else { i };
        let v = get_at(vm, o, k)?;
        let r = vm.call(f, this_arg, &[v, Value::number(k as f64), o])?;
        if vm.to_boolean(r) {
            return Ok(Some((k, v)));
        }
    }
    Ok(None)
}

fn found_value(r: Option<(u64, Value)>) -> Value {
    r.map_or(Value::UNDEFINED, |(_, v)| v)
}

fn found_index(r: Option<(u64, Value)>) -> Value {
    r.map_or(Value::int(-1), |(k, _)| Value::number(k as f64))
}

fn find(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(found_value(find_generic(vm, this, args, "find", false)?))
}

fn find_index(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(found_index(find_generic(
        vm,
        this,
        args,
        "findIndex",
        false,
    )?))
}

fn find_last(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(found_value(find_generic(vm, this, args, "findLast", true)?))
}

fn find_last_index(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(found_index(find_generic(
        vm,
        this,
        args,
        "findLastIndex",
        true,
    )?))
}

// ---- callbacks over present elements ----

/// Runs `f(element, index, o)` over the present elements below `len`
/// (holes are skipped); `visit` sees the index, element and result and
/// says whether to go on.
fn each(
    vm: &mut Vm,
    (o, len): (Value, u64),
    f: Value,
    this_arg: Value,
    mut visit: impl FnMut(&mut Vm, u64, Value, Value) -> JsResult<bool>,
) -> JsResult<()> {
    for k in 0..len {
        if !has_at(vm, o, k)? {
            continue;
        }
        let v = get_at(vm, o, k)?;
        let r = vm.call(f, this_arg, &[v, Value::number(k as f64), o])?;
        if !visit(vm, k, v, r)? {
            break;
        }
    }
    Ok(())
}

/// `this` and its length, and the checked callback, for the methods
/// that run one per element.
fn with_callback(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    method: &str,
) -> JsResult<((Value, u64), Value)> {
    let target = this_array(vm, this, Some(method))?;
    let f = callback(vm, arg(args, 0))?;
    Ok((target, f))
}

fn for_each(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (target, f) = with_callback(vm, this, args, "forEach")?;
    each(vm, target, f, arg(args, 1), |_, _, _, _| Ok(true))?;
    Ok(Value::UNDEFINED)
}

fn map(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (target, f) = with_callback(vm, this, args, "map")?;
    let a = species_create(vm, target.0, target.1)?;
    vm.with_roots(&[Value::object(a), target.0], |vm| {
        each(vm, target, f, arg(args, 1), |vm, k, _, r| {
            create_at(vm, a, k, r)?;
            Ok(true)
        })
    })?;
    Ok(Value::object(a))
}

fn filter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (target, f) = with_callback(vm, this, args, "filter")?;
    let a = species_create(vm, target.0, 0)?;
    let mut n = 0;
    vm.with_roots(&[Value::object(a), target.0], |vm| {
        each(vm, target, f, arg(args, 1), |vm, _, v, r| {
            if vm.to_boolean(r) {
                create_at(vm, a, n, v)?;
                n += 1;
            }
            Ok(true)
        })
    })?;
    Ok(Value::object(a))
}

fn some(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (target, f) = with_callback(vm, this, args, "some")?;
    let mut found = false;
    each(vm, target, f, arg(args, 1), |vm, _, _, r| {
        found = vm.to_boolean(r);
        Ok(!found)
    })?;
    Ok(Value::bool(found))
}

fn every(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (target, f) = with_callback(vm, this, args, "every")?;
    let mut all = true;
    each(vm, target, f, arg(args, 1), |vm, _, _, r| {
        all = vm.to_boolean(r);
        Ok(all)
    })?;
    Ok(Value::bool(all))
}

fn reduce_impl(vm: &mut Vm, this: Value, args: &[Value], right: bool) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, Some(if right { "reduceRight" } else { "reduce" }))?;
    let f = callback(vm, arg(args, 0))?;
    let index = |i: u64| if right { len - 1 - i } else { i };
    let mut i = 0;
    let mut acc = if args.len() > 1 {
        args[1]
    } else {
        // The first present element starts the accumulation.
        loop {
            if i >= len {
                return Err(vm.type_error("Reduce of empty array with no initial value"));
            }
            i += 1;
            if has_at(vm, o, index(i - 1))? {
                break get_at(vm, o, index(i - 1))?;
            }
        }
    };
    while i < len {
        let k = index(i);
        if has_at(vm, o, k)? {
            let v = get_at(vm, o, k)?;
            acc = vm.call(f, Value::UNDEFINED, &[acc, v, Value::number(k as f64), o])?;
        }
        i += 1;
    }
    Ok(acc)
}

fn reduce(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    reduce_impl(vm, this, args, false)
}

fn reduce_right(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    reduce_impl(vm, this, args, true)
}

// ---- flat ----

/// FlattenIntoArray: appends `source`'s present elements (mapped, if a
/// mapper is given) to `target` from `start`, spreading arrays `depth`
/// levels deep. Returns the next target index.
fn flatten_into(
    vm: &mut Vm,
    target: Gc<JsObject>,
    (source, len): (Value, u64),
    start: u64,
    depth: f64,
    mapper: Option<(Value, Value)>,
) -> JsResult<u64> {
    let mut n = start;
    for k in 0..len {
        if !has_at(vm, source, k)? {
            continue;
        }
        let mut v = get_at(vm, source, k)?;
        if let Some((f, this_arg)) = mapper {
            v = vm.call(f, this_arg, &[v, Value::number(k as f64), source])?;
        }
        if depth > 0.0 && vm.is_array(v)? {
            n = vm.with_roots(&[v], |vm| {
                let len = length_of_array_like(vm, v)? as u64;
                flatten_into(vm, target, (v, len), n, depth - 1.0, None)
            })?;
        } else {
            if n >= MAX_LENGTH {
                return Err(vm.type_error("Invalid array length"));
            }
            create_at(vm, target, n, v)?;
            n += 1;
        }
    }
    Ok(n)
}

fn flat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let len = length_of_array_like(vm, o)? as u64;
    let depth = if arg(args, 0).is_undefined() {
        1.0
    } else {
        vm.to_integer(args[0])?.max(0.0)
    };
    let a = species_create(vm, o, 0)?;
    vm.with_roots(&[Value::object(a), o], |vm| {
        flatten_into(vm, a, (o, len), 0, depth, None)
    })?;
    Ok(Value::object(a))
}

fn flat_map(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let len = length_of_array_like(vm, o)? as u64;
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        return Err(vm.type_error("flatMap mapper function is not callable"));
    }
    let a = species_create(vm, o, 0)?;
    vm.with_roots(&[Value::object(a), o], |vm| {
        flatten_into(vm, a, (o, len), 0, 1.0, Some((f, arg(args, 1))))
    })?;
    Ok(Value::object(a))
}

// ---- sorting ----

fn check_comparator(vm: &mut Vm, cmp: Value) -> JsResult<()> {
    if !cmp.is_undefined() && !vm.is_callable(cmp) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    Ok(())
}

/// SortIndexedProperties + sorting: the elements of `o` below `len` (holes
/// skipped when `skip_holes`, else read as undefined), sorted stably with
/// undefined last. The caller keeps the result rooted.
fn sorted_elements(
    vm: &mut Vm,
    o: Value,
    len: u64,
    cmp: Value,
    skip_holes: bool,
) -> JsResult<Vec<Value>> {
    let mut items = Vec::new();
    let mut undefined_count = 0;
    let mark = vm.temp_roots.len();
    let r = (|| {
        for k in 0..len {
            if skip_holes && !has_at(vm, o, k)? {
                continue;
            }
            let v = get_at(vm, o, k)?;
            if v.is_undefined() {
                undefined_count += 1;
            } else {
                // The list is on the Rust heap: root its values.
                vm.temp_roots.push(v);
                items.push(v);
            }
        }
        sort_values(vm, items, cmp)
    })();
    vm.temp_roots.truncate(mark);
    let mut sorted = r?;
    sorted.extend(std::iter::repeat_n(Value::UNDEFINED, undefined_count));
    Ok(sorted)
}

/// A stable merge sort with the comparator, or by ToString when there is
/// none (each value converted once).
fn sort_values(vm: &mut Vm, items: Vec<Value>, cmp: Value) -> JsResult<Vec<Value>> {
    if !cmp.is_undefined() {
        return merge_sort(vm, items, &mut |vm, a, b| {
            let r = vm.call(cmp, Value::UNDEFINED, &[a, b])?;
            Ok(vm.to_number(r)? > 0.0)
        });
    }
    let mut keyed = Vec::with_capacity(items.len());
    for v in items {
        let s = vm.to_string(v)?;
        vm.temp_roots.push(Value::string(s));
        keyed.push((s, v));
    }
    keyed.sort_by(|a, b| a.0.units().cmp(b.0.units()));
    Ok(keyed.into_iter().map(|(_, v)| v).collect())
}

/// Stable merge sort; `greater(a, b)` says whether `a` sorts after `b`.
pub(super) fn merge_sort(
    vm: &mut Vm,
    v: Vec<Value>,
    greater: &mut impl FnMut(&mut Vm, Value, Value) -> JsResult<bool>,
) -> JsResult<Vec<Value>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    let mid = v.len() / 2;
    let left = merge_sort(vm, v[..mid].to_vec(), greater)?;
    let right = merge_sort(vm, v[mid..].to_vec(), greater)?;
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if greater(vm, left[i], right[j])? {
            out.push(right[j]);
            j += 1;
        } else {
            out.push(left[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

fn sort(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(vm, cmp)?;
    let (o, len) = this_array(vm, this, None)?;
    let sorted = sorted_elements(vm, o, len, cmp, true)?;
    let count = sorted.len() as u64;
    vm.with_roots(&sorted, |vm| {
        for (j, &v) in sorted.iter().enumerate() {
            set_at(vm, o, j as u64, v)?;
        }
        // Holes gather at the end.
        for k in count..len {
            delete_at(vm, o, k)?;
        }
        Ok(())
    })?;
    Ok(o)
}

// ---- copying variants (toReversed, toSorted, toSpliced, with) ----

/// A new array of `len` elements computed by `element(k)`.
fn build_array(
    vm: &mut Vm,
    len: u64,
    mut element: impl FnMut(&mut Vm, u64) -> JsResult<Value>,
) -> JsResult<Value> {
    let a = new_array_with_length(vm, len)?;
    vm.with_roots(&[Value::object(a)], |vm| {
        for k in 0..len {
            let v = element(vm, k)?;
            create_at(vm, a, k, v)?;
        }
        Ok(())
    })?;
    Ok(Value::object(a))
}

fn to_reversed(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    build_array(vm, len, |vm, k| get_at(vm, o, len - 1 - k))
}

fn to_sorted(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(vm, cmp)?;
    let (o, len) = this_array(vm, this, None)?;
    if len > u32::MAX as u64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let sorted = sorted_elements(vm, o, len, cmp, false)?;
    Ok(Value::object(vm.new_array(sorted)))
}

fn to_spliced(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let (start, skip) = splice_range(vm, args, len)?;
    let items = args.get(2..).unwrap_or(&[]);
    let new_len = len + items.len() as u64 - skip;
    if new_len > MAX_LENGTH {
        return Err(vm.type_error("Invalid array length"));
    }
    build_array(vm, new_len, |vm, k| {
        if k < start {
            get_at(vm, o, k)
        } else if k - start < items.len() as u64 {
            Ok(items[(k - start) as usize])
        } else {
            get_at(vm, o, k - items.len() as u64 + skip)
        }
    })
}

fn with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this, None)?;
    let r = vm.to_integer(arg(args, 0))?;
    let index = if r >= 0.0 { r } else { len as f64 + r };
    if index < 0.0 || index >= len as f64 {
        let shown = crate::runtime::conversions::number_to_string(r);
        return Err(vm.range_error(&format!("Invalid index : {shown}")));
    }
    let value = arg(args, 1);
    build_array(vm, len, |vm, k| {
        if k == index as u64 {
            Ok(value)
        } else {
            get_at(vm, o, k)
        }
    })
}

// ---- iterators ----

fn make_iterator(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let proto = Value::object(vm.realm.intrinsics.array_iterator_prototype);
    let it = vm.new_object_with_proto(
        proto,
        ObjectClass::ArrayIterator {
            target: o,
            index: 0,
            kind,
        },
    );
    Ok(Value::object(it))
}

fn values(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iterator(vm, this, IterKind::Values)
}
fn keys(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iterator(vm, this, IterKind::Keys)
}
fn entries(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iterator(vm, this, IterKind::Entries)
}
