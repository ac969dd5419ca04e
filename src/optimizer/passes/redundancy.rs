//! Value numbering and redundancy elimination over the dominator tree:
//! - a pure operation (or pure guard) already computed on the same inputs
//!   in a dominating position is reused (GVN);
//! - a map check of an object whose map is known since an earlier check
//!   or map store on every path, with nothing in between that could run
//!   JavaScript, is dropped;
//! - a field load after a load or store of the same field of the same
//!   object on every path is the value already known (load elimination;
//!   stores to that slot of any other object, or a call into JavaScript,
//!   forget it).
//!
//! What memory holds (known maps and fields) flows forward in reverse
//! post-order: a block starts with what all its predecessors agree on. A
//! loop header cannot wait for its back edges, so it starts from its entry
//! edges' knowledge minus whatever any block of the loop may change.
//! Anything known at the end of every predecessor is computed by a node
//! that dominates the block, so replacing a use by it keeps SSA form.

use std::collections::HashMap;

use super::cfg::Cfg;
use crate::optimizer::ir::{BlockId, Graph, NodeId, Op, RuntimeOp};
use crate::runtime::heap::Gc;
use crate::runtime::map::Map;

/// The identity of a pure operation: its kind, immediate and inputs.
#[derive(PartialEq, Eq, Hash)]
struct PureKey {
    kind: &'static str,
    immediate: u64,
    inputs: Vec<NodeId>,
}

/// What is known about memory at one point: maps of checked objects and
/// values of loaded or stored fields.
#[derive(Clone, Default)]
struct Memory {
    maps: HashMap<NodeId, Gc<Map>>,
    fields: HashMap<(NodeId, u32), NodeId>,
}

impl Memory {
    /// Keeps what `other` knows too.
    fn meet(&mut self, other: &Memory) {
        self.maps.retain(|o, m| other.maps.get(o) == Some(m));
        self.fields.retain(|k, v| other.fields.get(k) == Some(v));
    }

    /// Forgets what `op` may change, on whichever object.
    fn kill(&mut self, op: &Op) {
        match op {
            // Another node may be the same object: its map is unknown now.
            Op::StoreMap(_) => self.maps.clear(),
            Op::StoreField(slot) => self.fields.retain(|(_, s), _| s != slot),
            // Closing a removed object's cycle writes a field too.
            Op::Runtime(RuntimeOp::StoreSlot(_) | RuntimeOp::StoreElementAt(_)) => {
                self.fields.clear()
            }
            Op::Runtime(r) if r.runs_javascript() => {
                self.maps.clear();
                self.fields.clear();
            }
            _ => {}
        }
    }
}

/// Removes redundant nodes from their blocks; returns each removed node
/// that had a value with the node that replaces it.
pub fn run(graph: &mut Graph) -> HashMap<NodeId, NodeId> {
    let cfg = Cfg::new(graph);
    let mut replaced = HashMap::new();
    let mut pure: Vec<HashMap<PureKey, NodeId>> = Vec::new();
    pure.resize_with(graph.blocks.len(), HashMap::new);
    let mut exits: Vec<Option<Memory>> = vec![None; graph.blocks.len()];
    for &block in &cfg.order {
        let b = block.0 as usize;
        let mut memory = entry_memory(graph, &cfg, &exits, block);
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
                if let Some(earlier) = dominating(&cfg, &pure, block, &key) {
                    replaced.insert(id, earlier);
                    continue;
                }
                pure[b].insert(key, id);
                kept.push(id);
                continue;
            }
            memory.kill(&node.op);
            match &node.op {
                Op::CheckMap(map) => {
                    if memory.maps.get(&inputs[0]) == Some(map) {
                        continue;
                    }
                    memory.maps.insert(inputs[0], *map);
                }
                Op::CheckMaps(list)
                    if memory
                        .maps
                        .get(&inputs[0])
                        .is_some_and(|m| list.contains(m)) =>
                {
                    continue;
                }
                Op::StoreMap(map) => {
                    memory.maps.insert(inputs[0], *map);
                }
                Op::LoadField(slot) => match memory.fields.get(&(inputs[0], *slot)) {
                    Some(&known) => {
                        replaced.insert(id, known);
                        continue;
                    }
                    None => {
                        memory.fields.insert((inputs[0], *slot), id);
                    }
                },
                Op::StoreField(slot) => {
                    memory.fields.insert((inputs[0], *slot), inputs[1]);
                }
                _ => {}
            }
            kept.push(id);
        }
        graph.blocks[b].nodes = kept;
        exits[b] = Some(memory);
    }
    replaced
}

/// What memory holds when `block` starts.
fn entry_memory(graph: &Graph, cfg: &Cfg, exits: &[Option<Memory>], block: BlockId) -> Memory {
    let predecessors = &cfg.predecessors[block.0 as usize];
    let (back, forward): (Vec<BlockId>, Vec<BlockId>) = predecessors
        .iter()
        .partition(|&&p| cfg.is_back_edge(p, block));
    // Irreducible flow (a back edge into a block that does not dominate
    // its source) is left alone.
    if back.iter().any(|&p| !cfg.dominates(block, p)) {
        return Memory::default();
    }
    let mut known = forward.iter().map(|p| exits[p.0 as usize].as_ref());
    let Some(Some(first)) = known.next() else {
        return Memory::default();
    };
    let mut memory = first.clone();
    for exit in known {
        match exit {
            Some(exit) => memory.meet(exit),
            None => return Memory::default(),
        }
    }
    if !back.is_empty() {
        for b in cfg.loop_blocks(block) {
            for &id in &graph.blocks[b.0 as usize].nodes {
                memory.kill(&graph.node(id).op);
            }
        }
    }
    memory
}

/// The node computing `key` in `block` or a block dominating it.
fn dominating(
    cfg: &Cfg,
    pure: &[HashMap<PureKey, NodeId>],
    mut block: BlockId,
    key: &PureKey,
) -> Option<NodeId> {
    loop {
        if let Some(&n) = pure[block.0 as usize].get(key) {
            return Some(n);
        }
        let up = cfg.idom[block.0 as usize];
        if up == block {
            return None;
        }
        block = up;
    }
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
