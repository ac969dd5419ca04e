//! `ArrayBuffer` and `DataView`.

use super::keyed::{define_species, define_tag, prototype_from_new_target};
use super::typed_array::{detached_error, ensure_attached};
use super::{arg, define_getter};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::object::ObjectClass;
use crate::runtime::typed_array::{ElementType, MAX_BUFFER_BYTES, is_detached, with_bytes};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.array_buffer_prototype;
    let ctor = super::install_constructor(vm, "ArrayBuffer", array_buffer_ctor, 1, proto);
    vm.realm.array_buffer_constructor = Value::object(ctor);
    vm.define_native(ctor, "isView", is_view, 1);
    define_species(vm, ctor);
    define_getter(vm, proto, "byteLength", buffer_byte_length);
    vm.define_native(proto, "slice", slice, 2);
    define_tag(vm, proto, "ArrayBuffer");

    let proto = vm.realm.intrinsics.data_view_prototype;
    super::install_constructor(vm, "DataView", data_view_ctor, 1, proto);
    define_getter(vm, proto, "buffer", view_buffer);
    define_getter(vm, proto, "byteLength", view_byte_length);
    define_getter(vm, proto, "byteOffset", view_byte_offset);
    let accessors: [(&str, NativeFn, NativeFn); 8] = [
        ("Int8", get::<0>, set::<0>),
        ("Uint8", get::<1>, set::<1>),
        ("Int16", get::<3>, set::<3>),
        ("Uint16", get::<4>, set::<4>),
        ("Int32", get::<5>, set::<5>),
        ("Uint32", get::<6>, set::<6>),
        ("Float32", get::<7>, set::<7>),
        ("Float64", get::<8>, set::<8>),
    ];
    for (name, getter, setter) in accessors {
        vm.define_native(proto, &format!("get{name}"), getter, 1);
        vm.define_native(proto, &format!("set{name}"), setter, 2);
    }
    define_tag(vm, proto, "DataView");
}

/// ToIndex, with the RangeError V8 words for the caller.
pub(super) fn to_index(vm: &mut Vm, v: Value, message: &str) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(0);
    }
    let n = vm.to_integer(v)?;
    if !(0.0..=9007199254740991.0).contains(&n) {
        return Err(vm.range_error(message));
    }
    Ok(n as usize)
}

fn array_buffer_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(vm.type_error("Constructor ArrayBuffer requires 'new'"));
    }
    let length = to_index(vm, arg(args, 0), "Invalid array buffer length")?;
    if length > MAX_BUFFER_BYTES {
        return Err(vm.range_error("Array buffer allocation failed"));
    }
    let fallback = vm.realm.intrinsics.array_buffer_prototype;
    let proto = prototype_from_new_target(vm, nt, fallback)?;
    vm.new_array_buffer(proto, length)
}

fn is_view(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let view = arg(args, 0).to_object_opt().is_some_and(|o| {
        matches!(
            o.class,
            ObjectClass::TypedArray(_) | ObjectClass::DataView { .. }
        )
    });
    Ok(Value::bool(view))
}

/// The receiver's byte length (0 once detached).
fn this_buffer(vm: &mut Vm, this: Value, method: &str) -> JsResult<usize> {
    match this
        .to_object_opt()
        .map(|o| matches!(o.class, ObjectClass::ArrayBuffer(_)))
    {
        Some(true) => Ok(with_bytes(this, |b| b.len())),
        _ => {
            let shown = vm.to_display_string(this);
            Err(vm.type_error(&format!(
                "Method ArrayBuffer.prototype.{method} called on incompatible receiver {shown}"
            )))
        }
    }
}

fn buffer_byte_length(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let n = this_buffer(vm, this, "byteLength")?;
    Ok(Value::number(n as f64))
}

/// A relative position (negative counts from the end) clamped to `0..=len`.
pub(super) fn relative(vm: &mut Vm, v: Value, len: usize, default: usize) -> JsResult<usize> {
    Ok(super::array::relative(vm, v, len as u64, default as u64)? as usize)
}

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let len = this_buffer(vm, this, "slice")?;
    let operation = || "ArrayBuffer.prototype.slice".to_string();
    ensure_attached(vm, is_detached(this), operation)?;
    let first = relative(vm, arg(args, 0), len, 0)?;
    let last = relative(vm, arg(args, 1), len, len)?;
    let count = last.saturating_sub(first);
    let default = vm.realm.array_buffer_constructor;
    let c = super::species_constructor(vm, this, default)?;
    let new = vm.construct(c, &[Value::number(count as f64)], c)?;
    let ok = new
        .to_object_opt()
        .is_some_and(|o| matches!(o.class, ObjectClass::ArrayBuffer(_)));
    if !ok {
        return Err(vm.type_error("ArrayBuffer subclass returned this from species constructor"));
    }
    ensure_attached(vm, is_detached(new), operation)?;
    if new == this {
        return Err(vm.type_error("ArrayBuffer subclass returned this from species constructor"));
    }
    if with_bytes(new, |b| b.len()) < count {
        return Err(vm.type_error("Species constructor returned a too small ArrayBuffer"));
    }
    // The species constructor may have detached the receiver.
    ensure_attached(vm, is_detached(this), operation)?;
    let bytes = with_bytes(this, |b| b[first..first + count].to_vec());
    with_bytes(new, |b| b[..count].copy_from_slice(&bytes));
    Ok(new)
}

// ---- DataView ----

fn data_view_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(vm.type_error("Constructor DataView requires 'new'"));
    }
    let buffer = arg(args, 0);
    let is_buffer = buffer
        .to_object_opt()
        .is_some_and(|o| matches!(o.class, ObjectClass::ArrayBuffer(_)));
    if !is_buffer {
        return Err(vm.type_error("First argument to DataView constructor must be an ArrayBuffer"));
    }
    let offset = to_index(
        vm,
        arg(args, 1),
        "Start offset is outside the bounds of the buffer",
    )?;
    let view_bounds = |vm: &mut Vm, length: Option<usize>| -> JsResult<usize> {
        if is_detached(buffer) {
            return Err(detached_error(vm, "DataView constructor"));
        }
        let buffer_length = with_bytes(buffer, |b| b.len());
        if offset > buffer_length {
            return Err(vm.range_error(&format!(
                "Start offset {offset} is outside the bounds of the buffer"
            )));
        }
        match length {
            None => Ok(buffer_length - offset),
            Some(n) if offset + n > buffer_length => {
                Err(vm.range_error(&format!("Invalid DataView length {n}")))
            }
            Some(n) => Ok(n),
        }
    };
    view_bounds(vm, None)?;
    let requested = if arg(args, 2).is_undefined() {
        None
    } else {
        Some(to_index(vm, arg(args, 2), "Invalid DataView length")?)
    };
    view_bounds(vm, requested)?;
    let fallback = vm.realm.intrinsics.data_view_prototype;
    let proto = prototype_from_new_target(vm, nt, fallback)?;
    // The prototype lookup ran user code: check the buffer again.
    let length = view_bounds(vm, requested)?;
    let class = ObjectClass::DataView {
        buffer,
        offset,
        length,
    };
    Ok(Value::object(vm.new_object_with_proto(proto, class)))
}

/// (buffer, byte offset, byte length) of a DataView receiver.
fn this_view(vm: &mut Vm, this: Value, method: &str) -> JsResult<(Value, usize, usize)> {
    if let Some(o) = this.to_object_opt()
        && let ObjectClass::DataView {
            buffer,
            offset,
            length,
        } = o.class
    {
        return Ok((buffer, offset, length));
    }
    let shown = vm.to_display_string(this);
    Err(vm.type_error(&format!(
        "Method DataView.prototype.{method} called on incompatible receiver {shown}"
    )))
}

fn view_buffer(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this_view(vm, this, "buffer")?.0)
}

/// GetViewByteLength / byteOffset: a detached buffer has neither.
fn view_byte_length(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (buffer, _, length) = this_view(vm, this, "byteLength")?;
    view_still_attached(vm, buffer, "byteLength")?;
    Ok(Value::number(length as f64))
}

fn view_byte_offset(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (buffer, offset, _) = this_view(vm, this, "byteOffset")?;
    view_still_attached(vm, buffer, "byteOffset")?;
    Ok(Value::number(offset as f64))
}

fn view_still_attached(vm: &mut Vm, buffer: Value, method: &str) -> JsResult<()> {
    ensure_attached(vm, is_detached(buffer), || {
        format!("DataView.prototype.{method}")
    })
}

/// GetViewValue: the element type is `ElementType::ALL[T]`.
fn get<const T: usize>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let kind = ElementType::ALL[T];
    let method = format!("get{}", kind_name(kind));
    let (buffer, offset, length) = this_view(vm, this, &method)?;
    let index = to_index(
        vm,
        arg(args, 0),
        "Offset is outside the bounds of the DataView",
    )?;
    let little = vm.to_boolean(arg(args, 1));
    view_still_attached(vm, buffer, &method)?;
    if index + kind.size() > length {
        return Err(vm.range_error("Offset is outside the bounds of the DataView"));
    }
    let at = offset + index;
    Ok(Value::number(with_bytes(buffer, |b| {
        kind.decode(&b[at..], little)
    })))
}

/// SetViewValue.
fn set<const T: usize>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let kind = ElementType::ALL[T];
    let method = format!("set{}", kind_name(kind));
    let (buffer, offset, length) = this_view(vm, this, &method)?;
    let index = to_index(
        vm,
        arg(args, 0),
        "Offset is outside the bounds of the DataView",
    )?;
    let n = vm.to_number(arg(args, 1))?;
    let little = vm.to_boolean(arg(args, 2));
    view_still_attached(vm, buffer, &method)?;
    if index + kind.size() > length {
        return Err(vm.range_error("Offset is outside the bounds of the DataView"));
    }
    let at = offset + index;
    let raw = kind.encode(n, little);
    with_bytes(buffer, |b| {
        b[at..at + kind.size()].copy_from_slice(&raw[..kind.size()])
    });
    Ok(Value::UNDEFINED)
}

/// "Int8" for Int8Array's element type.
fn kind_name(kind: ElementType) -> &'static str {
    kind.name().trim_end_matches("Array")
}
