//! Inline-cache state transitions: uninitialized → monomorphic →
//! polymorphic (up to `MAX_POLYMORPHISM` maps) → megamorphic. Dictionary
//! maps are never cached (they mutate in place).

use super::vector::{BinaryOpHint, CallFeedback, Handler, MAX_POLYMORPHISM, PropertyFeedback};
use crate::runtime::heap::Gc;
use crate::runtime::map::Map;
use crate::runtime::value::Value;

/// The handler cached for `map`, if any.
#[inline]
pub fn lookup(feedback: &PropertyFeedback, map: Gc<Map>) -> Option<Handler> {
    match feedback {
        PropertyFeedback::Monomorphic(m, h) if *m == map => Some(*h),
        PropertyFeedback::Polymorphic(entries) => {
            entries.iter().find(|(m, _)| *m == map).map(|(_, h)| *h)
        }
        _ => None,
    }
}

/// Records that `map` was handled by `handler`.
pub fn update(feedback: &mut PropertyFeedback, map: Gc<Map>, handler: Handler) {
    if map.dictionary {
        return;
    }
    *feedback = match std::mem::take(feedback) {
        PropertyFeedback::Uninitialized => PropertyFeedback::Monomorphic(map, handler),
        PropertyFeedback::Monomorphic(m, _) if m == map => {
            PropertyFeedback::Monomorphic(map, handler)
        }
        PropertyFeedback::Monomorphic(m, h) => {
            PropertyFeedback::Polymorphic(vec![(m, h), (map, handler)])
        }
        PropertyFeedback::Polymorphic(mut entries) => {
            if let Some(e) = entries.iter_mut().find(|(m, _)| *m == map) {
                e.1 = handler;
                PropertyFeedback::Polymorphic(entries)
            } else if entries.len() < MAX_POLYMORPHISM {
                entries.push((map, handler));
                PropertyFeedback::Polymorphic(entries)
            } else {
                PropertyFeedback::Megamorphic
            }
        }
        PropertyFeedback::Megamorphic => PropertyFeedback::Megamorphic,
    };
}

/// Records that a property access missed in a way no handler covers.
pub fn go_megamorphic(feedback: &mut PropertyFeedback) {
    *feedback = PropertyFeedback::Megamorphic;
}

pub fn record_call(target: &mut CallFeedback, callee: Value) {
    *target = match std::mem::take(target) {
        CallFeedback::Uninitialized => CallFeedback::Monomorphic(callee),
        CallFeedback::Monomorphic(t) if t == callee => CallFeedback::Monomorphic(t),
        _ => CallFeedback::Megamorphic,
    };
}

/// The hint for operands of a binary operation.
pub fn binary_hint(a: Value, b: Value, result: Value) -> u8 {
    if a.is_int() && b.is_int() && result.is_int() {
        BinaryOpHint::SIGNED_SMALL
    } else if a.is_number() && b.is_number() {
        BinaryOpHint::NUMBER
    } else if a.is_string() || b.is_string() {
        BinaryOpHint::STRING
    } else if is_number_or_oddball(a) && is_number_or_oddball(b) {
        BinaryOpHint::NUMBER_OR_ODDBALL
    } else {
        BinaryOpHint::ANY
    }
}

fn is_number_or_oddball(v: Value) -> bool {
    v.is_number() || v.is_bool() || v.is_nullish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::heap::Heap;
    use crate::runtime::map::ElementsKind;

    #[test]
    fn ic_goes_mono_poly_mega() {
        let mut heap = Heap::new(0);
        let maps: Vec<_> = (0..6)
            .map(|_| heap.alloc(Map::new_root(Value::NULL, ElementsKind::PackedSmi)))
            .collect();
        let mut fb = PropertyFeedback::Uninitialized;
        update(&mut fb, maps[0], Handler::Field(0));
        assert!(matches!(fb, PropertyFeedback::Monomorphic(..)));
        assert_eq!(lookup(&fb, maps[0]), Some(Handler::Field(0)));
        update(&mut fb, maps[1], Handler::Field(1));
        assert!(matches!(&fb, PropertyFeedback::Polymorphic(v) if v.len() == 2));
        for m in &maps[2..4] {
            update(&mut fb, *m, Handler::Field(2));
        }
        assert!(matches!(&fb, PropertyFeedback::Polymorphic(v) if v.len() == 4));
        assert_eq!(lookup(&fb, maps[3]), Some(Handler::Field(2)));
        update(&mut fb, maps[4], Handler::Field(3));
        assert!(matches!(fb, PropertyFeedback::Megamorphic));
        assert_eq!(lookup(&fb, maps[0]), None);
    }

    #[test]
    fn call_feedback_goes_megamorphic_on_second_target() {
        let mut t = CallFeedback::Uninitialized;
        record_call(&mut t, Value::int(1));
        record_call(&mut t, Value::int(1));
        assert!(matches!(t, CallFeedback::Monomorphic(_)));
        record_call(&mut t, Value::int(2));
        assert!(matches!(t, CallFeedback::Megamorphic));
    }
}
