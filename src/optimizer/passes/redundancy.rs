//! Value numbering and redundancy elimination, block by block:
//! - a pure operation (or pure guard) already computed on the same inputs
//!   is reused (GVN within the block);
//! - a map check of an object whose map is known since an earlier check
//!   or map store, with nothing in between that could run JavaScript, is
//!   dropped;
//! - a field load after a load or store of the same field of the same
//!   object is the value already known (load elimination; stores to that
//!   slot of any other object, or a call into JavaScript, forget it).

use std::collections::HashMap;

use crate::optimizer::ir::{Graph, NodeId, Op, RuntimeOp};
use crate::runtime::heap::Gc;
use crate::runtime::map::Map;

/// The identity of a pure operation: its kind, immediate and inputs.
#[derive(PartialEq, Eq, Hash)]
struct PureKey {
    kind: &'static str,
    immediate: u64,
    inputs: Vec<NodeId>,
}

/// Removes redundant nodes from their blocks; returns each removed node
/// that had a value with the node that replaces it.
pub fn run(graph: &mut Graph) -> HashMap<NodeId, NodeId> {
    let mut replaced = HashMap::new();
    for b in 0..graph.blocks.len() {
        let mut pure: HashMap<PureKey, NodeId> = HashMap::new();
        let mut maps: HashMap<NodeId, Gc<Map>> = HashMap::new();
        let mut fields: HashMap<(NodeId, u32), NodeId> = HashMap::new();
        let mut kept = Vec::with_capacity(graph.blocks[b].nodes.len());
        for &id in &graph.blocks[b].nodes {
            let node = graph.node(id);
            let inputs: Vec<NodeId> = node
                .inputs
                .iter()
                .map(|i| *replaced.get(i).unwrap_or(i))
                .collect();
            if let Some((kind, immediate)) = pure_kind(&node.op) {
                let key = PureKey {
                    kind,
                    immediate,
                    inputs,
                };
                match pure.get(&key) {
                    Some(&earlier) => {
                        replaced.insert(id, earlier);
                        continue;
                    }
                    None => {
                        pure.insert(key, id);
                    }
                }
                kept.push(id);
                continue;
            }
            match &node.op {
                Op::CheckMap(map) => {
                    if maps.get(&inputs[0]) == Some(map) {
                        continue;
                    }
                    maps.insert(inputs[0], *map);
                }
                Op::CheckMaps(list) if maps.get(&inputs[0]).is_some_and(|m| list.contains(m)) => {
                    continue;
                }
                Op::StoreMap(map) => {
                    // Another node may be the same object: its map is
                    // unknown now.
                    maps.retain(|object, _| *object == inputs[0]);
                    maps.insert(inputs[0], *map);
                }
                Op::LoadField(slot) => match fields.get(&(inputs[0], *slot)) {
                    Some(&known) => {
                        replaced.insert(id, known);
                        continue;
                    }
                    None => {
                        fields.insert((inputs[0], *slot), id);
                    }
                },
                Op::StoreField(slot) => {
                    // Another object may be the same one: forget the slot.
                    fields.retain(|(_, s), _| s != slot);
                    fields.insert((inputs[0], *slot), inputs[1]);
                }
                // Closing a removed object's cycle writes a field too.
                Op::Runtime(RuntimeOp::StoreSlot(_) | RuntimeOp::StoreElementAt(_)) => {
                    fields.clear()
                }
                Op::Runtime(r) if r.runs_javascript() => {
                    maps.clear();
                    fields.clear();
                }
                _ => {}
            }
            kept.push(id);
        }
        graph.blocks[b].nodes = kept;
    }
    replaced
}

/// Operations whose result depends only on their inputs (and guards that
/// pass or fail on their inputs alone): a second one is the first.
fn pure_kind(op: &Op) -> Option<(&'static str, u64)> {
    Some(match op {
        Op::Constant(v) => ("constant", v.bits()),
        Op::Int32Constant(i) => ("int32", *i as u32 as u64),
        Op::Float64Constant(d) => ("float64", d.to_bits()),
        Op::CheckedTaggedToInt32 => ("to-int32", 0),
        Op::CheckedTaggedToFloat64 => ("to-float64", 0),
        Op::CheckedNumberOrOddballToFloat64 => ("oddball-to-float64", 0),
        Op::Int32ToTagged => ("int32-to-tagged", 0),
        Op::Int32ToFloat64 => ("int32-to-float64", 0),
        Op::Float64ToTagged => ("float64-to-tagged", 0),
        Op::BoolToTagged => ("bool-to-tagged", 0),
        Op::TaggedToBool => ("tagged-to-bool", 0),
        Op::CheckedInt32(n) => ("int32-op", *n as u64),
        Op::Float64(n) => ("float64-op", *n as u64),
        Op::Float64Math(f) => ("math", *f as u64),
        Op::Int32Compare(c) => ("int32-compare", *c as u64),
        Op::Float64Compare(c) => ("float64-compare", *c as u64),
        Op::TaggedEqual => ("tagged-equal", 0),
        Op::BoolOr => ("or", 0),
        Op::CheckValue(v) => ("check-value", v.bits()),
        Op::CheckString => ("check-string", 0),
        Op::StringLength => ("string-length", 0),
        Op::StringCharCodeAt => ("char-code-at", 0),
        _ => return None,
    })
}
