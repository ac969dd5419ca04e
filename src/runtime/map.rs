//! Hidden classes ("maps", V8's word). A map describes an object's layout:
//! its prototype, its named properties (key, attributes, storage slot) in
//! property order, and its elements kind. Objects built the same way share a
//! map, reached through a transition tree, so "same map" (one pointer
//! compare) means "same layout" — the fact inline caches and the optimizer's
//! map checks rely on.
//!
//! Invariants:
//! - A shared (fast) map is never mutated after other objects use it;
//!   adding a property moves the object to a child map.
//! - A dictionary map belongs to exactly one object and is mutated in place;
//!   caches never record a dictionary map.

use std::collections::HashMap;

use super::heap::{Gc, Header, HeapCell, Trace, Tracer};
use super::string::JsString;
use super::symbol::Symbol;
use super::value::Value;

/// A named property key: an interned string or a symbol.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum PropertyKey {
    String(Gc<JsString>),
    Symbol(Gc<Symbol>),
}

impl PropertyKey {
    pub fn to_value(self) -> Value {
        match self {
            PropertyKey::String(s) => Value::string(s),
            PropertyKey::Symbol(s) => Value::symbol(s),
        }
    }
    pub fn is_private(self) -> bool {
        matches!(self, PropertyKey::Symbol(s) if s.private)
    }
}

/// Property attributes, as in the spec's property descriptors.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Attrs(pub u8);

impl Attrs {
    pub const WRITABLE: u8 = 1;
    pub const ENUMERABLE: u8 = 2;
    pub const CONFIGURABLE: u8 = 4;
    /// The slot holds an `AccessorPair` instead of a value.
    pub const ACCESSOR: u8 = 8;
    /// writable, enumerable, configurable: what assignment creates.
    pub const DEFAULT: Attrs = Attrs(7);
    /// writable, configurable: builtin methods and class methods.
    pub const HIDDEN: Attrs = Attrs(5);
    pub const NONE: Attrs = Attrs(0);

    pub fn writable(self) -> bool {
        self.0 & Self::WRITABLE != 0
    }
    pub fn enumerable(self) -> bool {
        self.0 & Self::ENUMERABLE != 0
    }
    pub fn configurable(self) -> bool {
        self.0 & Self::CONFIGURABLE != 0
    }
    pub fn is_accessor(self) -> bool {
        self.0 & Self::ACCESSOR != 0
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(u8)]
pub enum ElementsKind {
    PackedSmi,
    HoleySmi,
    PackedDouble,
    HoleyDouble,
    Packed,
    Holey,
    /// Sparse elements in a BTreeMap, with per-element attributes.
    Dictionary,
}

impl ElementsKind {
    pub fn is_holey(self) -> bool {
        matches!(
            self,
            ElementsKind::HoleySmi
                | ElementsKind::HoleyDouble
                | ElementsKind::Holey
                | ElementsKind::Dictionary
        )
    }
    pub fn is_double(self) -> bool {
        matches!(self, ElementsKind::PackedDouble | ElementsKind::HoleyDouble)
    }
    pub fn is_smi(self) -> bool {
        matches!(self, ElementsKind::PackedSmi | ElementsKind::HoleySmi)
    }
    pub fn to_holey(self) -> ElementsKind {
        match self {
            ElementsKind::PackedSmi => ElementsKind::HoleySmi,
            ElementsKind::PackedDouble => ElementsKind::HoleyDouble,
            ElementsKind::Packed => ElementsKind::Holey,
            k => k,
        }
    }
    /// The most specific kind that can also hold `v`.
    pub fn generalize_for(self, v: Value) -> ElementsKind {
        let holey = self.is_holey();
        let base = if v.is_int() {
            return self;
        } else if v.is_double() {
            if self.is_smi() {
                ElementsKind::PackedDouble
            } else {
                return self;
            }
        } else if self == ElementsKind::Packed
            || self == ElementsKind::Holey
            || self == ElementsKind::Dictionary
        {
            return self;
        } else {
            ElementsKind::Packed
        };
        if holey { base.to_holey() } else { base }
    }
    pub fn name(self) -> &'static str {
        match self {
            ElementsKind::PackedSmi => "PACKED_SMI_ELEMENTS",
            ElementsKind::HoleySmi => "HOLEY_SMI_ELEMENTS",
            ElementsKind::PackedDouble => "PACKED_DOUBLE_ELEMENTS",
            ElementsKind::HoleyDouble => "HOLEY_DOUBLE_ELEMENTS",
            ElementsKind::Packed => "PACKED_ELEMENTS",
            ElementsKind::Holey => "HOLEY_ELEMENTS",
            ElementsKind::Dictionary => "DICTIONARY_ELEMENTS",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Descriptor {
    pub key: PropertyKey,
    pub attrs: Attrs,
    /// Index into the object's property storage (see `JsObject::slot`).
    pub slot: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum TransitionKey {
    Add(PropertyKey, Attrs),
    Elements(ElementsKind),
    PreventExtensions,
}

/// Above this many named properties an object goes to dictionary mode:
/// every fast map copies its descriptors, so huge fast maps cost O(n²).
pub const MAX_FAST_PROPERTIES: usize = 128;
/// Descriptor arrays longer than this get a hash index for lookups.
const INDEX_THRESHOLD: usize = 8;

#[repr(C)]
pub struct Map {
    header: Header,
    pub prototype: Value,
    pub elements_kind: ElementsKind,
    pub dictionary: bool,
    pub extensible: bool,
    descriptors: Vec<Descriptor>,
    index: Option<HashMap<PropertyKey, u32>>,
    transitions: Vec<(TransitionKey, Gc<Map>)>,
    /// The map this one was reached from (for deleting the last property).
    pub back_pointer: Option<Gc<Map>>,
    /// Dictionary maps only: slots freed by deletes, for reuse.
    free_slots: Vec<u32>,
    next_slot: u32,
}

impl Trace for Map {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.prototype);
        for d in &self.descriptors {
            t.value(d.key.to_value());
        }
        for (k, m) in &self.transitions {
            if let TransitionKey::Add(key, _) = k {
                t.value(key.to_value());
            }
            t.cell(*m);
        }
        if let Some(b) = self.back_pointer {
            t.cell(b);
        }
    }
}

impl HeapCell for Map {
    const NAME: &'static str = "Map";
    fn external_bytes(&self) -> usize {
        self.descriptors.capacity() * std::mem::size_of::<Descriptor>()
    }
}

impl Map {
    pub fn new_root(prototype: Value, elements_kind: ElementsKind) -> Map {
        if prototype.is_object() {
            prototype.as_object().used_as_prototype = true;
        }
        Map {
            header: Header::new::<Map>(),
            prototype,
            elements_kind,
            dictionary: false,
            extensible: true,
            descriptors: Vec::new(),
            index: None,
            transitions: Vec::new(),
            back_pointer: None,
            free_slots: Vec::new(),
            next_slot: 0,
        }
    }

    fn derived(&self) -> Map {
        Map {
            header: Header::new::<Map>(),
            prototype: self.prototype,
            elements_kind: self.elements_kind,
            dictionary: self.dictionary,
            extensible: self.extensible,
            descriptors: self.descriptors.clone(),
            index: self.index.clone(),
            transitions: Vec::new(),
            back_pointer: None,
            free_slots: self.free_slots.clone(),
            next_slot: self.next_slot,
        }
    }

    pub fn descriptors(&self) -> &[Descriptor] {
        &self.descriptors
    }
    pub fn property_count(&self) -> usize {
        self.descriptors.len()
    }
    /// Number of storage slots an object with this map needs.
    pub fn slot_count(&self) -> usize {
        self.next_slot as usize
    }

    #[inline]
    pub fn lookup(&self, key: PropertyKey) -> Option<(usize, Descriptor)> {
        if let Some(index) = &self.index {
            let i = *index.get(&key)? as usize;
            return Some((i, self.descriptors[i]));
        }
        self.descriptors
            .iter()
            .position(|d| d.key == key)
            .map(|i| (i, self.descriptors[i]))
    }

    fn rebuild_index(&mut self) {
        self.index = if self.descriptors.len() > INDEX_THRESHOLD {
            Some(
                self.descriptors
                    .iter()
                    .enumerate()
                    .map(|(i, d)| (d.key, i as u32))
                    .collect(),
            )
        } else {
            None
        };
    }

    fn find_transition(&self, key: TransitionKey) -> Option<Gc<Map>> {
        self.transitions
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, m)| *m)
    }

    // ---- operations that may create maps; they need the heap -----------

    /// The map after adding `key`. For a dictionary map, mutates it in place
    /// and returns it. Returns the map and the new property's slot.
    pub fn with_property(
        mut this: Gc<Map>,
        heap: &mut super::heap::Heap,
        key: PropertyKey,
        attrs: Attrs,
    ) -> (Gc<Map>, u32) {
        if this.dictionary {
            let slot = this.free_slots.pop().unwrap_or_else(|| {
                this.next_slot += 1;
                this.next_slot - 1
            });
            this.descriptors.push(Descriptor { key, attrs, slot });
            let i = this.descriptors.len() as u32 - 1;
            if let Some(index) = &mut this.index {
                index.insert(key, i);
            } else {
                this.rebuild_index();
            }
            return (this, slot);
        }
        let tkey = TransitionKey::Add(key, attrs);
        if let Some(m) = this.find_transition(tkey) {
            return (m, m.next_slot - 1);
        }
        let mut child = this.derived();
        let slot = child.next_slot;
        child.next_slot += 1;
        child.descriptors.push(Descriptor { key, attrs, slot });
        child.rebuild_index();
        child.back_pointer = Some(this);
        let child = heap.alloc(child);
        this.transitions.push((tkey, child));
        (child, slot)
    }

    /// The map with a different elements kind (same properties).
    /// Whether `ancestor` is this map or one it was reached from by
    /// transitions.
    pub fn descends_from(&self, ancestor: Gc<Map>) -> bool {
        if std::ptr::eq(self, ancestor.as_ptr()) {
            return true;
        }
        let mut map = self.back_pointer;
        while let Some(m) = map {
            if m == ancestor {
                return true;
            }
            map = m.back_pointer;
        }
        false
    }

    pub fn with_elements_kind(
        mut this: Gc<Map>,
        heap: &mut super::heap::Heap,
        kind: ElementsKind,
    ) -> Gc<Map> {
        if this.elements_kind == kind {
            return this;
        }
        if this.dictionary {
            this.elements_kind = kind;
            return this;
        }
        let tkey = TransitionKey::Elements(kind);
        if let Some(m) = this.find_transition(tkey) {
            return m;
        }
        let mut child = this.derived();
        child.elements_kind = kind;
        let child = heap.alloc(child);
        this.transitions.push((tkey, child));
        child
    }

    pub fn without_extensions(mut this: Gc<Map>, heap: &mut super::heap::Heap) -> Gc<Map> {
        if this.dictionary {
            this.extensible = false;
            return this;
        }
        if let Some(m) = this.find_transition(TransitionKey::PreventExtensions) {
            return m;
        }
        let mut child = this.derived();
        child.extensible = false;
        let child = heap.alloc(child);
        this.transitions
            .push((TransitionKey::PreventExtensions, child));
        child
    }

    /// A fresh copy of a fast map, outside the transition tree, for an
    /// object whose property changed value without changing shape (an
    /// accessor pair completed by a second definition): code that pinned
    /// the old value behind a check of the old map must not see the new
    /// one under it.
    pub fn reconfigured(this: Gc<Map>, heap: &mut super::heap::Heap) -> Gc<Map> {
        debug_assert!(!this.dictionary);
        heap.alloc(this.derived())
    }

    /// A private dictionary-mode copy of this map for one object.
    pub fn to_dictionary(this: Gc<Map>, heap: &mut super::heap::Heap) -> Gc<Map> {
        if this.dictionary {
            return this;
        }
        let mut m = this.derived();
        m.dictionary = true;
        m.rebuild_index();
        heap.alloc(m)
    }

    /// Dictionary maps only: change a property's attributes in place.
    pub fn set_attrs(&mut self, index: usize, attrs: Attrs) {
        debug_assert!(self.dictionary);
        self.descriptors[index].attrs = attrs;
    }

    /// Dictionary maps only: remove a property; returns its freed slot.
    pub fn remove(&mut self, index: usize) -> u32 {
        debug_assert!(self.dictionary);
        let d = self.descriptors.remove(index);
        self.free_slots.push(d.slot);
        self.rebuild_index();
        d.slot
    }

    /// Dictionary maps only: change the prototype in place.
    pub fn set_prototype(&mut self, proto: Value) {
        debug_assert!(self.dictionary);
        if proto.is_object() {
            proto.as_object().used_as_prototype = true;
        }
        self.prototype = proto;
    }

    /// Whether this fast map's last added property is `key` (so a delete of
    /// it can go back to the parent map instead of to dictionary mode).
    pub fn last_added_is(&self, key: PropertyKey) -> bool {
        !self.dictionary
            && self.descriptors.last().is_some_and(|d| d.key == key)
            && self.back_pointer.is_some()
    }
}
