//! The ordered hash table behind Map and Set: insertion order, SameValueZero
//! keys, deletion leaves tombstones so live iterators keep their position.
//!
//! Tombstones are not compacted yet: a table used as a queue keeps its dead
//! entries until it is cleared.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::heap::Tracer;
use super::value::Value;

#[derive(Default)]
pub struct OrderedTable {
    /// (key, value); deleted entries have the hole as key.
    pub entries: Vec<(Value, Value)>,
    index: HashMap<TableKey, usize>,
    pub size: usize,
}

/// A key compared by SameValueZero: numbers by value (+0 = -0, NaN = NaN),
/// strings by contents (they are immutable), everything else by identity.
#[derive(Clone, Copy)]
struct TableKey(Value);

impl TableKey {
    fn new(k: Value) -> TableKey {
        if k.is_number() {
            let d = k.as_number();
            if d == 0.0 {
                return TableKey(Value::int(0));
            }
            if d.is_nan() {
                return TableKey(Value::double(f64::NAN));
            }
            return TableKey(Value::number(d));
        }
        TableKey(k)
    }
}

impl PartialEq for TableKey {
    fn eq(&self, other: &TableKey) -> bool {
        let (a, b) = (self.0, other.0);
        if a.is_string() && b.is_string() {
            return a.as_string().units() == b.as_string().units();
        }
        a == b
    }
}

impl Eq for TableKey {}

impl Hash for TableKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        if self.0.is_string() {
            self.0.as_string().hash_code().hash(state);
        } else {
            self.0.bits().hash(state);
        }
    }
}

impl OrderedTable {
    fn find(&self, k: Value) -> Option<usize> {
        self.index.get(&TableKey::new(k)).copied()
    }
    pub fn get(&self, k: Value) -> Option<Value> {
        self.find(k).map(|i| self.entries[i].1)
    }
    pub fn has(&self, k: Value) -> bool {
        self.find(k).is_some()
    }
    pub fn set(&mut self, k: Value, v: Value) {
        // -0 is stored as +0 (Map.prototype.set normalizes it).
        let k = if k.is_number() && k.as_number() == 0.0 {
            Value::int(0)
        } else {
            k
        };
        match self.find(k) {
            Some(i) => self.entries[i].1 = v,
            None => {
                self.index.insert(TableKey::new(k), self.entries.len());
                self.entries.push((k, v));
                self.size += 1;
            }
        }
    }
    pub fn delete(&mut self, k: Value) -> bool {
        match self.index.remove(&TableKey::new(k)) {
            Some(i) => {
                self.entries[i] = (Value::HOLE, Value::UNDEFINED);
                self.size -= 1;
                true
            }
            None => false,
        }
    }
    pub fn clear(&mut self) {
        for e in &mut self.entries {
            *e = (Value::HOLE, Value::UNDEFINED);
        }
        self.index.clear();
        self.size = 0;
    }
    pub fn trace(&self, t: &mut Tracer) {
        for (k, v) in &self.entries {
            t.value(*k);
            t.value(*v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_zero_keys() {
        let mut t = OrderedTable::default();
        t.set(Value::double(-0.0), Value::int(1));
        assert_eq!(t.get(Value::int(0)), Some(Value::int(1)));
        t.set(Value::double(f64::NAN), Value::int(2));
        assert_eq!(t.get(Value::double(-f64::NAN)), Some(Value::int(2)));
        t.set(Value::double(2.0), Value::int(3));
        assert_eq!(t.get(Value::int(2)), Some(Value::int(3)));
        assert!(t.delete(Value::int(2)));
        assert_eq!(t.size, 2);
        assert_eq!(t.entries.len(), 3, "deletion leaves a tombstone");
    }
}
