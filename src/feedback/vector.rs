//! The feedback vector and the shapes of its slots.

use crate::runtime::heap::{Gc, Tracer};
use crate::runtime::map::Map;
use crate::runtime::value::Value;

/// What a bytecode site's slot records; fixed by the bytecode generator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FeedbackSlotKind {
    Load,
    Store,
    KeyedLoad,
    KeyedStore,
    Global,
    BinaryOp,
    Compare,
    Call,
}

/// How a cached property access is done once the map matched.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Handler {
    /// An own data property in this slot.
    Field(u32),
    /// A store that adds a property: transition to the map, write the
    /// slot; valid while the realm's prototype epoch is the last field
    /// (no setter or read-only property of that name appeared on the
    /// prototype chain).
    Transition(Gc<Map>, u32, u32),
    /// A data property found on a prototype: the holder and its slot. Valid
    /// while the holder keeps `holder_map` (prototype maps change whenever
    /// a property is added to them, so a shadowing property invalidates it).
    Prototype {
        holder: Value,
        holder_map: Gc<Map>,
        slot: u32,
    },
    /// Array `length`.
    ArrayLength,
    /// A keyed access to dense elements.
    Element,
    /// A string's `length` (the receiver map is the realm's string map).
    StringLength,
    /// An accessor on the receiver's prototype (class getters and
    /// setters): its getter at a load site, its setter at a store site.
    /// Valid while the holder keeps `holder_map`.
    Accessor {
        holder: Value,
        holder_map: Gc<Map>,
        function: Value,
    },
}

#[derive(Clone, Debug, Default)]
pub enum PropertyFeedback {
    #[default]
    Uninitialized,
    Monomorphic(Gc<Map>, Handler),
    Polymorphic(Vec<(Gc<Map>, Handler)>),
    Megamorphic,
}

pub const MAX_POLYMORPHISM: usize = 4;

/// Binary operation hints, a lattice: each bit widens what was seen.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct BinaryOpHint(pub u8);

impl BinaryOpHint {
    pub const NONE: u8 = 0;
    pub const SIGNED_SMALL: u8 = 1;
    pub const NUMBER: u8 = 2;
    pub const STRING: u8 = 4;
    pub const ANY: u8 = 8;
    /// Numbers mixed with booleans, null or undefined (V8's
    /// NumberOrOddball): arithmetic converts them the same way.
    pub const NUMBER_OR_ODDBALL: u8 = 16;
}

pub type CompareHint = BinaryOpHint;

#[derive(Clone, Debug, Default)]
pub enum CallFeedback {
    #[default]
    Uninitialized,
    Monomorphic(Value),
    Megamorphic,
}

#[derive(Clone, Debug)]
pub enum FeedbackSlot {
    Property(PropertyFeedback),
    /// Keyed accesses record the receiver maps of dense element accesses
    /// (the maps carry the elements kinds), and whether a key was not an
    /// index or an index missed the dense elements (out of bounds, a hole,
    /// a growing store, an exotic object).
    Keyed {
        maps: PropertyFeedback,
        saw_non_index: bool,
        saw_out_of_bounds: bool,
    },
    BinaryOp(BinaryOpHint),
    Compare(CompareHint),
    Call {
        target: CallFeedback,
        count: u32,
    },
}

pub struct FeedbackVector {
    pub slots: Vec<FeedbackSlot>,
    pub invocation_count: u32,
    /// The interrupt budget: spent by calls and loop back edges; at zero
    /// the function is due for optimization.
    pub budget: i32,
}

impl FeedbackVector {
    pub fn new(kinds: &[FeedbackSlotKind]) -> FeedbackVector {
        let slots = kinds
            .iter()
            .map(|k| match k {
                FeedbackSlotKind::Load | FeedbackSlotKind::Store | FeedbackSlotKind::Global => {
                    FeedbackSlot::Property(PropertyFeedback::Uninitialized)
                }
                FeedbackSlotKind::KeyedLoad | FeedbackSlotKind::KeyedStore => FeedbackSlot::Keyed {
                    maps: PropertyFeedback::Uninitialized,
                    saw_non_index: false,
                    saw_out_of_bounds: false,
                },
                FeedbackSlotKind::BinaryOp => FeedbackSlot::BinaryOp(BinaryOpHint::default()),
                FeedbackSlotKind::Compare => FeedbackSlot::Compare(CompareHint::default()),
                FeedbackSlotKind::Call => FeedbackSlot::Call {
                    target: CallFeedback::Uninitialized,
                    count: 0,
                },
            })
            .collect();
        FeedbackVector {
            slots,
            invocation_count: 0,
            budget: crate::optimizer::INTERRUPT_BUDGET,
        }
    }

    pub fn trace(&self, t: &mut Tracer) {
        for slot in &self.slots {
            match slot {
                FeedbackSlot::Property(p) | FeedbackSlot::Keyed { maps: p, .. } => {
                    trace_property(p, t)
                }
                FeedbackSlot::Call {
                    target: CallFeedback::Monomorphic(v),
                    ..
                } => t.value(*v),
                _ => {}
            }
        }
    }
}

fn trace_property(p: &PropertyFeedback, t: &mut Tracer) {
    let handler = |h: &Handler, t: &mut Tracer| match h {
        Handler::Transition(m, _, _) => t.cell(*m),
        Handler::Prototype {
            holder, holder_map, ..
        } => {
            t.value(*holder);
            t.cell(*holder_map);
        }
        Handler::Accessor {
            holder,
            holder_map,
            function,
        } => {
            t.value(*holder);
            t.cell(*holder_map);
            t.value(*function);
        }
        _ => {}
    };
    match p {
        PropertyFeedback::Monomorphic(m, h) => {
            t.cell(*m);
            handler(h, t);
        }
        PropertyFeedback::Polymorphic(v) => {
            for (m, h) in v {
                t.cell(*m);
                handler(h, t);
            }
        }
        _ => {}
    }
}
