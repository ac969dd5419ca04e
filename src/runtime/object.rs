//! `JsObject`: every JavaScript object, with its map, named-property storage
//! and elements. What kind of object it is beyond that (array, function,
//! Map collection, generator…) lives in `class`.
//!
//! Property storage: the first `INOBJECT_SLOTS` named properties live inside
//! the object, the rest out of line; the map's descriptor says which slot.
//! Optimized code loads an in-object field at a fixed offset.

use std::collections::BTreeMap;

use super::function::{Closure, NativeFunction};
use super::heap::{Gc, Header, HeapCell, Trace, Tracer};
use super::map::{Attrs, ElementsKind, Map};
use super::string::JsString;
use super::value::Value;
use crate::interpreter::generator::GeneratorState;

pub const INOBJECT_SLOTS: usize = 4;

#[repr(C)]
pub struct JsObject {
    header: Header,
    pub map: Gc<Map>,
    pub inobject: [Value; INOBJECT_SLOTS],
    pub out_of_line: Vec<Value>,
    /// Dense elements (indices 0..len); holes are `Value::HOLE`. With
    /// double elements kinds every number here is stored as a double.
    pub elements: Vec<Value>,
    /// Sparse elements, used when the map's kind is `Dictionary`.
    pub sparse: Option<Box<BTreeMap<u32, (Value, Attrs)>>>,
    pub class: ObjectClass,
    /// Some map has had this object as its prototype (so it may stand in
    /// a prototype chain a cached transition went past).
    pub used_as_prototype: bool,
}

/// A getter/setter pair stored in the slot of an accessor property.
#[derive(Clone, Copy, Debug)]
pub struct AccessorPair {
    pub getter: Value,
    pub setter: Value,
}

pub enum ObjectClass {
    Ordinary,
    Array {
        length: u32,
        /// `length`'s [[Writable]]: once false (defineProperty, freeze),
        /// the array's elements are sparse and no index at or past the
        /// length can be added.
        length_writable: bool,
    },
    Closure(Closure),
    Native(NativeFunction),
    Bound {
        target: Value,
        this: Value,
        args: Vec<Value>,
    },
    Accessor(AccessorPair),
    /// A proxy exotic object (`runtime/proxy.rs`); target and handler are
    /// null once revoked. Whether it can be called or constructed is fixed
    /// by its target at creation.
    Proxy {
        target: Value,
        handler: Value,
        callable: bool,
        constructor: bool,
    },
    /// An error; `pending_trace` holds the frames of a `stack` not read yet
    /// (its `Name: message` line is written on first read, as V8 does).
    Error {
        pending_trace: Option<Gc<JsString>>,
    },
    /// A DOMException's name and message.
    DomException {
        name: Gc<JsString>,
        message: Gc<JsString>,
    },
    Boolean(bool),
    Number(f64),
    String(Gc<JsString>),
    Symbol(Value),
    Date(f64),
    RegExp(Box<super::builtins::regexp::RegExpData>),
    /// `arguments`; mapped arguments alias the parameters' context slots.
    Arguments {
        mapped: Option<(Value, Vec<u32>)>,
    },
    MapCollection(Box<super::collections::OrderedTable>),
    SetCollection(Box<super::collections::OrderedTable>),
    WeakMapCollection(Box<super::collections::OrderedTable>),
    WeakSetCollection(Box<super::collections::OrderedTable>),
    Generator(Box<GeneratorState>),
    Promise(Box<super::promise::PromiseState>),
    /// The shared record of a `Promise.all`/`allSettled`/`any` call
    /// (internal, never reachable from JavaScript).
    Combinator(Box<super::builtins::promise::CombinatorRecord>),
    /// CreateAsyncFromSyncIterator's object: a sync iterator seen through
    /// the async iterator protocol (`for await` over a sync iterable).
    AsyncFromSyncIterator {
        iterator: Value,
        next: Value,
    },
    /// A timer handle (`setTimeout`'s Timeout object) and its id.
    Timeout(u32),
    /// An ArrayBuffer's data block; None once it is detached.
    ArrayBuffer(Option<Vec<u8>>),
    TypedArray(super::typed_array::View),
    DataView {
        buffer: Value,
        offset: usize,
        length: usize,
    },
    ArrayIterator {
        target: Value,
        index: u32,
        kind: IterKind,
    },
    CollectionIterator {
        target: Value,
        index: u32,
        kind: IterKind,
    },
    StringIterator {
        target: Gc<JsString>,
        index: u32,
    },
    ForIn {
        keys: Vec<Value>,
        index: u32,
        object: Value,
    },
}

/// Constructors of native function payloads used by the bootstrap.
pub struct NativeFunctionClass;

impl NativeFunctionClass {
    /// `Function.prototype` is itself a function that returns undefined.
    pub fn noop() -> super::function::NativeFunction {
        fn noop(
            _: &mut super::vm::Vm,
            _: Value,
            _: &[Value],
            _: Value,
        ) -> super::function::JsResult<Value> {
            Ok(Value::UNDEFINED)
        }
        super::function::NativeFunction {
            func: noop,
            constructor: false,
            data: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

impl Trace for JsObject {
    fn trace(&self, t: &mut Tracer) {
        t.cell(self.map);
        t.values(&self.inobject);
        t.values(&self.out_of_line);
        t.values(&self.elements);
        if let Some(sparse) = &self.sparse {
            for (v, _) in sparse.values() {
                t.value(*v);
            }
        }
        match &self.class {
            ObjectClass::Closure(c) => c.trace(t),
            ObjectClass::Native(n) => t.values(&n.data),
            ObjectClass::Bound { target, this, args } => {
                t.value(*target);
                t.value(*this);
                t.values(args);
            }
            ObjectClass::Accessor(p) => {
                t.value(p.getter);
                t.value(p.setter);
            }
            ObjectClass::Proxy {
                target, handler, ..
            } => {
                t.value(*target);
                t.value(*handler);
            }
            ObjectClass::String(s) => t.cell(*s),
            ObjectClass::Error {
                pending_trace: Some(trace),
            } => t.cell(*trace),
            ObjectClass::DomException { name, message } => {
                t.cell(*name);
                t.cell(*message);
            }
            ObjectClass::Symbol(s) => t.value(*s),
            ObjectClass::Arguments {
                mapped: Some((ctx, _)),
            } => t.value(*ctx),
            ObjectClass::MapCollection(table)
            | ObjectClass::SetCollection(table)
            | ObjectClass::WeakMapCollection(table)
            | ObjectClass::WeakSetCollection(table) => table.trace(t),
            ObjectClass::Generator(g) => g.trace(t),
            ObjectClass::Promise(p) => p.trace(t),
            ObjectClass::TypedArray(view) => t.value(view.buffer),
            ObjectClass::DataView { buffer, .. } => t.value(*buffer),
            ObjectClass::Combinator(c) => {
                t.values(&c.values);
                c.capability.trace(t);
            }
            ObjectClass::AsyncFromSyncIterator { iterator, next } => {
                t.value(*iterator);
                t.value(*next);
            }
            ObjectClass::ArrayIterator { target, .. }
            | ObjectClass::CollectionIterator { target, .. } => t.value(*target),
            ObjectClass::StringIterator { target, .. } => t.cell(*target),
            ObjectClass::ForIn { keys, object, .. } => {
                t.values(keys);
                t.value(*object);
            }
            _ => {}
        }
    }
}

impl HeapCell for JsObject {
    const NAME: &'static str = "Object";
    fn external_bytes(&self) -> usize {
        (self.out_of_line.capacity() + self.elements.capacity()) * 8
    }
}

impl JsObject {
    pub fn new(map: Gc<Map>, class: ObjectClass) -> JsObject {
        JsObject {
            header: Header::new::<JsObject>(),
            map,
            inobject: [Value::UNDEFINED; INOBJECT_SLOTS],
            out_of_line: Vec::new(),
            elements: Vec::new(),
            sparse: None,
            class,
            used_as_prototype: false,
        }
    }

    #[inline]
    pub fn slot(&self, slot: u32) -> Value {
        let s = slot as usize;
        if s < INOBJECT_SLOTS {
            self.inobject[s]
        } else {
            self.out_of_line[s - INOBJECT_SLOTS]
        }
    }

    #[inline]
    pub fn set_slot(&mut self, slot: u32, v: Value) {
        let s = slot as usize;
        if s < INOBJECT_SLOTS {
            self.inobject[s] = v
        } else {
            let i = s - INOBJECT_SLOTS;
            if i >= self.out_of_line.len() {
                self.out_of_line.resize(i + 1, Value::UNDEFINED);
            }
            self.out_of_line[i] = v
        }
    }

    #[inline]
    pub fn elements_kind(&self) -> ElementsKind {
        self.map.elements_kind
    }

    pub fn is_array(&self) -> bool {
        matches!(self.class, ObjectClass::Array { .. })
    }
    pub fn is_callable(&self) -> bool {
        matches!(
            self.class,
            ObjectClass::Closure(_)
                | ObjectClass::Native(_)
                | ObjectClass::Bound { .. }
                | ObjectClass::Proxy { callable: true, .. }
        )
    }
    pub fn is_error(&self) -> bool {
        matches!(self.class, ObjectClass::Error { .. })
    }
    pub fn prototype(&self) -> Value {
        self.map.prototype
    }
    pub fn array_length(&self) -> u32 {
        match self.class {
            ObjectClass::Array { length, .. } => length,
            _ => 0,
        }
    }
    pub fn closure(&self) -> Option<&Closure> {
        match &self.class {
            ObjectClass::Closure(c) => Some(c),
            _ => None,
        }
    }
    pub fn closure_mut(&mut self) -> Option<&mut Closure> {
        match &mut self.class {
            ObjectClass::Closure(c) => Some(c),
            _ => None,
        }
    }
    pub fn accessor_pair(&self) -> Option<AccessorPair> {
        match self.class {
            ObjectClass::Accessor(p) => Some(p),
            _ => None,
        }
    }
}

/// Where a `Vec<Value>` keeps its buffer pointer, length and capacity, as
/// byte offsets into the `Vec`.
#[derive(Clone, Copy)]
pub struct VecLayout {
    pub ptr: i32,
    pub len: i32,
    pub cap: i32,
}

/// Optimized code reads elements and out-of-line fields directly, and
/// pushes onto elements; std does not fix `Vec`'s field order, so this
/// probes a vector whose pointer, length and capacity are all different.
pub fn vec_layout() -> VecLayout {
    static LAYOUT: std::sync::OnceLock<VecLayout> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        const WORDS: usize = 3;
        assert_eq!(std::mem::size_of::<Vec<Value>>(), WORDS * 8);
        let mut v: Vec<Value> = Vec::with_capacity(8);
        v.extend([Value::UNDEFINED; 3]);
        // SAFETY: a Vec is three plain words (checked above); reading them
        // copies, and `v` is dropped normally afterwards.
        let words: [usize; WORDS] = unsafe { std::mem::transmute_copy(&v) };
        let find = |x: usize| words.iter().position(|&w| w == x).expect("Vec field") as i32 * 8;
        VecLayout {
            ptr: find(v.as_ptr() as usize),
            len: find(v.len()),
            cap: find(v.capacity()),
        }
    })
}

/// The byte offset of an array's `length` (a `u32`) inside its
/// `JsObject`, which optimized `push`/`pop` update. A variant's fields sit
/// at the same place in every value of the enum, so one value tells.
pub fn array_length_offset() -> i32 {
    let class = ObjectClass::Array {
        length: 0,
        length_writable: true,
    };
    let ObjectClass::Array { length, .. } = &class else {
        unreachable!()
    };
    let inside = length as *const u32 as usize - &class as *const ObjectClass as usize;
    (std::mem::offset_of!(JsObject, class) + inside) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vec_layout_finds_pointer_length_and_capacity() {
        let layout = vec_layout();
        let mut v: Vec<Value> = Vec::with_capacity(11);
        v.extend([Value::NULL; 5]);
        let base = &v as *const Vec<Value> as *const u8;
        let read = |off: i32| unsafe { *(base.add(off as usize) as *const usize) };
        assert_eq!(read(layout.ptr), v.as_ptr() as usize);
        assert_eq!(read(layout.len), 5);
        assert_eq!(read(layout.cap), v.capacity());
    }

    #[test]
    fn array_length_offset_finds_the_length() {
        let class = ObjectClass::Array {
            length: 0x1234_5678,
            length_writable: false,
        };
        let inside = array_length_offset() as usize - std::mem::offset_of!(JsObject, class);
        let base = &class as *const ObjectClass as *const u8;
        let length = unsafe { *(base.add(inside) as *const u32) };
        assert_eq!(length, 0x1234_5678);
    }
}
