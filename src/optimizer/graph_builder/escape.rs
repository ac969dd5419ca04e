//! Escape analysis while the graph is built. `{…}` and `[…]` literals
//! start *removed*: the object exists only in the environment, its fields
//! as SSA values, until real code needs it, when it is allocated
//! (materialized) where that code runs. Frame states snapshot the removed
//! objects they see, and the deoptimizer allocates those.
//!
//! Every path's environment carries its own removed objects. Where paths
//! merge, an object removed on every edge with one shape stays removed,
//! each field whose values differ becoming a phi; anything else an edge
//! still refers to is allocated at the end of that edge. A loop header
//! keeps its entry's removed objects removed, a phi per field, betting
//! that the loop keeps them so. A back edge that finds one allocated (it
//! escaped inside the loop) or reshaped stops the build, and the next
//! build allocates that object before loops (V8's escape analysis instead
//! revisits the loop until its state is stable; rebuilding is simpler
//! here, where the graph is made in one walk).

use super::*;

/// Where a removed object was allocated: (inlining, bytecode offset).
/// Builds are deterministic, so a site names the same allocation in the
/// next build.
pub(super) type Site = (u32, u32);

/// A removed allocation: what it is (an object's current map, or an
/// array) and its fields by slot (an array's elements).
#[derive(Clone)]
pub(super) struct VirtualObject {
    pub shape: Shape,
    pub fields: Vec<NodeId>,
    pub site: Site,
}

impl VirtualObject {
    fn same_shape(&self, other: &VirtualObject) -> bool {
        self.fields.len() == other.fields.len()
            && match (self.shape, other.shape) {
                (Shape::Object(a), Shape::Object(b)) => a == b,
                (Shape::Array, Shape::Array) => true,
                (Shape::Arguments(a), Shape::Arguments(b)) => a == b,
                (Shape::FrameArguments, Shape::FrameArguments) => true,
                _ => false,
            }
    }
}

/// The removed objects a build allocates before loops instead of keeping
/// them removed through them.
#[derive(Clone, Default)]
pub(super) struct LoopEscapes {
    pub sites: BTreeSet<Site>,
    /// Every removed object (after too many builds).
    pub all: bool,
}

/// What a loop header expects of its back edges.
#[derive(Clone)]
pub(super) struct LoopState {
    block: BlockId,
    /// The values its phis stand for, in parameter order.
    phis: Vec<Position>,
    /// Positions that hold a removed object through the loop.
    fixed: Vec<(Position, NodeId)>,
    /// The removed objects kept through the loop, as they entered it.
    kept: Vec<(NodeId, VirtualObject)>,
}

/// A value of the state a merge may need a phi for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Position {
    /// A register, the accumulator or the context.
    Slot(usize),
    /// A value held outside the environment (`root_nodes`).
    Root(usize),
    /// A field of a removed object.
    Field(NodeId, usize),
}

impl Env {
    fn slot(&self, i: usize) -> NodeId {
        let regs = self.regs.len();
        match i {
            _ if i < regs => self.regs[i],
            _ if i == regs => self.acc,
            _ => self.context,
        }
    }

    /// The removed objects `n` refers to, itself included, into `out`.
    fn reachable(&self, n: NodeId, out: &mut BTreeSet<NodeId>) {
        let mut work = vec![self.resolve(n)];
        while let Some(n) = work.pop() {
            if let Some(vo) = self.objects.get(&n)
                && out.insert(n)
            {
                work.extend(vo.fields.iter().map(|&f| self.resolve(f)));
            }
        }
    }
}

impl GraphBuilder {
    /// A new removed allocation.
    pub(super) fn remove_allocation(&mut self, shape: Shape, fields: Vec<NodeId>) -> NodeId {
        let id = self.graph.add_node(Op::VirtualObject, vec![], Repr::Tagged);
        let site = (self.inlining, self.offset);
        self.env.objects.insert(
            id,
            VirtualObject {
                shape,
                fields,
                site,
            },
        );
        id
    }

    /// Allocates a removed object whose value is needed for real (and
    /// the removed objects its fields refer to); returns the object.
    pub(super) fn materialize(&mut self, n: NodeId) -> NodeId {
        let n = self.env.resolve(n);
        let Some(vo) = self.env.objects.get(&n).cloned() else {
            return n;
        };
        if self.materializing.contains(&n) {
            return n; // a cycle: stored once the object exists (below)
        }
        self.materializing.push(n);
        let fields: Vec<NodeId> = vo.fields.iter().map(|&f| self.materialize(f)).collect();
        let undefined = self.constant(Value::UNDEFINED);
        let (cyclic, initial): (Vec<_>, Vec<_>) = fields
            .iter()
            .enumerate()
            .map(|(i, &f)| {
                if self.materializing.contains(&f) {
                    (Some((i, f)), undefined)
                } else {
                    (None, f)
                }
            })
            .unzip();
        let (allocate, inputs) = match vo.shape {
            Shape::Object(map) => (RuntimeOp::AllocateObject(map), initial),
            Shape::Array => (
                RuntimeOp::Generic(Opcode::CreateArrayFromRegisters),
                initial,
            ),
            Shape::Arguments(closure) => {
                let closure = self.constant(closure);
                let inputs = [undefined, closure].into_iter().chain(initial).collect();
                (RuntimeOp::CreateArguments { mapped: false }, inputs)
            }
            // No closure input: the runtime takes the frame record's.
            Shape::FrameArguments => (
                RuntimeOp::CreateArguments { mapped: false },
                vec![undefined],
            ),
        };
        let object = self.emit(Op::Runtime(allocate), inputs, Repr::Tagged);
        self.materializing.pop();
        self.env.objects.remove(&n);
        self.env.materialized.insert(n, object);
        self.replace_everywhere(n, object);
        // A field that refers to an object still being materialized (a
        // cycle) is stored once that object exists.
        self.cycle_stores
            .extend(cyclic.into_iter().flatten().map(|(slot, target)| {
                let store = match vo.shape {
                    Shape::Object(_) => RuntimeOp::StoreSlot(slot as u32),
                    Shape::Array | Shape::Arguments(_) | Shape::FrameArguments => {
                        RuntimeOp::StoreElementAt(slot as u32)
                    }
                };
                (object, store, target)
            }));
        let (ready, waiting): (Vec<_>, Vec<_>) = self
            .cycle_stores
            .drain(..)
            .partition(|(_, _, target)| self.env.materialized.contains_key(target));
        self.cycle_stores = waiting;
        for (holder, store, target) in ready {
            let target = self.env.materialized[&target];
            self.emit(Op::Runtime(store), vec![holder, target], Repr::Tagged);
        }
        object
    }

    /// After materialization the environment and other removed objects
    /// refer to the real object.
    fn replace_everywhere(&mut self, from: NodeId, to: NodeId) {
        for slot in self.env.regs.iter_mut().chain([&mut self.env.acc]) {
            if *slot == from {
                *slot = to;
            }
        }
        for vo in self.env.objects.values_mut() {
            for f in &mut vo.fields {
                if *f == from {
                    *f = to;
                }
            }
        }
    }

    /// The removed objects `roots` refer to, transitively, as they stand
    /// in `objects` (frame states snapshot them). Objects allocated since
    /// (by the instruction being built) are real.
    fn capture(
        &self,
        objects: &BTreeMap<NodeId, VirtualObject>,
        roots: impl IntoIterator<Item = NodeId>,
    ) -> Vec<CapturedObject> {
        let mut seen = BTreeSet::new();
        let mut work: Vec<NodeId> = roots.into_iter().map(|n| self.env.resolve(n)).collect();
        while let Some(n) = work.pop() {
            if let Some(vo) = objects.get(&n)
                && seen.insert(n)
            {
                work.extend(vo.fields.iter().map(|&f| self.env.resolve(f)));
            }
        }
        seen.into_iter()
            .map(|n| CapturedObject {
                node: n,
                shape: objects[&n].shape,
                fields: objects[&n]
                    .fields
                    .iter()
                    .map(|&f| self.env.resolve(f))
                    .collect(),
            })
            .collect()
    }

    /// A frame state as things stand now, with `objects` the removed
    /// objects: values the current instruction (or an inlined callee) has
    /// allocated since are real, the removed ones its values refer to are
    /// snapshot, and the callers' states (taken at their calls) are
    /// brought up to date the same way, so a deopt rebuilds each object
    /// once, as it is now.
    pub(super) fn settle(
        &mut self,
        mut state: FrameState,
        objects: &BTreeMap<NodeId, VirtualObject>,
    ) -> FrameState {
        state.outer = state.outer.map(|id| {
            let old = self.graph.frame_states[id.0 as usize].clone();
            let new = self.settle(old.clone(), objects);
            if new == old {
                id
            } else {
                self.graph.add_frame_state(new)
            }
        });
        let resolve = |n: &mut NodeId| *n = self.env.resolve(*n);
        state.registers.iter_mut().flatten().for_each(resolve);
        state.accumulator.iter_mut().for_each(resolve);
        if let Some(call) = &mut state.inlined {
            resolve(&mut call.receiver);
            call.arguments.iter_mut().for_each(resolve);
        }
        let arguments = state
            .inlined
            .iter()
            .flat_map(|call| std::iter::once(call.receiver).chain(call.arguments.iter().copied()));
        let roots = state
            .registers
            .iter()
            .flatten()
            .copied()
            .chain(state.accumulator);
        state.captured = self.capture(objects, roots.chain(arguments));
        state
    }

    /// Values held outside the environment that may name removed objects:
    /// the receiver, the inlined call's arguments, and the values of the
    /// frames this function is inlined into.
    fn root_nodes(&self) -> Vec<NodeId> {
        let call = self
            .inlined
            .iter()
            .flat_map(|call| call.arguments.iter().copied());
        std::iter::once(self.receiver)
            .chain(call)
            .chain(self.outer_roots.iter().copied())
            .collect()
    }

    /// The values a function inlined here must keep alive for this one:
    /// its roots and its environment.
    pub(super) fn roots_for_inlining(&self) -> Vec<NodeId> {
        let mut roots = self.root_nodes();
        roots.extend(self.env.slots());
        roots.iter_mut().for_each(|n| *n = self.env.resolve(*n));
        roots
    }

    fn value_at(&self, env: &Env, p: Position, roots: &[NodeId]) -> NodeId {
        env.resolve(match p {
            Position::Slot(i) => env.slot(i),
            Position::Root(k) => roots[k],
            Position::Field(n, f) => env.objects[&n].fields[f],
        })
    }

    fn set_value(env: &mut Env, p: Position, v: NodeId, roots: &[NodeId]) {
        match p {
            Position::Slot(i) => *env.slot_mut(i) = v,
            Position::Root(k) => {
                env.materialized.insert(roots[k], v);
            }
            Position::Field(n, f) => env.objects.get_mut(&n).unwrap().fields[f] = v,
        }
    }

    /// Merges the environments of a block's edges (a loop header's
    /// entries) into the state at bytecode `offset`; sets the edges'
    /// arguments. Registers dead there are left out (undefined): they
    /// need no phi and keep no object alive.
    pub(super) fn merge(
        &mut self,
        block: BlockId,
        mut incoming: Vec<(BlockId, Env)>,
        offset: u32,
        is_loop_header: bool,
    ) -> Env {
        let loop_header = is_loop_header.then_some(offset);
        let roots = self.root_nodes();
        let regs = incoming[0].1.regs.len();
        let live_in = self.liveness.live_in(offset);
        let dead: Vec<usize> = (0..regs)
            .filter(|&r| !live_in.register(r))
            .chain((!live_in.accumulator()).then_some(regs))
            .collect();
        for (_, env) in &mut incoming {
            for &i in &dead {
                *env.slot_mut(i) = self.undefined;
            }
        }
        let mut positions: Vec<Position> = (0..regs + 2)
            .filter(|i| !dead.contains(i))
            .map(Position::Slot)
            .chain((0..roots.len()).map(Position::Root))
            .collect();
        let escapes = self.loop_escapes.clone();
        let first = &incoming[0].1;
        let mut kept: BTreeSet<NodeId> = first
            .objects
            .iter()
            .filter(|&(n, vo)| {
                incoming
                    .iter()
                    .all(|(_, e)| e.objects.get(n).is_some_and(|o| o.same_shape(vo)))
                    && (loop_header.is_none() || !(escapes.all || escapes.sites.contains(&vo.site)))
            })
            .map(|(&n, _)| n)
            .collect();
        // An object stays removed where every edge holds the same kept
        // one; every other removed value is allocated on its edge, with
        // what it refers to (which may stop other objects being kept).
        let mut allocate = vec![BTreeSet::new(); incoming.len()];
        loop {
            let fields: Vec<Position> = kept
                .iter()
                .flat_map(|&n| {
                    (0..incoming[0].1.objects[&n].fields.len()).map(move |f| Position::Field(n, f))
                })
                .collect();
            for &p in positions.iter().chain(&fields) {
                let values: Vec<NodeId> = incoming
                    .iter()
                    .map(|(_, e)| self.value_at(e, p, &roots))
                    .collect();
                let same_kept = values.iter().all(|&v| v == values[0]) && kept.contains(&values[0]);
                for ((_, env), (&v, out)) in incoming.iter().zip(values.iter().zip(&mut allocate)) {
                    if !same_kept && env.objects.contains_key(&v) {
                        env.reachable(v, out);
                    }
                }
            }
            let before = kept.len();
            kept.retain(|n| allocate.iter().all(|a| !a.contains(n)));
            if kept.len() == before {
                break;
            }
        }
        for ((from, env), objects) in incoming.iter_mut().zip(&allocate) {
            if !objects.is_empty() {
                *env =
                    self.allocate_on_edge(*from, std::mem::replace(env, self.env.clone()), objects);
            }
        }
        // The kept objects the merged state refers to, and their fields.
        let mut live = BTreeSet::new();
        let mut work: Vec<Position> = positions.clone();
        while let Some(p) = work.pop() {
            let v = self.value_at(&incoming[0].1, p, &roots);
            if kept.contains(&v) && live.insert(v) {
                let fields = incoming[0].1.objects[&v].fields.len();
                work.extend((0..fields).map(|f| Position::Field(v, f)));
                positions.extend((0..fields).map(|f| Position::Field(v, f)));
            }
        }
        let mut merged = incoming[0].1.clone();
        merged.objects.retain(|n, _| live.contains(n));
        merged.materialized.retain(|n, real| {
            incoming
                .iter()
                .all(|(_, e)| e.materialized.get(n) == Some(real))
        });
        let (mut phis, mut fixed) = (Vec::new(), Vec::new());
        for p in positions {
            let values: Vec<NodeId> = incoming
                .iter()
                .map(|(_, e)| self.value_at(e, p, &roots))
                .collect();
            let same = values.iter().all(|&v| v == values[0]);
            // A loop header's back edges are not known yet: only the
            // objects it keeps removed stay as they are.
            if same && loop_header.is_none() {
                continue;
            }
            if same && live.contains(&values[0]) {
                fixed.push((p, values[0]));
                continue;
            }
            let phi = self
                .graph
                .add_node(Op::Phi(Repr::Tagged), vec![], Repr::Tagged);
            self.graph.blocks[block.0 as usize].params.push(phi);
            Self::set_value(&mut merged, p, phi, &roots);
            phis.push(p);
        }
        for (from, env) in &incoming {
            let args = phis
                .iter()
                .map(|&p| self.value_at(env, p, &roots))
                .collect();
            self.graph.blocks[from.0 as usize].terminator = Terminator::Jump(block, args);
        }
        if let Some(header) = loop_header {
            let kept = live
                .iter()
                .map(|&n| (n, merged.objects[&n].clone()))
                .collect();
            let state = LoopState {
                block,
                phis,
                fixed,
                kept,
            };
            self.loops.insert(header, state);
        }
        merged
    }

    /// Allocates `objects` at the end of the edge from `from` whose
    /// environment is `env`; returns the environment after.
    fn allocate_on_edge(&mut self, from: BlockId, env: Env, objects: &BTreeSet<NodeId>) -> Env {
        let current = self.current.replace(from);
        let outer = std::mem::replace(&mut self.env, env);
        for &n in objects {
            self.materialize(n);
        }
        self.current = current;
        std::mem::replace(&mut self.env, outer)
    }

    /// Ends the current block with a back edge to the loop at `header`,
    /// or stops the build if an object the loop keeps removed escaped in
    /// it.
    pub(super) fn back_edge(&mut self, header: u32) {
        let state = self.loops[&header].clone();
        let roots = self.root_nodes();
        let escaped = |b: &Self| {
            let reshaped = state.kept.iter().find(|(n, entry)| {
                !b.env
                    .objects
                    .get(n)
                    .is_some_and(|now| now.same_shape(entry))
            });
            // (Fixed positions are fields of kept objects, which exist
            // once no kept object is reshaped.)
            let moved = || {
                state
                    .fixed
                    .iter()
                    .find(|&&(p, n)| b.value_at(&b.env, p, &roots) != n)
                    .and_then(|&(_, n)| state.kept.iter().find(|(k, _)| *k == n))
            };
            reshaped.or_else(moved).map(|(_, entry)| entry.site)
        };
        if let Some(site) = escaped(self) {
            self.retry = Some(site);
            self.current = None;
            return;
        }
        // The values passed to phis are real (a kept object among what
        // they refer to must be allocated before the loop).
        let mut allocate = BTreeSet::new();
        for &p in &state.phis {
            let v = self.value_at(&self.env, p, &roots);
            self.env.reachable(v, &mut allocate);
        }
        if let Some((_, entry)) = state.kept.iter().find(|(n, _)| allocate.contains(n)) {
            self.retry = Some(entry.site);
            self.current = None;
            return;
        }
        for n in allocate {
            self.materialize(n);
        }
        let args = state
            .phis
            .iter()
            .map(|&p| self.value_at(&self.env, p, &roots))
            .collect();
        let from = self.current.take().unwrap();
        self.graph.blocks[from.0 as usize].terminator = Terminator::Jump(state.block, args);
    }
}
