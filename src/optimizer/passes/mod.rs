//! Optimizations on the built graph, before lowering: redundant phi
//! elimination (`phis`), constant folding
//! (`fold`) and value numbering with redundant check and load elimination
//! (`redundancy`, over the dominator tree: a node is only ever replaced by
//! one that dominates it, so every use stays after its definition).

mod cfg;
mod fold;
mod phis;
mod redundancy;

use std::collections::HashMap;

use super::ir::{Graph, NodeId, Terminator};

/// What the passes did (`--trace-opt` prints it).
#[derive(Default, Debug)]
pub struct PassStats {
    pub phis: usize,
    pub folded: usize,
    pub removed: usize,
}

pub fn run(graph: &mut Graph) -> PassStats {
    let phis = phis::run(graph);
    replace_uses(graph, &phis);
    let folded = fold::run(graph);
    let replaced = redundancy::run(graph);
    replace_uses(graph, &replaced);
    PassStats {
        phis: phis.len(),
        folded,
        removed: replaced.len(),
    }
}

/// Rewrites every use of a replaced node (node inputs, block arguments,
/// terminators, frame states) to its replacement.
fn replace_uses(graph: &mut Graph, replaced: &HashMap<NodeId, NodeId>) {
    if replaced.is_empty() {
        return;
    }
    let resolve = |mut n: NodeId| {
        while let Some(&r) = replaced.get(&n) {
            n = r;
        }
        n
    };
    for node in &mut graph.nodes {
        for input in &mut node.inputs {
            *input = resolve(*input);
        }
    }
    for block in &mut graph.blocks {
        match &mut block.terminator {
            Terminator::Jump(_, args) => {
                for a in args {
                    *a = resolve(*a);
                }
            }
            Terminator::Branch(cond, _, _) => *cond = resolve(*cond),
            Terminator::Return(v) => *v = resolve(*v),
            Terminator::Unreachable => {}
        }
    }
    for state in &mut graph.frame_states {
        for r in state.registers.iter_mut().flatten() {
            *r = resolve(*r);
        }
        if let Some(a) = &mut state.accumulator {
            *a = resolve(*a);
        }
        state.context = resolve(state.context);
        for object in &mut state.captured {
            for f in &mut object.fields {
                *f = resolve(*f);
            }
        }
        if let Some(call) = &mut state.inlined {
            call.receiver = resolve(call.receiver);
            for a in &mut call.arguments {
                *a = resolve(*a);
            }
        }
    }
}
