//! Binary data: ArrayBuffers, the typed-array views over them and the
//! element types' conversions. A typed array keeps no elements of its own:
//! every indexed access reads or writes its buffer's bytes, and
//! `property` routes numeric keys here (the integer-indexed exotic object
//! of ES2020 §9.4.5).

use super::conversions::{number_to_string, to_int32};
use super::function::JsResult;
use super::heap::Gc;
use super::map::Attrs;
use super::object::{JsObject, ObjectClass};
use super::property::{Key, Own};
use super::string::JsString;
use super::value::Value;
use super::vm::Vm;
use crate::runtime::map::PropertyKey;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ElementType {
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float32,
    Float64,
}

impl ElementType {
    pub const ALL: [ElementType; 9] = [
        ElementType::Int8,
        ElementType::Uint8,
        ElementType::Uint8Clamped,
        ElementType::Int16,
        ElementType::Uint16,
        ElementType::Int32,
        ElementType::Uint32,
        ElementType::Float32,
        ElementType::Float64,
    ];

    pub fn size(self) -> usize {
        match self {
            ElementType::Int8 | ElementType::Uint8 | ElementType::Uint8Clamped => 1,
            ElementType::Int16 | ElementType::Uint16 => 2,
            ElementType::Int32 | ElementType::Uint32 | ElementType::Float32 => 4,
            ElementType::Float64 => 8,
        }
    }

    /// The constructor's name.
    pub fn name(self) -> &'static str {
        match self {
            ElementType::Int8 => "Int8Array",
            ElementType::Uint8 => "Uint8Array",
            ElementType::Uint8Clamped => "Uint8ClampedArray",
            ElementType::Int16 => "Int16Array",
            ElementType::Uint16 => "Uint16Array",
            ElementType::Int32 => "Int32Array",
            ElementType::Uint32 => "Uint32Array",
            ElementType::Float32 => "Float32Array",
            ElementType::Float64 => "Float64Array",
        }
    }

    /// Position in `ALL` (and in the realm's per-type tables).
    pub fn index(self) -> usize {
        self as usize
    }

    /// RawBytesToNumeric.
    pub fn decode(self, bytes: &[u8], little_endian: bool) -> f64 {
        let mut b = [0u8; 8];
        let n = self.size();
        b[..n].copy_from_slice(&bytes[..n]);
        if !little_endian {
            b[..n].reverse();
        }
        match self {
            ElementType::Int8 => b[0] as i8 as f64,
            ElementType::Uint8 | ElementType::Uint8Clamped => b[0] as f64,
            ElementType::Int16 => i16::from_le_bytes([b[0], b[1]]) as f64,
            ElementType::Uint16 => u16::from_le_bytes([b[0], b[1]]) as f64,
            ElementType::Int32 => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            ElementType::Uint32 => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            ElementType::Float32 => f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            ElementType::Float64 => f64::from_le_bytes(b),
        }
    }

    /// NumericToRawBytes: the element's conversion (modular for the
    /// integer types, rounding for clamped and float32), `size()` bytes.
    pub fn encode(self, v: f64, little_endian: bool) -> [u8; 8] {
        let mut b = [0u8; 8];
        let wrapped = to_int32(v);
        match self {
            ElementType::Int8 | ElementType::Uint8 => b[0] = wrapped as u8,
            ElementType::Uint8Clamped => b[0] = clamp_to_uint8(v),
            ElementType::Int16 | ElementType::Uint16 => {
                b[..2].copy_from_slice(&(wrapped as u16).to_le_bytes())
            }
            ElementType::Int32 | ElementType::Uint32 => {
                b[..4].copy_from_slice(&(wrapped as u32).to_le_bytes())
            }
            ElementType::Float32 => b[..4].copy_from_slice(&(v as f32).to_le_bytes()),
            ElementType::Float64 => b = v.to_le_bytes(),
        }
        if !little_endian {
            b[..self.size()].reverse();
        }
        b
    }
}

/// ToUint8Clamp: round half to even, NaN to 0.
fn clamp_to_uint8(v: f64) -> u8 {
    if v.is_nan() || v <= 0.0 {
        return 0;
    }
    if v >= 255.0 {
        return 255;
    }
    let f = v.floor();
    let r = if v - f > 0.5 || (v - f == 0.5 && f % 2.0 != 0.0) {
        f + 1.0
    } else {
        f
    };
    r as u8
}

/// A typed array's internal slots.
#[derive(Clone, Copy, Debug)]
pub struct View {
    pub kind: ElementType,
    pub buffer: Value,
    /// Byte offset into the buffer.
    pub offset: usize,
    /// [[ArrayLength]]: the element count while the buffer is attached.
    /// Read it through `length()`, which sees a detached buffer.
    element_count: usize,
}

impl View {
    pub fn new(kind: ElementType, buffer: Value, offset: usize, length: usize) -> View {
        View {
            kind,
            buffer,
            offset,
            element_count: length,
        }
    }

    pub fn is_detached(&self) -> bool {
        is_detached(self.buffer)
    }

    /// The element count now: 0 once the buffer is detached.
    pub fn length(&self) -> usize {
        if self.is_detached() {
            0
        } else {
            self.element_count
        }
    }

    pub fn byte_length(&self) -> usize {
        self.length() * self.kind.size()
    }

    /// The byte offset now: 0 once the buffer is detached.
    pub fn byte_offset(&self) -> usize {
        if self.is_detached() { 0 } else { self.offset }
    }

    /// Element `i`, or None when it is not a valid index (any more): user
    /// code run between a method's start and this read may have detached
    /// the buffer.
    pub fn get(&self, i: usize) -> Option<f64> {
        if i >= self.length() {
            return None;
        }
        let at = self.offset + i * self.kind.size();
        let kind = self.kind;
        Some(with_bytes(self.buffer, |b| kind.decode(&b[at..], true)))
    }

    /// Every element, in order (none once the buffer is detached): a
    /// snapshot taken before writes that may overlap the same buffer.
    pub fn elements(&self) -> Vec<f64> {
        (0..self.length()).filter_map(|i| self.get(i)).collect()
    }

    /// Writes element `i`; a write to an index that is not valid (any
    /// more) does nothing, as IntegerIndexedElementSet says.
    pub fn set(&self, i: usize, v: f64) {
        if i >= self.length() {
            return;
        }
        let at = self.offset + i * self.kind.size();
        let n = self.kind.size();
        let raw = self.kind.encode(v, true);
        with_bytes(self.buffer, |b| b[at..at + n].copy_from_slice(&raw[..n]));
    }
}

/// The bytes of an ArrayBuffer object (none once it is detached).
pub fn with_bytes<R>(buffer: Value, f: impl FnOnce(&mut [u8]) -> R) -> R {
    let mut o = buffer.as_object();
    match &mut o.class {
        ObjectClass::ArrayBuffer(Some(bytes)) => f(bytes),
        ObjectClass::ArrayBuffer(None) => f(&mut []),
        _ => unreachable!("an ArrayBuffer"),
    }
}

/// IsDetachedBuffer.
pub fn is_detached(buffer: Value) -> bool {
    matches!(buffer.as_object().class, ObjectClass::ArrayBuffer(None))
}

/// DetachArrayBuffer: takes the data block away from `buffer` (and from
/// every view over it), for a transfer to take over.
pub fn detach(buffer: Value) -> Vec<u8> {
    let mut o = buffer.as_object();
    match &mut o.class {
        ObjectClass::ArrayBuffer(bytes) => bytes.take().unwrap_or_default(),
        _ => unreachable!("an ArrayBuffer"),
    }
}

pub fn view_of(o: Gc<JsObject>) -> Option<View> {
    match o.class {
        ObjectClass::TypedArray(v) => Some(v),
        _ => None,
    }
}

/// CanonicalNumericIndexString for a property key: the number a numeric
/// key stands for ("1", "-0", "1.5", "Infinity"), or None for other keys.
pub fn numeric_index(key: Key) -> Option<f64> {
    match key {
        Key::Index(i) => Some(i as f64),
        Key::Prop(PropertyKey::String(s)) => canonical_numeric_string(s),
        Key::Prop(PropertyKey::Symbol(_)) => None,
    }
}

fn canonical_numeric_string(s: Gc<JsString>) -> Option<f64> {
    let text = s.to_rust_string();
    if text == "-0" {
        return Some(-0.0);
    }
    let n = super::conversions::string_to_number(&text);
    (number_to_string(n) == text).then_some(n)
}

/// IsValidIntegerIndex: the element index a numeric key names, if any.
fn valid_index(view: &View, n: f64) -> Option<usize> {
    let valid = n.fract() == 0.0 && !(n == 0.0 && n.is_sign_negative()) && n >= 0.0;
    (valid && n < view.length() as f64).then_some(n as usize)
}

/// What a numeric key means on a typed array: an element, or nothing at
/// all (the prototype chain is not consulted).
pub enum IndexedKey {
    NotNumeric,
    Element(usize),
    Invalid,
}

pub fn classify(o: Gc<JsObject>, key: Key) -> (Option<View>, IndexedKey) {
    let Some(view) = view_of(o) else {
        return (None, IndexedKey::NotNumeric);
    };
    match numeric_index(key) {
        None => (Some(view), IndexedKey::NotNumeric),
        Some(n) => match valid_index(&view, n) {
            Some(i) => (Some(view), IndexedKey::Element(i)),
            None => (Some(view), IndexedKey::Invalid),
        },
    }
}

/// An element as an own property: writable, enumerable, configurable.
/// `i` comes from `classify` just before, so it is a valid index.
pub fn element_property(view: &View, i: usize) -> Own {
    let n = view.get(i).expect("classify found a valid index");
    Own::Data(Value::number(n), Attrs::DEFAULT)
}

impl Vm {
    /// A new zero-filled ArrayBuffer with the given prototype.
    pub fn new_array_buffer(&mut self, proto: Value, length: usize) -> JsResult<Value> {
        if length > MAX_BUFFER_BYTES {
            return Err(self.range_error("Array buffer allocation failed"));
        }
        Ok(self.array_buffer_with(proto, vec![0; length]))
    }

    /// An ArrayBuffer that owns `bytes` (a transferred data block).
    pub fn array_buffer_with(&mut self, proto: Value, bytes: Vec<u8>) -> Value {
        self.heap.note_allocation(bytes.len());
        let o = self.new_object_with_proto(proto, ObjectClass::ArrayBuffer(Some(bytes)));
        self.check_heap_limit();
        Value::object(o)
    }

    /// IntegerIndexedElementSet: converts first (which may run code),
    /// then writes if the index is still valid.
    pub fn typed_array_set(&mut self, o: Gc<JsObject>, n: f64, v: Value) -> JsResult<()> {
        let number = self.to_number(v)?;
        if let Some(view) = view_of(o)
            && let Some(i) = valid_index(&view, n)
        {
            view.set(i, number);
        }
        Ok(())
    }
}

/// The largest buffer a program may allocate (V8's limit on 64-bit).
pub const MAX_BUFFER_BYTES: usize = 1 << 32;
