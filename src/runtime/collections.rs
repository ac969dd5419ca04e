//! The ordered hash table behind Map and Set: insertion order, SameValueZero
//! keys, deletion leaves tombstones so live iterators keep their position.

use std::collections::HashMap;

use super::heap::Tracer;
use super::value::Value;

#[derive(Default)]
pub struct OrderedTable {
    /// (key, value); deleted entries have the hole as key.
    pub entries: Vec<(Value, Value)>,
    index: HashMap<u64, usize>,
    pub size: usize,
}

/// The hash identity of a key under SameValueZero.
fn identity(k: Value) -> u64 {
    if k.is_number() {
        let d = k.as_number();
        if d == 0.0 {
            return Value::int(0).bits();
        }
        return Value::number(d).bits();
    }
    if k.is_string() {
        let s = k.as_string();
        return 0xF000_0000_0000_0000 | s.hash_code() as u64 | ((s.len() as u64) << 32);
    }
    k.bits()
}

impl OrderedTable {
    fn find(&self, k: Value) -> Option<usize> {
        let id = identity(k);
        if k.is_string() {
            // String hashes may collide: compare contents.
            return self
                .entries
                .iter()
                .position(|(e, _)| e.is_string() && e.as_string().units() == k.as_string().units());
        }
        self.index.get(&id).copied()
    }
    pub fn get(&self, k: Value) -> Option<Value> {
        self.find(k).map(|i| self.entries[i].1)
    }
    pub fn has(&self, k: Value) -> bool {
        self.find(k).is_some()
    }
    pub fn set(&mut self, k: Value, v: Value) {
        let k = if k.is_number() && k.as_number() == 0.0 { Value::int(0) } else { k };
        match self.find(k) {
            Some(i) => self.entries[i].1 = v,
            None => {
                if !k.is_string() {
                    self.index.insert(identity(k), self.entries.len());
                }
                self.entries.push((k, v));
                self.size += 1;
            }
        }
    }
    pub fn delete(&mut self, k: Value) -> bool {
        match self.find(k) {
            Some(i) => {
                if !k.is_string() {
                    self.index.remove(&identity(k));
                }
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
