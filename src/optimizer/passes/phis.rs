//! Redundant phi elimination. The graph builder gives a loop header a phi
//! for every live register before it has seen the loop body, so a value
//! the loop never changes still arrives through a phi whose back-edge input
//! is the phi itself. Such a phi (every input is either itself or one
//! other value) is that value: replacing it lets the other passes see that
//! the object checked before a loop is the one used inside it.

use std::collections::HashMap;

use crate::optimizer::ir::{BlockId, Graph, NodeId, Terminator};

/// Removes redundant phis from their blocks (and their inputs from the
/// jumps); returns each with the value replacing it.
pub fn run(graph: &mut Graph) -> HashMap<NodeId, NodeId> {
    let mut replaced: HashMap<NodeId, NodeId> = HashMap::new();
    let resolve = |replaced: &HashMap<NodeId, NodeId>, mut n: NodeId| {
        while let Some(&r) = replaced.get(&n) {
            n = r;
        }
        n
    };
    // Removing one phi can make another redundant (a loop nest passes a
    // value through a phi per header): repeat until nothing changes.
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..graph.blocks.len() {
            let block = BlockId(b as u32);
            let mut k = 0;
            while k < graph.blocks[b].params.len() {
                let phi = graph.blocks[b].params[k];
                let mut only = None;
                let mut redundant = true;
                for args in jumps_to(graph, block) {
                    let v = resolve(&replaced, args[k]);
                    if v == phi || only == Some(v) {
                        continue;
                    }
                    if only.is_some() {
                        redundant = false;
                        break;
                    }
                    only = Some(v);
                }
                match only {
                    Some(v) if redundant => {
                        replaced.insert(phi, v);
                        remove_param(graph, block, k);
                        changed = true;
                    }
                    _ => k += 1,
                }
            }
        }
    }
    replaced
}

/// The arguments of every jump to `target`.
fn jumps_to(graph: &Graph, target: BlockId) -> impl Iterator<Item = &Vec<NodeId>> {
    graph
        .blocks
        .iter()
        .filter_map(move |b| match &b.terminator {
            Terminator::Jump(t, args) if *t == target => Some(args),
            _ => None,
        })
}

fn remove_param(graph: &mut Graph, target: BlockId, k: usize) {
    graph.blocks[target.0 as usize].params.remove(k);
    for b in &mut graph.blocks {
        if let Terminator::Jump(t, args) = &mut b.terminator
            && *t == target
        {
            args.remove(k);
        }
    }
}
