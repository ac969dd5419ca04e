//! The control-flow facts the passes share: predecessors, reverse
//! post-order, immediate dominators and the blocks of each loop.

use crate::optimizer::ir::{BlockId, Graph};

pub struct Cfg {
    /// The reachable blocks, each after its dominators.
    pub order: Vec<BlockId>,
    /// Position of each block in `order` (`usize::MAX`: unreachable).
    pub index: Vec<usize>,
    pub predecessors: Vec<Vec<BlockId>>,
    /// Immediate dominator of each reachable block (the entry's is itself).
    pub idom: Vec<BlockId>,
}

impl Cfg {
    pub fn new(graph: &Graph) -> Cfg {
        let order = graph.reverse_post_order();
        let n = graph.blocks.len();
        let mut index = vec![usize::MAX; n];
        for (i, b) in order.iter().enumerate() {
            index[b.0 as usize] = i;
        }
        let mut predecessors = vec![Vec::new(); n];
        for &b in &order {
            for s in graph.blocks[b.0 as usize].terminator.successors() {
                predecessors[s.0 as usize].push(b);
            }
        }
        let mut cfg = Cfg {
            idom: vec![BlockId(0); n],
            order,
            index,
            predecessors,
        };
        cfg.compute_dominators();
        cfg
    }

    /// Cooper, Harvey and Kennedy's iteration over reverse post-order.
    fn compute_dominators(&mut self) {
        let mut known = vec![false; self.idom.len()];
        known[0] = true;
        let mut changed = true;
        while changed {
            changed = false;
            for &b in &self.order[1..] {
                let mut new = None;
                for &p in &self.predecessors[b.0 as usize] {
                    if !known[p.0 as usize] {
                        continue;
                    }
                    new = Some(match new {
                        None => p,
                        Some(q) => self.intersect(p, q),
                    });
                }
                let new = new.expect("a reachable block has a processed predecessor");
                if !known[b.0 as usize] || self.idom[b.0 as usize] != new {
                    self.idom[b.0 as usize] = new;
                    known[b.0 as usize] = true;
                    changed = true;
                }
            }
        }
    }

    fn intersect(&self, mut a: BlockId, mut b: BlockId) -> BlockId {
        while a != b {
            while self.index[a.0 as usize] > self.index[b.0 as usize] {
                a = self.idom[a.0 as usize];
            }
            while self.index[b.0 as usize] > self.index[a.0 as usize] {
                b = self.idom[b.0 as usize];
            }
        }
        a
    }

    /// Whether the edge `from → to` goes back in reverse post-order (a loop's
    /// back edge, or an edge of irreducible flow).
    pub fn is_back_edge(&self, from: BlockId, to: BlockId) -> bool {
        self.index[from.0 as usize] >= self.index[to.0 as usize]
    }

    /// Whether every path from the entry to `b` passes through `a`.
    pub fn dominates(&self, a: BlockId, mut b: BlockId) -> bool {
        loop {
            if a == b {
                return true;
            }
            let up = self.idom[b.0 as usize];
            if up == b {
                return false;
            }
            b = up;
        }
    }

    /// The blocks of the loops `header` heads: those that reach one of its
    /// back edges without passing through it, and the header.
    pub fn loop_blocks(&self, header: BlockId) -> Vec<BlockId> {
        let mut inside = vec![false; self.idom.len()];
        inside[header.0 as usize] = true;
        let mut work: Vec<BlockId> = self.predecessors[header.0 as usize]
            .iter()
            .copied()
            .filter(|&p| self.is_back_edge(p, header))
            .collect();
        let mut blocks = vec![header];
        while let Some(b) = work.pop() {
            if std::mem::replace(&mut inside[b.0 as usize], true) {
                continue;
            }
            blocks.push(b);
            work.extend(self.predecessors[b.0 as usize].iter().copied());
        }
        blocks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optimizer::ir::{Op, Repr, Terminator};

    /// 0 → 1 (loop header) → 2 (branch) → 3 | 4 → 5 → back to 1; 1 → 6 exits.
    #[test]
    fn dominators_and_loop_blocks() {
        let mut g = Graph::default();
        for _ in 0..7 {
            g.add_block();
        }
        let cond = g.add_node(Op::Int32Constant(1), vec![], Repr::Bool);
        let b = BlockId;
        g.blocks[0].terminator = Terminator::Jump(b(1), vec![]);
        g.blocks[1].terminator = Terminator::Branch(cond, b(2), b(6));
        g.blocks[2].terminator = Terminator::Branch(cond, b(3), b(4));
        g.blocks[3].terminator = Terminator::Jump(b(5), vec![]);
        g.blocks[4].terminator = Terminator::Jump(b(5), vec![]);
        g.blocks[5].terminator = Terminator::Jump(b(1), vec![]);
        g.blocks[6].terminator = Terminator::Return(cond);
        let cfg = Cfg::new(&g);
        let idom: Vec<u32> = cfg.idom.iter().map(|b| b.0).collect();
        assert_eq!(idom, [0, 0, 1, 2, 2, 2, 1]);
        assert!(cfg.is_back_edge(b(5), b(1)));
        assert!(!cfg.is_back_edge(b(3), b(5)));
        assert!(cfg.dominates(b(1), b(5)) && !cfg.dominates(b(3), b(5)));
        let mut body: Vec<u32> = cfg.loop_blocks(b(1)).iter().map(|b| b.0).collect();
        body.sort();
        assert_eq!(body, [1, 2, 3, 4, 5]);
    }
}
