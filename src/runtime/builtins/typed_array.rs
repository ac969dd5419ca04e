//! %TypedArray% and the nine typed array constructors (no BigInt ones):
//! construction from a length, an array-like, an iterable, another typed
//! array or a buffer, and the prototype methods. Elements are read and
//! written through `typed_array::View`.

use super::arg;
use super::array::{callback, join_elements, merge_sort};
use super::array_buffer::{relative, to_index};
use super::define_getter;
use super::keyed::{define_species, prototype_from_new_target};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{IterKind, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::typed_array::{
    ElementType, MAX_BUFFER_BYTES, View, is_detached, view_of, with_bytes,
};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const CONSTRUCTORS: [NativeFn; 9] = [
    construct::<0>,
    construct::<1>,
    construct::<2>,
    construct::<3>,
    construct::<4>,
    construct::<5>,
    construct::<6>,
    construct::<7>,
    construct::<8>,
];

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.typed_array_prototype;
    let abstract_ctor = vm.new_native_function("TypedArray", abstract_constructor, 0, true);
    vm.define_data(
        abstract_ctor,
        Key::Prop(vm.realm.names.prototype),
        Value::object(proto),
        Attrs::NONE,
    );
    vm.define_data(
        proto,
        Key::Prop(vm.realm.names.constructor),
        Value::object(abstract_ctor),
        Attrs::HIDDEN,
    );
    vm.define_native(abstract_ctor, "from", from, 1);
    vm.define_native(abstract_ctor, "of", of, 0);
    define_species(vm, abstract_ctor);
    define_getter(vm, proto, "buffer", buffer);
    define_getter(vm, proto, "byteLength", byte_length);
    define_getter(vm, proto, "byteOffset", byte_offset);
    define_getter(vm, proto, "length", length);
    let methods: [(&str, NativeFn, u32); 29] = [
        ("at", at, 1),
        ("copyWithin", copy_within, 2),
        ("entries", entries, 0),
        ("every", every, 1),
        ("fill", fill, 1),
        ("filter", filter, 1),
        ("find", find, 1),
        ("findIndex", find_index, 1),
        ("findLast", find_last, 1),
        ("findLastIndex", find_last_index, 1),
        ("forEach", for_each, 1),
        ("includes", includes, 1),
        ("indexOf", index_of, 1),
        ("join", join, 1),
        ("keys", keys, 0),
        ("lastIndexOf", last_index_of, 1),
        ("map", map, 1),
        ("reduce", reduce, 1),
        ("reduceRight", reduce_right, 1),
        ("reverse", reverse, 0),
        ("set", set, 1),
        ("slice", slice, 2),
        ("some", some, 1),
        ("sort", sort, 1),
        ("subarray", subarray, 2),
        ("toLocaleString", to_locale_string, 0),
        ("toReversed", to_reversed, 0),
        ("toSorted", to_sorted, 1),
        ("with", with, 2),
    ];
    for (name, f, length) in methods {
        vm.define_native(proto, name, f, length);
    }
    // `values` is also `[Symbol.iterator]`; `toString` is Array's.
    let values = vm.define_native(proto, "values", values, 0);
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.iterator));
    vm.define_data(proto, key, Value::object(values), Attrs::HIDDEN);
    let array_to_string = vm.get_named(
        Value::object(vm.realm.intrinsics.array_prototype),
        "toString",
    );
    if let Ok(f) = array_to_string {
        vm.define_value(proto, "toString", f, Attrs::HIDDEN);
    }
    let tag = vm.new_native_function("get [Symbol.toStringTag]", to_string_tag, 0, false);
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    vm.define_accessor(
        proto,
        key,
        Some(Value::object(tag)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );

    for kind in ElementType::ALL {
        let p = vm.realm.typed_array_prototypes[kind.index()];
        let ctor = super::install_constructor(vm, kind.name(), CONSTRUCTORS[kind.index()], 3, p);
        vm.set_prototype(ctor, Value::object(abstract_ctor));
        let size = Value::int(kind.size() as i32);
        vm.define_value(ctor, "BYTES_PER_ELEMENT", size, Attrs::NONE);
        vm.define_value(p, "BYTES_PER_ELEMENT", size, Attrs::NONE);
        vm.realm.typed_array_constructors[kind.index()] = Value::object(ctor);
    }
}

fn abstract_constructor(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.type_error("Abstract class TypedArray not directly constructable"))
}

// ---- construction ----

/// A new typed array over a fresh zeroed buffer.
fn allocate(vm: &mut Vm, kind: ElementType, proto: Value, length: usize) -> JsResult<Value> {
    let buffer_proto = Value::object(vm.realm.intrinsics.array_buffer_prototype);
    let Some(bytes) = length.checked_mul(kind.size()) else {
        return Err(vm.range_error(&format!("Invalid typed array length: {length}")));
    };
    let buffer = vm.new_array_buffer(buffer_proto, bytes)?;
    let view = View::new(kind, buffer, 0, length);
    Ok(Value::object(vm.new_object_with_proto(
        proto,
        ObjectClass::TypedArray(view),
    )))
}

/// `new Int8Array(…)` and the other eight.
fn construct<const K: usize>(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let kind = ElementType::ALL[K];
    if nt.is_undefined() {
        return Err(vm.type_error(&format!("Constructor {} requires 'new'", kind.name())));
    }
    let fallback = vm.realm.typed_array_prototypes[K];
    let proto = prototype_from_new_target(vm, nt, fallback)?;
    let first = arg(args, 0);
    let Some(source) = first.to_object_opt() else {
        let message = format!(
            "Invalid typed array length: {}",
            vm.to_display_string(first)
        );
        let length = to_index(vm, first, &message)?;
        return allocate(vm, kind, proto, length);
    };
    match source.class {
        ObjectClass::ArrayBuffer(_) => over_buffer(vm, kind, proto, first, args),
        ObjectClass::TypedArray(other) => {
            if other.is_detached() {
                return Err(detached_error(vm, "Construct"));
            }
            let result = allocate(vm, kind, proto, other.length())?;
            let view = view_of(result.as_object()).unwrap();
            for (i, n) in other.elements().into_iter().enumerate() {
                view.set(i, n);
            }
            Ok(result)
        }
        _ => from_object(vm, kind, proto, first),
    }
}

/// `new T(buffer, byteOffset, length)`: a view sharing the buffer.
fn over_buffer(
    vm: &mut Vm,
    kind: ElementType,
    proto: Value,
    buffer: Value,
    args: &[Value],
) -> JsResult<Value> {
    let size = kind.size();
    let name = kind.name();
    let offset = to_index(
        vm,
        arg(args, 1),
        "Start offset is outside the bounds of the buffer",
    )?;
    if offset % size != 0 {
        return Err(vm.range_error(&format!(
            "start offset of {name} should be a multiple of {size}"
        )));
    }
    let requested = if arg(args, 2).is_undefined() {
        None
    } else {
        let shown = vm.to_display_string(args[2]);
        Some(to_index(
            vm,
            args[2],
            &format!("Invalid typed array length: {shown}"),
        )?)
    };
    if is_detached(buffer) {
        return Err(detached_error(vm, "Construct"));
    }
    let buffer_length = with_bytes(buffer, |b| b.len());
    let length = match requested {
        None => {
            if buffer_length % size != 0 {
                return Err(vm.range_error(&format!(
                    "byte length of {name} should be a multiple of {size}"
                )));
            }
            if offset > buffer_length {
                return Err(vm.range_error(&format!(
                    "Start offset {offset} is outside the bounds of the buffer"
                )));
            }
            (buffer_length - offset) / size
        }
        Some(n) => {
            if offset + n * size > buffer_length {
                return Err(vm.range_error(&format!("Invalid typed array length: {n}")));
            }
            n
        }
    };
    let view = View::new(kind, buffer, offset, length);
    Ok(Value::object(vm.new_object_with_proto(
        proto,
        ObjectClass::TypedArray(view),
    )))
}

/// `new T(iterable)` or `new T(arrayLike)`.
fn from_object(vm: &mut Vm, kind: ElementType, proto: Value, source: Value) -> JsResult<Value> {
    // The values gathered are rooted in `temp_roots` until this returns.
    vm.with_roots(&[], |vm| from_object_rooted(vm, kind, proto, source))
}

fn from_object_rooted(
    vm: &mut Vm,
    kind: ElementType,
    proto: Value,
    source: Value,
) -> JsResult<Value> {
    let (values, len) = match iterable_values(vm, source)? {
        Some(values) => {
            let len = values.len();
            (Some(values), len)
        }
        None => {
            let len = vm.get(source, Key::Prop(vm.realm.names.length))?;
            let len = vm.to_integer(len)?.max(0.0);
            if len > (MAX_BUFFER_BYTES / kind.size()) as f64 {
                return Err(vm.range_error(&format!("Invalid typed array length: {len}")));
            }
            (None, len as usize)
        }
    };
    // The array is allocated before an array-like's elements are read.
    let result = allocate(vm, kind, proto, len)?;
    for i in 0..len {
        let v = match &values {
            Some(values) => values[i],
            None => vm.get(source, Key::Index(i as u32))?,
        };
        vm.set(result, Key::Index(i as u32), v, true)?;
    }
    Ok(result)
}

/// The values of an iterable (through `Symbol.iterator`) or else of an
/// array-like object, pushed on `temp_roots` (the caller truncates).
fn values_of(vm: &mut Vm, source: Value) -> JsResult<Vec<Value>> {
    if let Some(values) = iterable_values(vm, source)? {
        return Ok(values);
    }
    let o = vm.to_object(source)?;
    let len = vm.get(o, Key::Prop(vm.realm.names.length))?;
    let len = vm.to_integer(len)?.max(0.0) as u64;
    let mut values = Vec::new();
    for i in 0..len {
        let v = vm.get(o, Key::Index(i as u32))?;
        vm.temp_roots.push(v);
        values.push(v);
    }
    Ok(values)
}

/// The values of `source` through its `Symbol.iterator`, if it has one,
/// pushed on `temp_roots` (the caller truncates).
fn iterable_values(vm: &mut Vm, source: Value) -> JsResult<Option<Vec<Value>>> {
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.iterator));
    let method = vm.get(source, key)?;
    let mut values = Vec::new();
    if method.is_nullish() {
        return Ok(None);
    }
    {
        if !vm.is_callable(method) {
            let shown = vm.to_display_string(source);
            return Err(vm.type_error(&format!("{shown} is not iterable")));
        }
        let iterator = vm.iterator_from_method(source, method)?;
        let next = vm.get(iterator, Key::Prop(vm.realm.names.next))?;
        loop {
            let r = vm.call(next, iterator, &[])?;
            if !r.is_object() {
                let d = vm.to_display_string(r);
                return Err(vm.type_error(&format!("Iterator result {d} is not an object")));
            }
            let done = vm.get(r, Key::Prop(vm.realm.names.done))?;
            if vm.to_boolean(done) {
                return Ok(Some(values));
            }
            let v = vm.get(r, Key::Prop(vm.realm.names.value))?;
            vm.temp_roots.push(v);
            values.push(v);
        }
    }
}

/// TypedArrayCreate(C, args): constructs and validates the result.
fn create(vm: &mut Vm, c: Value, args: &[Value]) -> JsResult<(Value, View)> {
    let result = vm.construct(c, args, c)?;
    let Some(view) = result.to_object_opt().and_then(view_of) else {
        return Err(vm.type_error("this is not a typed array."));
    };
    if view.is_detached() {
        return Err(detached_error(vm, "Construct"));
    }
    if let [n] = args
        && n.is_number()
        && (view.length() as f64) < n.as_number()
    {
        return Err(
            vm.type_error("Derived TypedArray constructor created an array which was too small")
        );
    }
    Ok((result, view))
}

/// TypedArraySpeciesCreate with a length.
fn species_create(
    vm: &mut Vm,
    exemplar: &View,
    this: Value,
    length: usize,
) -> JsResult<(Value, View)> {
    let default = vm.realm.typed_array_constructors[exemplar.kind.index()];
    let c = super::species_constructor(vm, this, default)?;
    create(vm, c, &[Value::number(length as f64)])
}

fn from(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_constructor(this) {
        let shown = vm.to_display_string(this);
        return Err(vm.type_error(&format!("{shown} is not a constructor")));
    }
    let mapper = arg(args, 1);
    if !mapper.is_undefined() && !vm.is_callable(mapper) {
        let shown = vm.to_display_string(mapper);
        return Err(vm.type_error(&format!("{shown} is not a function")));
    }
    vm.with_roots(&[], |vm| {
        let values = values_of(vm, arg(args, 0))?;
        let (result, _) = create(vm, this, &[Value::number(values.len() as f64)])?;
        for (i, &v) in values.iter().enumerate() {
            let v = if mapper.is_undefined() {
                v
            } else {
                vm.call(mapper, arg(args, 2), &[v, Value::number(i as f64)])?
            };
            vm.set(result, Key::Index(i as u32), v, true)?;
        }
        Ok(result)
    })
}

fn of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_constructor(this) {
        let shown = vm.to_display_string(this);
        return Err(vm.type_error(&format!("{shown} is not a constructor")));
    }
    let (result, _) = create(vm, this, &[Value::number(args.len() as f64)])?;
    for (i, &v) in args.iter().enumerate() {
        vm.set(result, Key::Index(i as u32), v, true)?;
    }
    Ok(result)
}

// ---- accessors ----

/// The receiver's view, attached or not (the accessors, `set` and
/// `subarray` read a detached one).
fn receiver_view(vm: &mut Vm, this: Value) -> JsResult<View> {
    match this.to_object_opt().and_then(view_of) {
        Some(view) => Ok(view),
        None => Err(vm.type_error("this is not a typed array.")),
    }
}

/// ValidateTypedArray: the receiver's view, over an attached buffer.
fn this_view(vm: &mut Vm, this: Value, method: &str) -> JsResult<View> {
    let view = receiver_view(vm, this)?;
    still_attached(vm, &view, method)?;
    Ok(view)
}

/// The check a method repeats after running user code (a conversion, a
/// species constructor) that may have detached the buffer.
fn still_attached(vm: &mut Vm, view: &View, method: &str) -> JsResult<()> {
    ensure_attached(vm, view.is_detached(), || {
        format!("%TypedArray%.prototype.{method}")
    })
}

/// Throws V8's TypeError for `operation` (named only then) if the buffer
/// it works on is detached.
pub(super) fn ensure_attached(
    vm: &mut Vm,
    detached: bool,
    operation: impl FnOnce() -> String,
) -> JsResult<()> {
    if detached {
        return Err(detached_error(vm, &operation()));
    }
    Ok(())
}

/// V8's TypeError for an operation on a detached buffer.
pub(super) fn detached_error(vm: &mut Vm, operation: &str) -> Value {
    vm.type_error(&format!(
        "Cannot perform {operation} on a detached ArrayBuffer"
    ))
}

fn buffer(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(receiver_view(vm, this)?.buffer)
}

fn byte_length(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(receiver_view(vm, this)?.byte_length() as f64))
}

fn byte_offset(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(receiver_view(vm, this)?.byte_offset() as f64))
}

fn length(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(receiver_view(vm, this)?.length() as f64))
}

fn to_string_tag(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(match this.to_object_opt().and_then(view_of) {
        Some(view) => vm.str(view.kind.name()),
        None => Value::UNDEFINED,
    })
}

// ---- methods ----

/// Get(O, i): undefined once the buffer is detached.
fn element(view: &View, i: usize) -> Value {
    view.get(i).map_or(Value::UNDEFINED, Value::number)
}

fn at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "at")?;
    let len = view.length();
    let n = vm.to_integer(arg(args, 0))?;
    let i = if n < 0.0 { len as f64 + n } else { n };
    if i < 0.0 || i >= len as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(element(&view, i as usize))
}

fn copy_within(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "copyWithin")?;
    let len = view.length();
    let to = relative(vm, arg(args, 0), len, 0)?;
    let from = relative(vm, arg(args, 1), len, 0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    if count > 0 {
        still_attached(vm, &view, "copyWithin")?;
        let size = view.kind.size();
        let (src, dst) = (view.offset + from * size, view.offset + to * size);
        with_bytes(view.buffer, |b| b.copy_within(src..src + count * size, dst));
    }
    Ok(this)
}

fn iterator(vm: &mut Vm, this: Value, kind: IterKind, method: &str) -> JsResult<Value> {
    this_view(vm, this, method)?;
    let proto = Value::object(vm.realm.intrinsics.array_iterator_prototype);
    let class = ObjectClass::ArrayIterator {
        target: this,
        index: 0,
        kind,
    };
    Ok(Value::object(vm.new_object_with_proto(proto, class)))
}

fn entries(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterator(vm, this, IterKind::Entries, "entries")
}
fn keys(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterator(vm, this, IterKind::Keys, "keys")
}
fn values(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterator(vm, this, IterKind::Values, "values")
}

/// Calls `f(element, index, array)` for each element in order (or in
/// reverse), until `stop` says so; returns the index it stopped at.
fn scan(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    (method, reverse): (&str, bool),
    mut stop: impl FnMut(&mut Vm, Value, usize, Value) -> JsResult<bool>,
) -> JsResult<Option<usize>> {
    let view = this_view(vm, this, method)?;
    let len = view.length();
    let f = callback(vm, arg(args, 0))?;
    let this_arg = arg(args, 1);
    for k in 0..len {
        let i = if reverse { len - 1 - k } else { k };
        let v = element(&view, i);
        let r = vm.call(f, this_arg, &[v, Value::number(i as f64), this])?;
        if stop(vm, v, i, r)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn every(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let failed = scan(vm, this, args, ("every", false), |vm, _, _, r| {
        Ok(!vm.to_boolean(r))
    })?;
    Ok(Value::bool(failed.is_none()))
}

fn some(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let found = scan(vm, this, args, ("some", false), |vm, _, _, r| {
        Ok(vm.to_boolean(r))
    })?;
    Ok(Value::bool(found.is_some()))
}

fn for_each(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    scan(vm, this, args, ("forEach", false), |_, _, _, _| Ok(false))?;
    Ok(Value::UNDEFINED)
}

fn find_value(vm: &mut Vm, this: Value, args: &[Value], how: (&str, bool)) -> JsResult<Value> {
    let mut found = Value::UNDEFINED;
    scan(vm, this, args, how, |vm, v, _, r| {
        let hit = vm.to_boolean(r);
        if hit {
            found = v;
        }
        Ok(hit)
    })?;
    Ok(found)
}

fn find_position(vm: &mut Vm, this: Value, args: &[Value], how: (&str, bool)) -> JsResult<Value> {
    let i = scan(vm, this, args, how, |vm, _, _, r| Ok(vm.to_boolean(r)))?;
    Ok(Value::number(i.map_or(-1.0, |i| i as f64)))
}

fn find(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_value(vm, this, args, ("find", false))
}
fn find_last(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_value(vm, this, args, ("findLast", true))
}
fn find_index(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_position(vm, this, args, ("findIndex", false))
}
fn find_last_index(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_position(vm, this, args, ("findLastIndex", true))
}

fn fill(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "fill")?;
    let len = view.length();
    let n = vm.to_number(arg(args, 0))?;
    let start = relative(vm, arg(args, 1), len, 0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    still_attached(vm, &view, "fill")?;
    for i in start..end {
        view.set(i, n);
    }
    Ok(this)
}

fn filter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "filter")?;
    let mut kept = Vec::new();
    scan(vm, this, args, ("filter", false), |vm, v, _, r| {
        if vm.to_boolean(r) {
            // An element read after a detach is undefined, kept as NaN.
            kept.push(vm.to_number(v)?);
        }
        Ok(false)
    })?;
    let (result, out) = species_create(vm, &view, this, kept.len())?;
    for (i, n) in kept.into_iter().enumerate() {
        out.set(i, n);
    }
    Ok(result)
}

fn map(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "map")?;
    let len = view.length();
    let f = callback(vm, arg(args, 0))?;
    let (result, _) = species_create(vm, &view, this, len)?;
    for i in 0..len {
        let v = vm.call(
            f,
            arg(args, 1),
            &[element(&view, i), Value::number(i as f64), this],
        )?;
        vm.set(result, Key::Index(i as u32), v, true)?;
    }
    Ok(result)
}

fn fold(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    (method, reverse): (&str, bool),
) -> JsResult<Value> {
    let view = this_view(vm, this, method)?;
    let len = view.length();
    let f = callback(vm, arg(args, 0))?;
    let mut order: Box<dyn Iterator<Item = usize>> = if reverse {
        Box::new((0..len).rev())
    } else {
        Box::new(0..len)
    };
    let mut acc = match args.get(1) {
        Some(&v) => v,
        None => match order.next() {
            Some(i) => element(&view, i),
            None => return Err(vm.type_error("Reduce of empty array with no initial value")),
        },
    };
    for i in order {
        acc = vm.call(
            f,
            Value::UNDEFINED,
            &[acc, element(&view, i), Value::number(i as f64), this],
        )?;
    }
    Ok(acc)
}

fn reduce(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    fold(vm, this, args, ("reduce", false))
}
fn reduce_right(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    fold(vm, this, args, ("reduceRight", true))
}

/// indexOf / lastIndexOf / includes: strict equality, or SameValueZero
/// for includes (which finds NaN). Once `fromIndex`'s conversion has
/// detached the buffer, includes sees undefined elements and indexOf none.
fn search(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    (method, backwards): (&str, bool),
    zero: bool,
) -> JsResult<Option<usize>> {
    let view = this_view(vm, this, method)?;
    let len = view.length();
    if len == 0 {
        return Ok(None);
    }
    let target = arg(args, 0);
    let matches = |x: Option<f64>| -> bool {
        match x {
            None => zero && target.is_undefined(),
            Some(_) if !target.is_number() => false,
            Some(x) => {
                let t = target.as_number();
                x == t || zero && x.is_nan() && t.is_nan()
            }
        }
    };
    if backwards {
        let start = if args.len() > 1 {
            let n = vm.to_integer(args[1])?;
            if n < 0.0 {
                len as f64 + n
            } else {
                n.min(len as f64 - 1.0)
            }
        } else {
            len as f64 - 1.0
        };
        if start < 0.0 {
            return Ok(None);
        }
        return Ok((0..=start as usize).rev().find(|&i| matches(view.get(i))));
    }
    let start = relative(vm, arg(args, 1), len, 0)?;
    Ok((start..len).find(|&i| matches(view.get(i))))
}

fn position(i: Option<usize>) -> Value {
    Value::number(i.map_or(-1.0, |i| i as f64))
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(position(search(vm, this, args, ("indexOf", false), false)?))
}
fn last_index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(position(search(
        vm,
        this,
        args,
        ("lastIndexOf", true),
        false,
    )?))
}
fn includes(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        search(vm, this, args, ("includes", false), true)?.is_some(),
    ))
}

fn join(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let len = this_view(vm, this, "join")?.length();
    let sep: Vec<u16> = if arg(args, 0).is_undefined() {
        vec![b',' as u16]
    } else {
        vm.to_string(args[0])?.units().to_vec()
    };
    join_elements(vm, this, len as u64, &sep, false)
}

fn to_locale_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let len = this_view(vm, this, "toLocaleString")?.length();
    join_elements(vm, this, len as u64, &[b',' as u16], true)
}

fn reverse(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "reverse")?;
    for (i, n) in view.elements().into_iter().rev().enumerate() {
        view.set(i, n);
    }
    Ok(this)
}

/// `set(source, offset)`: copies a typed array or an array-like in.
fn set(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let target = receiver_view(vm, this)?;
    let offset = vm.to_integer(arg(args, 1))?;
    if offset < 0.0 {
        return Err(vm.range_error("offset is out of bounds"));
    }
    still_attached(vm, &target, "set")?;
    let target_length = target.length();
    let source = arg(args, 0);
    if let Some(src) = source.to_object_opt().and_then(view_of) {
        still_attached(vm, &src, "set")?;
        if src.length() as f64 + offset > target_length as f64 {
            return Err(vm.range_error("offset is out of bounds"));
        }
        // Read everything first: the two views may share a buffer.
        for (i, n) in src.elements().into_iter().enumerate() {
            target.set(offset as usize + i, n);
        }
        return Ok(Value::UNDEFINED);
    }
    let o = vm.to_object(source)?;
    let len = vm.get(o, Key::Prop(vm.realm.names.length))?;
    let len = vm.to_integer(len)?.max(0.0);
    if len + offset > target_length as f64 {
        return Err(vm.range_error("offset is out of bounds"));
    }
    for i in 0..len as usize {
        let v = vm.get(o, Key::Index(i as u32))?;
        let n = vm.to_number(v)?;
        target.set(offset as usize + i, n);
    }
    Ok(Value::UNDEFINED)
}

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "slice")?;
    let len = view.length();
    let start = relative(vm, arg(args, 0), len, 0)?;
    let end = relative(vm, arg(args, 1), len, len)?;
    let count = end.saturating_sub(start);
    let (result, out) = species_create(vm, &view, this, count)?;
    if count == 0 {
        return Ok(result);
    }
    // The species constructor ran user code; a fixed-length buffer that
    // is still attached still holds every element asked for.
    still_attached(vm, &view, "slice")?;
    if out.kind == view.kind {
        let size = view.kind.size();
        let bytes = with_bytes(view.buffer, |b| {
            b[view.offset + start * size..view.offset + end.max(start) * size].to_vec()
        });
        with_bytes(out.buffer, |b| {
            b[out.offset..out.offset + bytes.len()].copy_from_slice(&bytes)
        });
    } else {
        for k in 0..count {
            if let Some(n) = view.get(start + k) {
                out.set(k, n);
            }
        }
    }
    Ok(result)
}

/// The default order: numeric, -0 before +0, NaN last.
fn numeric_greater(a: f64, b: f64) -> bool {
    if a.is_nan() {
        return !b.is_nan();
    }
    if b.is_nan() {
        return false;
    }
    a > b || a == 0.0 && b == 0.0 && !a.is_sign_negative() && b.is_sign_negative()
}

fn check_comparator(vm: &mut Vm, cmp: Value) -> JsResult<()> {
    if !cmp.is_undefined() && !vm.is_callable(cmp) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    Ok(())
}

fn sort(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(vm, cmp)?;
    let view = this_view(vm, this, "sort")?;
    sort_into(vm, &view, &view, cmp)?;
    Ok(this)
}

/// Sorts the elements of `from` into `to` (the same length).
fn sort_into(vm: &mut Vm, from: &View, to: &View, cmp: Value) -> JsResult<()> {
    let items: Vec<Value> = from.elements().into_iter().map(Value::number).collect();
    let sorted = merge_sort(vm, items, &mut |vm, a, b| {
        if cmp.is_undefined() {
            return Ok(numeric_greater(a.as_number(), b.as_number()));
        }
        let r = vm.call(cmp, Value::UNDEFINED, &[a, b])?;
        Ok(vm.to_number(r)? > 0.0)
    })?;
    for (i, v) in sorted.into_iter().enumerate() {
        to.set(i, v.as_number());
    }
    Ok(())
}

/// TypedArrayCreateSameType: a new array of the receiver's own type (no
/// species lookup).
fn same_type(vm: &mut Vm, view: &View) -> JsResult<(Value, View)> {
    let proto = Value::object(vm.realm.typed_array_prototypes[view.kind.index()]);
    let result = allocate(vm, view.kind, proto, view.length())?;
    Ok((result, view_of(result.as_object()).unwrap()))
}

fn to_reversed(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "toReversed")?;
    let (result, out) = same_type(vm, &view)?;
    for (i, n) in view.elements().into_iter().rev().enumerate() {
        out.set(i, n);
    }
    Ok(result)
}

fn to_sorted(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(vm, cmp)?;
    let view = this_view(vm, this, "toSorted")?;
    let (result, out) = same_type(vm, &view)?;
    sort_into(vm, &view, &out, cmp)?;
    Ok(result)
}

fn with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = this_view(vm, this, "with")?;
    let len = view.length();
    let relative = vm.to_integer(arg(args, 0))?;
    let index = if relative >= 0.0 {
        relative
    } else {
        len as f64 + relative
    };
    let n = vm.to_number(arg(args, 1))?;
    // IsValidIntegerIndex, after the conversions (which may detach).
    if index < 0.0 || index >= view.length() as f64 {
        return Err(vm.range_error("Invalid typed array index"));
    }
    let (result, out) = same_type(vm, &view)?;
    out.set(index as usize, n);
    for (i, v) in view.elements().into_iter().enumerate() {
        if i != index as usize {
            out.set(i, v);
        }
    }
    Ok(result)
}

fn subarray(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = receiver_view(vm, this)?;
    let len = view.length();
    let start = relative(vm, arg(args, 0), len, 0)?;
    let end = relative(vm, arg(args, 1), len, len)?;
    let count = end.saturating_sub(start);
    let default = vm.realm.typed_array_constructors[view.kind.index()];
    let c = super::species_constructor(vm, this, default)?;
    let offset = view.offset + start * view.kind.size();
    let (result, _) = create(
        vm,
        c,
        &[
            view.buffer,
            Value::number(offset as f64),
            Value::number(count as f64),
        ],
    )?;
    Ok(result)
}
