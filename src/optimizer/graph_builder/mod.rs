//! The graph builder: abstract interpretation of one function's bytecode
//! with its feedback, producing the SSA graph (`ir`). V8's
//! BytecodeGraphBuilder in miniature.
//!
//! The builder walks instructions in order, keeping an *environment*: the
//! node currently held by every register, the accumulator and the context.
//! Environment values are always tagged; an operation speculating on int32
//! or float64 unboxes its inputs through guards and boxes its result, and
//! the builder remembers both sides of each conversion so straight-line
//! code does not re-check what it just boxed.
//!
//! Control flow: every bytecode jump target starts a block. Edges carry
//! the environment as block arguments: a block's parameters are phis for
//! the slots whose incoming values differ (every slot at a loop header,
//! whose back edge is not known yet). Branches go through edge blocks so
//! that only jumps carry arguments.
//!
//! Exception handlers are not part of the graph: an operation that may
//! throw inside a try range carries an exception state, and when it throws
//! the deoptimizer rebuilds the interpreter frames there and the
//! interpreter runs the handler (so catch blocks are never compiled).

mod escape;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use escape::{LoopEscapes, LoopState, Site, VirtualObject};

use super::ir::*;
use super::liveness::Liveness;
use crate::bytecode::Opcode;
use crate::bytecode::builder::decode_operands;
use crate::feedback::{BinaryOpHint, CallFeedback, FeedbackSlot, Handler, PropertyFeedback};
use crate::runtime::function::SharedFunctionInfo;
use crate::runtime::heap::Gc;
use crate::runtime::map::{ElementsKind, Map, PropertyKey};
use crate::runtime::object::INOBJECT_SLOTS;
use crate::runtime::value::Value;

/// Why a function could not be optimized (`--trace-opt` prints it).
pub type Bailout = String;

/// Why a build stopped.
enum Stop {
    Declined(Bailout),
    /// A removed object did not stay removed through a loop: build again,
    /// allocating it before loops.
    Retry(Site),
}

impl From<Bailout> for Stop {
    fn from(reason: Bailout) -> Stop {
        Stop::Declined(reason)
    }
}

/// Builds after which removed objects no longer cross loop headers at all.
const MAX_BUILDS: usize = 8;

#[derive(Clone)]
struct Env {
    /// Parameters then locals, in register order.
    regs: Vec<NodeId>,
    acc: NodeId,
    context: NodeId,
    /// Escape analysis: the removed allocations this path may refer to,
    /// with their fields as they stand on it.
    objects: BTreeMap<NodeId, VirtualObject>,
    /// Removed objects this path has allocated since, and their real
    /// objects (builder state such as an inlined call's arguments may
    /// still name the removed node).
    materialized: BTreeMap<NodeId, NodeId>,
}

impl Env {
    fn slots(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.regs.iter().copied().chain([self.acc, self.context])
    }

    fn slot_mut(&mut self, i: usize) -> &mut NodeId {
        let regs = self.regs.len();
        match i {
            _ if i < regs => &mut self.regs[i],
            _ if i == regs => &mut self.acc,
            _ => &mut self.context,
        }
    }

    /// The node standing for `n` on this path (its real object once a
    /// removed one is allocated).
    fn resolve(&self, n: NodeId) -> NodeId {
        self.materialized.get(&n).copied().unwrap_or(n)
    }
}

/// A block being assembled from its predecessors' edges.
struct PendingBlock {
    block: BlockId,
    /// Edge blocks that jump here, with the environment they carry.
    incoming: Vec<(BlockId, Env)>,
    is_loop_header: bool,
}

pub struct GraphBuilder {
    shared: Gc<SharedFunctionInfo>,
    graph: Graph,
    liveness: Liveness,
    current: Option<BlockId>,
    env: Env,
    /// The environment before the instruction being built (what an eager
    /// deopt resumes with).
    env_before: Env,
    offset: u32,
    blocks: HashMap<u32, PendingBlock>,
    /// Boxed node → the raw int32/float64 node it boxes, and back.
    unboxed_int32: HashMap<NodeId, NodeId>,
    unboxed_float64: HashMap<NodeId, NodeId>,
    /// Tagged node → its ToNumber as float64, when oddballs may be seen
    /// (kept apart: such a node is not proven to be a number).
    converted_float64: HashMap<NodeId, NodeId>,
    boxed: HashMap<NodeId, NodeId>,
    /// Inlining: the caller's state to resume in, this frame's call, the
    /// block a `Return` jumps to, and how deep inside the outermost
    /// function this frame is.
    outer_state: Option<FrameStateId>,
    inlined: Option<InlinedCall>,
    continuation: Option<BlockId>,
    depth: u32,
    max_inline_depth: u32,
    /// This function's number in `Graph::inlinings` (0: the outermost).
    inlining: u32,
    /// `this` (converted, for a sloppy inlined callee).
    receiver: NodeId,
    /// Mapped `arguments` objects' maps lead here: their elements alias
    /// parameters, so keyed accesses to them stay generic.
    arguments_map: Gc<Map>,
    /// The `Math` functions computed inline.
    math_functions: std::rc::Rc<Vec<(Value, MathFn)>>,
    char_code_at: Value,
    array_push: Value,
    array_pop: Value,
    array_maps: [Gc<Map>; 7],
    string_map: Gc<Map>,
    prototype_epoch: u32,
    /// The map each object was last checked for, anywhere so far: which
    /// map a builtin call on it speculates on. The call checks it again
    /// (the redundancy pass drops that check when one dominates it with
    /// nothing in between), so the check seen need not dominate the call.
    checked_maps: HashMap<NodeId, Gc<Map>>,
    /// The removed objects being materialized (cycles end there).
    materializing: Vec<NodeId>,
    /// (object, slot, removed object) stores waiting for the removed
    /// object of a cycle to be materialized (slot: field, or element of
    /// an array).
    cycle_stores: Vec<(NodeId, RuntimeOp, NodeId)>,
    /// The map of `{}` (where object literals start).
    object_map: Gc<Map>,
    /// Whether the call this function is inlined at is inside a try range
    /// of a caller (then everything that throws here is caught there).
    caller_in_try: bool,
    /// Loop headers entered so far: what their back edges must pass.
    loops: HashMap<u32, LoopState>,
    /// An inlined function's returns: edges to the continuation, each
    /// with its environment (the accumulator holds the result).
    returns: Vec<(BlockId, Env)>,
    /// Values the frames this one is inlined into hold: removed objects
    /// they refer to stay alive here.
    outer_roots: Vec<NodeId>,
    /// Removed objects that must be allocated before loops (shared with
    /// inlined builders).
    loop_escapes: Rc<LoopEscapes>,
    /// Set when a back edge finds a removed object that did not stay
    /// removed through its loop: the graph is built again without it.
    retry: Option<Site>,
    /// The undefined constant of the graph's entry block (dominating
    /// every block).
    undefined: NodeId,
}

/// What the graph builder needs to know of the realm.
pub struct RealmFacts {
    /// The map of `{}` (where object literals start).
    pub object_map: Gc<Map>,
    /// The mapped `arguments` map.
    pub arguments_map: Gc<Map>,
    /// The `Math` functions computed inline.
    pub math_functions: std::rc::Rc<Vec<(Value, MathFn)>>,
    /// String.prototype.charCodeAt, computed inline.
    pub char_code_at: Value,
    /// Array.prototype.push and pop, specialized for dense arrays.
    pub array_push: Value,
    pub array_pop: Value,
    /// The root maps of arrays (one per elements kind).
    pub array_maps: [Gc<Map>; 7],
    /// The map feedback records for string receivers.
    pub string_map: Gc<Map>,
    /// The realm's prototype epoch now (`Realm::prototype_epoch`).
    pub prototype_epoch: u32,
}

/// Bytecode length above which a callee is not inlined.
const MAX_INLINED_BYTECODE: usize = 300;
/// Total bytecode inlined into one optimized function (V8 uses 920).
const MAX_INLINED_BYTECODE_CUMULATIVE: usize = 1000;

impl GraphBuilder {
    /// Builds the graph of a whole function, entered by calls; with
    /// `osr_entry`, the graph of the code an interpreter frame moves into
    /// at that loop header (on-stack replacement): its entry takes the
    /// frame's registers, accumulator and context, and jumps to the loop.
    pub fn build(
        shared: Gc<SharedFunctionInfo>,
        max_inline_depth: u32,
        realm: &RealmFacts,
        osr_entry: Option<u32>,
    ) -> Result<Graph, Bailout> {
        let mut escapes = LoopEscapes::default();
        for attempt in 1.. {
            let built = Self::build_once(
                shared,
                max_inline_depth,
                realm,
                osr_entry,
                Rc::new(escapes.clone()),
            );
            match built {
                Ok(graph) => return Ok(graph),
                Err(Stop::Declined(reason)) => return Err(reason),
                Err(Stop::Retry(site)) => {
                    escapes.sites.insert(site);
                    escapes.all = attempt + 1 >= MAX_BUILDS;
                }
            }
        }
        unreachable!()
    }

    fn build_once(
        shared: Gc<SharedFunctionInfo>,
        max_inline_depth: u32,
        realm: &RealmFacts,
        osr_entry: Option<u32>,
        loop_escapes: Rc<LoopEscapes>,
    ) -> Result<Graph, Stop> {
        let bytecode = &shared.bytecode;
        let liveness = Liveness::analyze(bytecode);
        let mut graph = Graph::default();
        let entry = graph.add_block();
        let undefined = graph.add_node(Op::Constant(Value::UNDEFINED), vec![], Repr::Tagged);
        let context = graph.add_node(Op::Context, vec![], Repr::Tagged);
        let receiver = graph.add_node(Op::Parameter(0), vec![], Repr::Tagged);
        let params = bytecode.parameter_count as usize;
        let mut regs = Vec::with_capacity(bytecode.frame_size());
        for i in 0..params {
            regs.push(graph.add_node(Op::Parameter(i as u32 + 1), vec![], Repr::Tagged));
        }
        regs.resize(bytecode.frame_size(), undefined);
        for id in [undefined, context, receiver]
            .into_iter()
            .chain(regs[..params].iter().copied())
        {
            graph.blocks[entry.0 as usize].nodes.push(id);
        }
        let env = Env {
            regs,
            acc: undefined,
            context,
            objects: BTreeMap::new(),
            materialized: BTreeMap::new(),
        };
        let mut b = GraphBuilder {
            shared,
            graph,
            liveness,
            current: Some(entry),
            env: env.clone(),
            env_before: env,
            offset: 0,
            blocks: HashMap::new(),
            unboxed_int32: HashMap::new(),
            unboxed_float64: HashMap::new(),
            converted_float64: HashMap::new(),
            boxed: HashMap::new(),
            outer_state: None,
            inlined: None,
            continuation: None,
            depth: 0,
            max_inline_depth,
            inlining: 0,
            receiver,
            arguments_map: realm.arguments_map,
            math_functions: realm.math_functions.clone(),
            char_code_at: realm.char_code_at,
            array_push: realm.array_push,
            array_pop: realm.array_pop,
            array_maps: realm.array_maps,
            checked_maps: HashMap::new(),
            string_map: realm.string_map,
            prototype_epoch: realm.prototype_epoch,
            materializing: Vec::new(),
            cycle_stores: Vec::new(),
            object_map: realm.object_map,
            caller_in_try: false,
            loops: HashMap::new(),
            returns: Vec::new(),
            outer_roots: Vec::new(),
            loop_escapes,
            retry: None,
            undefined,
        };
        b.find_blocks();
        if let Some(header) = osr_entry {
            b.enter_from_frame(header);
        }
        b.walk()?;
        Ok(b.graph)
    }

    /// The OSR entry: the environment comes from the interpreter frame,
    /// straight into the loop header; the code before it is never entered.
    fn enter_from_frame(&mut self, header: u32) {
        let size = self.shared.bytecode.frame_size() as u32;
        let osr_value = |b: &mut GraphBuilder, i| b.emit(Op::OsrValue(i), vec![], Repr::Tagged);
        self.env.regs = (0..size).map(|i| osr_value(self, i)).collect();
        self.env.acc = osr_value(self, size);
        self.env.context = osr_value(self, size + 1);
        self.edge_to(header);
        self.current = None;
    }

    /// Every jump target (and the instruction after a jump) starts a block;
    /// targets of backward jumps are loop headers.
    fn find_blocks(&mut self) {
        let code = &self.shared.bytecode.code;
        let mut starts = BTreeSet::new();
        let mut headers = BTreeSet::new();
        let mut pc = 0;
        while pc < code.len() {
            let op = Opcode::from_u8(code[pc]);
            let next = pc + op.length();
            if op.is_jump() {
                let target = *decode_operands(code, pc, op).last().unwrap();
                starts.insert(target);
                if op == Opcode::JumpLoop {
                    headers.insert(target);
                }
                starts.insert(next as u32);
            } else if matches!(op, Opcode::Return | Opcode::Throw | Opcode::ReThrow) {
                starts.insert(next as u32);
            }
            pc = next;
        }
        // Handlers start blocks too (only the interpreter enters them).
        starts.extend(self.shared.bytecode.handlers.iter().map(|h| h.handler));
        for start in starts {
            if (start as usize) < code.len() {
                let block = self.graph.add_block();
                let is_loop_header = headers.contains(&start);
                self.graph.blocks[block.0 as usize].is_loop_header = is_loop_header;
                self.blocks.insert(
                    start,
                    PendingBlock {
                        block,
                        incoming: Vec::new(),
                        is_loop_header,
                    },
                );
            }
        }
    }

    fn walk(&mut self) -> Result<(), Stop> {
        let code_len = self.shared.bytecode.code.len();
        let mut pc = 0;
        while pc < code_len {
            if self.blocks.contains_key(&(pc as u32)) {
                self.enter_block(pc as u32);
            }
            let op = Opcode::from_u8(self.shared.bytecode.code[pc]);
            if self.current.is_some() {
                self.offset = pc as u32;
                self.env_before = self.env.clone();
                let operands = decode_operands(&self.shared.bytecode.code, pc, op);
                self.instruction(op, &operands)?;
                if let Some(site) = self.retry.take() {
                    return Err(Stop::Retry(site));
                }
            }
            pc += op.length();
        }
        Ok(())
    }

    // ---- blocks and edges ----

    /// Ends the current block with an edge to the block at `target`.
    fn edge_to(&mut self, target: u32) {
        let Some(from) = self.current else { return };
        if self.loops.contains_key(&target) {
            self.back_edge(target);
            return;
        }
        // A forward edge: the arguments are filled in when the target is
        // entered and knows which values need phis.
        let pending = self
            .blocks
            .get_mut(&target)
            .expect("jump target starts a block");
        pending.incoming.push((from, self.env.clone()));
        self.graph.blocks[from.0 as usize].terminator = Terminator::Jump(pending.block, vec![]);
    }

    /// Starts the block at `offset`, merging the environments of its edges.
    fn enter_block(&mut self, offset: u32) {
        // Falling through into the block is an edge too.
        self.edge_to(offset);
        let pending = self.blocks.get_mut(&offset).unwrap();
        let block = pending.block;
        let incoming = std::mem::take(&mut pending.incoming);
        let is_loop_header = pending.is_loop_header;
        if incoming.is_empty() {
            self.current = None; // unreachable code
            return;
        }
        self.env = self.merge(block, incoming, offset, is_loop_header);
        self.current = Some(block);
        self.forget_conversions();
    }

    /// Conversions are reused only inside a block (a block need not be
    /// dominated by the one that made them).
    fn forget_conversions(&mut self) {
        self.unboxed_int32.clear();
        self.unboxed_float64.clear();
        self.converted_float64.clear();
        self.boxed.clear();
    }

    fn terminate(&mut self, t: Terminator) {
        if let Some(b) = self.current.take() {
            self.graph.blocks[b.0 as usize].terminator = t;
        }
    }

    /// A conditional jump to `target` on `cond`, else fall through.
    fn branch(&mut self, cond: NodeId, target: u32, on_true: bool) {
        let from = self.current.unwrap();
        let taken = self.graph.add_block();
        let fall = self.graph.add_block();
        let (t, f) = if on_true {
            (taken, fall)
        } else {
            (fall, taken)
        };
        self.graph.blocks[from.0 as usize].terminator = Terminator::Branch(cond, t, f);
        self.current = Some(taken);
        // A back edge may allocate removed objects on its way: only in
        // the taken path.
        let env = self.env.clone();
        self.edge_to(target);
        self.env = env;
        self.current = Some(fall);
        self.forget_conversions();
    }

    // ---- nodes ----

    /// Adds a node to the current block (after an unconditional deopt
    /// there is none: the node is dead and never emitted).
    fn emit(&mut self, op: Op, inputs: Vec<NodeId>, repr: Repr) -> NodeId {
        // A removed allocation used by real code escapes: allocate it now.
        let inputs = inputs.into_iter().map(|i| self.materialize(i)).collect();
        let exception = match &op {
            Op::Runtime(r) if r.can_throw() && self.in_try() => Some(self.frame_state()),
            _ => None,
        };
        let id = self.graph.add_node(op, inputs, repr);
        let node = &mut self.graph.nodes[id.0 as usize];
        node.bytecode_offset = self.offset;
        node.inlining = self.inlining;
        node.exception = exception;
        if let Some(b) = self.current {
            self.graph.blocks[b.0 as usize].nodes.push(id);
        }
        id
    }

    /// Whether an exception thrown at the current instruction is caught in
    /// this function or a caller it is inlined into.
    fn in_try(&self) -> bool {
        self.caller_in_try
            || self
                .shared
                .bytecode
                .handlers
                .iter()
                .any(|h| (h.start..h.end).contains(&self.offset))
    }

    fn constant(&mut self, v: Value) -> NodeId {
        self.emit(Op::Constant(v), vec![], Repr::Tagged)
    }

    /// A guard deoptimizing to the start of the current instruction.
    fn guard(&mut self, op: Op, inputs: Vec<NodeId>, repr: Repr, reason: DeoptReason) -> NodeId {
        let fs = self.frame_state();
        let id = self.emit(op, inputs, repr);
        self.graph.nodes[id.0 as usize].deopt = Some((fs, reason));
        id
    }

    fn frame_state(&mut self) -> FrameStateId {
        self.frame_state_at(self.offset, self.env_before.clone())
    }

    /// The state to resume in at `offset` with environment `env`.
    fn frame_state_at(&mut self, offset: u32, env: Env) -> FrameStateId {
        self.frame_state_live(offset, env, None)
    }

    /// `frame_state_at`, also keeping what is live at `also_live` (for a
    /// caller's state after an inlined call inside a try range: an
    /// exception in the callee unwinds from the call into the handler).
    fn frame_state_live(&mut self, offset: u32, env: Env, also_live: Option<u32>) -> FrameStateId {
        let live = |b: &Self, r: Option<usize>| {
            let at = |o: u32| {
                let set = b.liveness.live_in(o);
                r.map_or(set.accumulator(), |r| set.register(r))
            };
            at(offset) || also_live.is_some_and(at)
        };
        let registers = env
            .regs
            .iter()
            .enumerate()
            .map(|(r, &n)| live(self, Some(r)).then_some(n))
            .collect();
        let fs = FrameState {
            function: self.shared,
            bytecode_offset: offset,
            registers,
            accumulator: live(self, None).then_some(env.acc),
            context: env.context,
            outer: self.outer_state,
            inlined: self.inlined.clone(),
            captured: Vec::new(),
        };
        let fs = self.settle(fs, &env.objects);
        self.graph.add_frame_state(fs)
    }

    fn unbox_int32(&mut self, v: NodeId) -> NodeId {
        if let Some(&raw) = self.unboxed_int32.get(&v) {
            return raw;
        }
        let raw = self.guard(
            Op::CheckedTaggedToInt32,
            vec![v],
            Repr::Int32,
            DeoptReason::NotASmi,
        );
        self.unboxed_int32.insert(v, raw);
        raw
    }

    fn unbox_float64(&mut self, v: NodeId) -> NodeId {
        if let Some(&raw) = self.unboxed_float64.get(&v) {
            return raw;
        }
        if let Some(&raw) = self.unboxed_int32.get(&v) {
            return self.emit(Op::Int32ToFloat64, vec![raw], Repr::Float64);
        }
        let raw = self.guard(
            Op::CheckedTaggedToFloat64,
            vec![v],
            Repr::Float64,
            DeoptReason::NotANumber,
        );
        self.unboxed_float64.insert(v, raw);
        raw
    }

    /// A float64 operand for arithmetic with this feedback: numbers, or
    /// (NumberOrOddball feedback) also booleans, null and undefined.
    fn unbox_number(&mut self, v: NodeId, hint: u8) -> NodeId {
        if hint & BinaryOpHint::NUMBER_OR_ODDBALL == 0 {
            return self.unbox_float64(v);
        }
        if let Some(&raw) = self
            .unboxed_float64
            .get(&v)
            .or(self.converted_float64.get(&v))
        {
            return raw;
        }
        let raw = self.guard(
            Op::CheckedNumberOrOddballToFloat64,
            vec![v],
            Repr::Float64,
            DeoptReason::NotANumberOrOddball,
        );
        self.converted_float64.insert(v, raw);
        raw
    }

    fn box_int32(&mut self, raw: NodeId) -> NodeId {
        if let Some(&b) = self.boxed.get(&raw) {
            return b;
        }
        let b = self.emit(Op::Int32ToTagged, vec![raw], Repr::Tagged);
        self.boxed.insert(raw, b);
        self.unboxed_int32.insert(b, raw);
        b
    }

    fn box_float64(&mut self, raw: NodeId) -> NodeId {
        let b = self.emit(Op::Float64ToTagged, vec![raw], Repr::Tagged);
        self.unboxed_float64.insert(b, raw);
        b
    }

    fn runtime(&mut self, op: RuntimeOp, inputs: Vec<NodeId>) -> NodeId {
        self.emit(Op::Runtime(op), inputs, Repr::Tagged)
    }

    fn hint(&self, slot: u32) -> u8 {
        match &self.shared.feedback.slots[slot as usize] {
            FeedbackSlot::BinaryOp(h) | FeedbackSlot::Compare(h) => h.0,
            _ => BinaryOpHint::ANY,
        }
    }

    /// A site that never ran: deoptimize (soft) instead of guessing.
    fn soft_deopt(&mut self) {
        self.guard(
            Op::Deoptimize,
            vec![],
            Repr::None,
            DeoptReason::InsufficientTypeFeedback,
        );
        self.terminate(Terminator::Unreachable);
    }

    // ---- instructions ----

    fn instruction(&mut self, op: Opcode, o: &[u32]) -> Result<(), Stop> {
        use Opcode::*;
        let constant = |b: &Self, i: u32| b.shared.bytecode.constants[i as usize];
        match op {
            LdaUndefined => self.env.acc = self.constant(Value::UNDEFINED),
            LdaNull => self.env.acc = self.constant(Value::NULL),
            LdaTrue => self.env.acc = self.constant(Value::TRUE),
            LdaFalse => self.env.acc = self.constant(Value::FALSE),
            LdaTheHole => self.env.acc = self.constant(Value::HOLE),
            LdaSmi => {
                let raw = self.emit(Op::Int32Constant(o[0] as i32), vec![], Repr::Int32);
                self.env.acc = self.box_int32(raw);
            }
            LdaConstant => {
                let v = constant(self, o[0]);
                if v.is_internal() {
                    return Err(Stop::Declined("constant is an internal cell".into()));
                }
                self.env.acc = self.constant(v);
            }
            Ldar => self.env.acc = self.env.regs[o[0] as usize],
            Star => self.env.regs[o[0] as usize] = self.env.acc,
            Mov => self.env.regs[o[1] as usize] = self.env.regs[o[0] as usize],
            Add | Sub | Mul | Div | Mod | BitwiseOr | BitwiseXor | BitwiseAnd | ShiftLeft
            | ShiftRight | ShiftRightLogical | Exp => {
                let lhs = self.env.regs[o[0] as usize];
                let rhs = self.env.acc;
                self.env.acc = self.binary(op, lhs, rhs, o[1]);
            }
            Inc | Dec => {
                let one = self.emit(Op::Int32Constant(1), vec![], Repr::Int32);
                let one = self.box_int32(one);
                let acc = self.env.acc;
                let as_binary = if op == Inc { Add } else { Sub };
                self.env.acc = self.binary(as_binary, acc, one, o[0]);
            }
            TestEqualStrict
            | TestLessThan
            | TestGreaterThan
            | TestLessThanOrEqual
            | TestGreaterThanOrEqual
            | TestEqual => {
                let lhs = self.env.regs[o[0] as usize];
                let rhs = self.env.acc;
                self.env.acc = self.compare(op, lhs, rhs, o[1]);
            }
            ToNumeric => {
                // The old value of `x++`: numbers stay as they are.
                let acc = self.env.acc;
                self.env.acc = match self.hint(o[0]) {
                    BinaryOpHint::NONE => {
                        self.soft_deopt();
                        acc
                    }
                    BinaryOpHint::SIGNED_SMALL => {
                        let raw = self.unbox_int32(acc);
                        self.box_int32(raw)
                    }
                    h if h & (BinaryOpHint::STRING | BinaryOpHint::ANY) == 0 => {
                        let raw = self.unbox_number(acc, h);
                        self.box_float64(raw)
                    }
                    _ => self.runtime(RuntimeOp::ToNumeric, vec![acc]),
                };
            }
            LogicalNot => {
                let acc = self.env.acc;
                let b = self.runtime(RuntimeOp::ToBoolean, vec![acc]);
                let f = self.constant(Value::FALSE);
                let not = self.emit(Op::TaggedEqual, vec![b, f], Repr::Bool);
                self.env.acc = self.emit(Op::BoolToTagged, vec![not], Repr::Tagged);
            }
            Jump => {
                self.edge_to(o[0]);
                self.current = None;
            }
            JumpLoop => {
                self.emit(Op::Safepoint, vec![], Repr::None);
                self.edge_to(o[0]);
                self.current = None;
            }
            JumpIfTrue | JumpIfFalse | JumpIfToBooleanTrue | JumpIfToBooleanFalse => {
                let cond = self.condition(
                    self.env.acc,
                    matches!(op, JumpIfToBooleanTrue | JumpIfToBooleanFalse),
                );
                self.branch(cond, o[0], matches!(op, JumpIfTrue | JumpIfToBooleanTrue));
            }
            JumpIfUndefined | JumpIfNotUndefined | JumpIfNull | JumpIfNotNull => {
                let v = if matches!(op, JumpIfUndefined | JumpIfNotUndefined) {
                    Value::UNDEFINED
                } else {
                    Value::NULL
                };
                let c = self.constant(v);
                let acc = self.env.acc;
                let eq = self.emit(Op::TaggedEqual, vec![acc, c], Repr::Bool);
                self.branch(eq, o[0], matches!(op, JumpIfUndefined | JumpIfNull));
            }
            Return => match self.continuation {
                // An inlined function returns into its caller's graph,
                // where the returns merge (a removed object may be the
                // result).
                Some(cont) => {
                    let from = self.current.take().unwrap();
                    self.graph.blocks[from.0 as usize].terminator = Terminator::Jump(cont, vec![]);
                    self.returns.push((from, self.env.clone()));
                }
                None => {
                    let acc = self.materialize(self.env.acc);
                    self.terminate(Terminator::Return(acc));
                }
            },
            LdaGlobal => {
                let name = constant(self, o[0]);
                self.env.acc = self.runtime(RuntimeOp::LoadGlobal(name), vec![]);
            }
            GetNamedProperty => {
                let obj = self.env.regs[o[0] as usize];
                let name = constant(self, o[1]);
                self.env.acc = self.load_named(obj, name, o[2])?;
            }
            LdaReceiver => self.env.acc = self.env.resolve(self.receiver),
            Throw | ReThrow => {
                let acc = self.materialize(self.env.acc);
                self.runtime(RuntimeOp::Throw, vec![acc]);
                self.terminate(Terminator::Unreachable);
            }
            CreateContext => {
                let parent = self.env.context;
                self.env.acc = self.runtime(RuntimeOp::CreateContext(o[0]), vec![parent]);
            }
            PushContext => {
                self.env.regs[o[0] as usize] = self.env.context;
                self.env.context = self.env.acc;
            }
            PopContext => self.env.context = self.env.regs[o[0] as usize],
            LdaClosure => self.env.acc = self.closure(),
            LdaNewTarget => self.env.acc = self.new_target(),
            CreateClosure => {
                let shared = constant(self, o[0]);
                let (function, new_target) = (self.closure(), self.new_target());
                let inputs = vec![self.env.context, function, self.receiver, new_target];
                self.env.acc = self.runtime(RuntimeOp::CreateClosure(shared), inputs);
            }
            // Instructions run as the interpreter runs them, on values.
            TypeOf | ToString | ToPropertyKey | Negate | BitwiseNot | GetIterator
            | ForInPrepare => {
                let acc = self.env.acc;
                self.env.acc = self.runtime(RuntimeOp::Generic(op), vec![acc]);
            }
            ForInNext => {
                let state = self.env.regs[o[0] as usize];
                self.env.acc = self.runtime(RuntimeOp::Generic(op), vec![state]);
            }
            TestInstanceOf | TestIn => {
                let (lhs, acc) = (self.env.regs[o[0] as usize], self.env.acc);
                self.env.acc = self.runtime(RuntimeOp::Generic(op), vec![lhs, acc]);
            }
            DeleteProperty => {
                let (obj, acc) = (self.env.regs[o[0] as usize], self.env.acc);
                let strict = self.constant(Value::bool(o[1] != 0));
                self.env.acc = self.runtime(RuntimeOp::Generic(op), vec![obj, acc, strict]);
            }
            CreateEmptyArray => self.env.acc = self.runtime(RuntimeOp::Generic(op), vec![]),
            CreateArrayFromRegisters => {
                // An array literal is removed until it escapes, like `{}`.
                let values = self.env.regs[o[0] as usize..(o[0] + o[1]) as usize].to_vec();
                self.env.acc = self.remove_allocation(Shape::Array, values);
            }
            ArrayPush | ArraySpread | CopyDataProperties => {
                let (target, acc) = (self.env.regs[o[0] as usize], self.env.acc);
                self.runtime(RuntimeOp::Generic(op), vec![target, acc]);
            }
            ArrayPushHole => {
                let array = self.env.regs[o[0] as usize];
                self.runtime(RuntimeOp::Generic(op), vec![array]);
            }
            CreateRegExp => {
                let pattern = self.constant(constant(self, o[0]));
                let flags = self.constant(constant(self, o[1]));
                self.env.acc = self.runtime(RuntimeOp::Generic(op), vec![pattern, flags]);
            }
            LdaGlobalInsideTypeof => {
                let name = self.constant(constant(self, o[0]));
                self.env.acc = self.runtime(RuntimeOp::Generic(op), vec![name]);
            }
            StaGlobal => {
                let name = self.constant(constant(self, o[0]));
                let acc = self.env.acc;
                let strict = self.constant(Value::bool(self.shared.strict));
                self.runtime(RuntimeOp::Generic(op), vec![name, acc, strict]);
            }
            TestUndetectable | TestNull | TestUndefined => {
                let acc = self.env.acc;
                let is = self.nullish_test(op, acc);
                self.env.acc = self.emit(Op::BoolToTagged, vec![is], Repr::Tagged);
            }
            JumpIfUndefinedOrNull | JumpIfNotUndefinedOrNull => {
                let acc = self.env.acc;
                let is = self.nullish_test(TestUndetectable, acc);
                self.branch(is, o[0], op == JumpIfUndefinedOrNull);
            }
            // An arguments object is removed when no element aliases a
            // parameter: an inlined call's holds the call's values, the
            // optimized function's reads its activation's.
            CreateArguments
                if o[0] == 0
                    || self.shared.bytecode.arguments_mapping.is_empty()
                    || self
                        .inlined
                        .as_ref()
                        .is_some_and(|c| c.arguments.is_empty()) =>
            {
                self.env.acc = match &self.inlined {
                    Some(call) => {
                        let (closure, arguments) = (call.closure, call.arguments.clone());
                        self.remove_allocation(Shape::Arguments(closure), arguments)
                    }
                    None => self.remove_allocation(Shape::FrameArguments, Vec::new()),
                };
            }
            CreateArguments => {
                let mut inputs = vec![self.env.context];
                if let Some(call) = self.inlined.clone() {
                    inputs.push(self.constant(call.closure));
                    inputs.extend(call.arguments);
                }
                let op = RuntimeOp::CreateArguments { mapped: o[0] == 1 };
                self.env.acc = self.runtime(op, inputs);
            }
            CreateRestParameter => {
                let params = self.shared.bytecode.parameter_count as usize;
                let (inlined, rest) = match &self.inlined {
                    Some(call) => (true, call.arguments.iter().skip(params).copied().collect()),
                    None => (false, Vec::new()),
                };
                self.env.acc = self.runtime(RuntimeOp::CreateRestParameter { inlined }, rest);
            }
            SaveContext => self.env.regs[o[0] as usize] = self.env.context,
            SetNamedProperty | DefineNamedOwnProperty => {
                let obj = self.env.regs[o[0] as usize];
                let name = constant(self, o[1]);
                let acc = self.env.acc;
                let define = op == DefineNamedOwnProperty;
                let stored = self.store_virtual(obj, name, acc, o[2], define)
                    || self.store_field(obj, acc, o[2], define)
                    || op == SetNamedProperty
                        && self.inline_accessor(obj, &[acc], o[2], FrameKind::Setter)?;
                if !stored {
                    let op = if op == SetNamedProperty {
                        RuntimeOp::SetNamed(name)
                    } else {
                        RuntimeOp::DefineNamed(name)
                    };
                    self.runtime(op, vec![obj, acc]);
                }
            }
            CreateEmptyObject => {
                // The allocation is removed until the object escapes.
                let shape = Shape::Object(self.object_map);
                self.env.acc = self.remove_allocation(shape, Vec::new());
            }
            GetKeyedProperty => {
                let obj = self.env.regs[o[0] as usize];
                let key = self.env.acc;
                self.env.acc = self.load_keyed(obj, key, o[1]);
            }
            SetKeyedProperty => {
                let obj = self.env.regs[o[0] as usize];
                let key = self.env.regs[o[1] as usize];
                let acc = self.env.acc;
                self.store_keyed(obj, key, acc, o[2]);
            }
            // Call: callee, receiver, arguments; Construct: constructor,
            // arguments. A site that never ran is a soft deopt.
            Call | Construct => {
                let (callee, args, argc) = (o[0] as usize, o[1] as usize, o[2] as usize);
                if matches!(
                    &self.shared.feedback.slots[o[3] as usize],
                    FeedbackSlot::Call { count: 0, .. }
                ) {
                    self.soft_deopt();
                    return Ok(());
                }
                let mut inputs = vec![self.env.regs[callee]];
                if op == Construct {
                    inputs.extend_from_slice(&self.env.regs[args..args + argc]);
                    let target = self.monomorphic_target(o[3]);
                    if self.try_inline(&inputs, target, FrameKind::Construct)? {
                        return Ok(());
                    }
                    self.env.acc = self.runtime(RuntimeOp::Construct, inputs);
                } else {
                    inputs.extend_from_slice(&self.env.regs[args..=args + argc]);
                    if self.try_inline_math(&inputs, o[3])
                        || self.try_inline_char_code_at(&inputs, o[3])
                        || self.try_array_push_pop(&inputs, o[3])
                        || self.try_inline(
                            &inputs,
                            self.monomorphic_target(o[3]),
                            FrameKind::Call,
                        )?
                    {
                        return Ok(());
                    }
                    self.env.acc = self.runtime(RuntimeOp::Call, inputs);
                }
                self.lazy_deopt_point(self.env.acc, op);
            }
            LdaContextSlot => {
                let context = self.env.context;
                self.env.acc = self.runtime(
                    RuntimeOp::LoadContextSlot {
                        depth: o[0],
                        index: o[1],
                    },
                    vec![context],
                );
            }
            StaContextSlot => {
                let (context, acc) = (self.env.context, self.env.acc);
                self.runtime(
                    RuntimeOp::StoreContextSlot {
                        depth: o[0],
                        index: o[1],
                    },
                    vec![context, acc],
                );
            }
            ThrowReferenceErrorIfHole => {
                let name = constant(self, o[0]);
                let acc = self.env.acc;
                self.runtime(RuntimeOp::CheckHole(name), vec![acc]);
            }
            CallRuntime => self.call_runtime(o)?,
            other => return Err(format!("unsupported bytecode {}", other.name()).into()),
        }
        Ok(())
    }

    /// `CallRuntime`: %DeoptimizeNow deoptimizes right after the call
    /// (resuming at the next bytecode with undefined in the accumulator);
    /// the testing intrinsics that only inspect or mark functions, and
    /// InitializeInstanceElements (which calls the field initializer, a
    /// lazy deopt point), run in the runtime. Others need an interpreter
    /// frame: not optimized.
    fn call_runtime(&mut self, o: &[u32]) -> Result<(), Stop> {
        use crate::interpreter::runtime_functions::RuntimeFunction as F;
        let f = F::ALL[o[0] as usize];
        let (first, count) = (o[1] as usize, o[2] as usize);
        match f {
            F::DeoptimizeNow => {
                let next = self.offset + Opcode::CallRuntime.length() as u32;
                self.env.acc = self.constant(Value::UNDEFINED);
                let fs = self.frame_state_at(next, self.env.clone());
                let id = self.emit(Op::Deoptimize, vec![], Repr::None);
                self.graph.nodes[id.0 as usize].deopt = Some((fs, DeoptReason::DeoptimizeNow));
                self.terminate(Terminator::Unreachable);
            }
            _ if optimizable_intrinsic(f) => {
                let inputs = self.env.regs[first..first + count].to_vec();
                self.env.acc = self.runtime(RuntimeOp::Intrinsic(o[0]), inputs);
                self.lazy_deopt_point(self.env.acc, Opcode::CallRuntime);
            }
            other => return Err(format!("unsupported runtime call %{other:?}").into()),
        }
        Ok(())
    }

    /// A monomorphic call of a `Math` builtin computed inline, behind a
    /// call-target check, on number arguments (a non-number deopts).
    /// `inputs` are callee, receiver, arguments.
    fn try_inline_math(&mut self, inputs: &[NodeId], slot: u32) -> bool {
        let Some(target) = self.monomorphic_target(slot) else {
            return false;
        };
        let Some(&(_, f)) = self.math_functions.iter().find(|(v, _)| *v == target) else {
            return false;
        };
        let args = &inputs[2..];
        if args.len() < f.arity() {
            return false;
        }
        self.check_call_target(inputs[0], target);
        let operands: Vec<NodeId> = args[..f.arity()]
            .iter()
            .map(|&a| self.unbox_float64(a))
            .collect();
        let r = self.emit(Op::Float64Math(f), operands, Repr::Float64);
        self.env.acc = self.emit(Op::Float64ToTagged, vec![r], Repr::Tagged);
        true
    }

    /// The one function a call site has called, if only one.
    fn monomorphic_target(&self, slot: u32) -> Option<Value> {
        match &self.shared.feedback.slots[slot as usize] {
            FeedbackSlot::Call {
                target: CallFeedback::Monomorphic(target),
                ..
            } => Some(*target),
            _ => None,
        }
    }

    /// Guards that the callee is the function the feedback saw.
    fn check_call_target(&mut self, callee: NodeId, target: Value) {
        self.guard(
            Op::CheckValue(target),
            vec![callee],
            Repr::None,
            DeoptReason::WrongCallTarget,
        );
    }

    /// `s.charCodeAt(i)` inline: a call-target check, a string check on the
    /// receiver, an int32 index inside the string (else deoptimize), and
    /// the code unit. `inputs` are callee, receiver, arguments.
    fn try_inline_char_code_at(&mut self, inputs: &[NodeId], slot: u32) -> bool {
        let Some(target) = self.monomorphic_target(slot) else {
            return false;
        };
        if target != self.char_code_at || inputs.len() < 3 {
            return false;
        }
        self.check_call_target(inputs[0], target);
        let string = inputs[1];
        self.guard(
            Op::CheckString,
            vec![string],
            Repr::None,
            DeoptReason::NotAString,
        );
        let index = self.unbox_int32(inputs[2]);
        let unit = self.guard(
            Op::StringCharCodeAt,
            vec![string, index],
            Repr::Int32,
            DeoptReason::OutOfBounds,
        );
        self.env.acc = self.box_int32(unit);
        true
    }

    /// Whether objects with this map are arrays without holes (their
    /// length is their element count).
    fn is_packed_array_map(&self, map: Gc<Map>) -> bool {
        !map.elements_kind.is_holey() && self.array_maps.iter().any(|&root| map.descends_from(root))
    }

    /// `array.push(v)` / `array.pop()` on an extensible packed array whose
    /// map was checked (loading `push`): the call becomes a map check and
    /// machine code on the elements, without the builtin call. `inputs`
    /// are callee, receiver, arguments.
    fn try_array_push_pop(&mut self, inputs: &[NodeId], slot: u32) -> bool {
        let Some(target) = self.monomorphic_target(slot) else {
            return false;
        };
        let argc = if target == self.array_push {
            1
        } else if target == self.array_pop {
            0
        } else {
            return false;
        };
        let array = inputs[1];
        let Some(&map) = self.checked_maps.get(&array) else {
            return false;
        };
        let kind = map.elements_kind;
        if inputs.len() != 2 + argc || !map.extensible || !self.is_packed_array_map(map) {
            return false;
        }
        self.check_call_target(inputs[0], target);
        self.check_map(array, map);
        self.env.acc = if argc == 1 {
            // The value must keep the elements kind (else the map changes).
            let mut value = self.materialize(inputs[2]);
            if kind.is_smi() {
                self.unbox_int32(value);
            } else if kind.is_double() {
                value = self.unbox_float64(value);
            }
            let double = kind.is_double();
            self.emit(Op::ArrayPush { double }, vec![array, value], Repr::Tagged)
        } else {
            self.emit(Op::ArrayPop, vec![array], Repr::Tagged)
        };
        true
    }

    /// Inlines a monomorphic call (or `new`) of a small function behind a
    /// call-target check, within a total budget of inlined bytecode.
    /// `inputs` are callee, receiver, arguments (for `new`: callee,
    /// arguments; `this` is allocated here). Returns false when the call
    /// stays a call.
    fn try_inline(
        &mut self,
        inputs: &[NodeId],
        target: Option<Value>,
        kind: FrameKind,
    ) -> Result<bool, Stop> {
        if self.depth >= self.max_inline_depth {
            return Ok(false);
        }
        let Some(target) = target else {
            return Ok(false);
        };
        let Some((callee, context)) = target
            .to_object_opt()
            .and_then(|o| o.closure().map(|c| (c.shared, c.context)))
        else {
            return Ok(false);
        };
        let construct = kind == FrameKind::Construct;
        // A constructor inlines when `this` is a plain allocation (no
        // `super()`).
        if construct && (!callee.is_constructor() || callee.kind.is_derived_constructor()) {
            return Ok(false);
        }
        let inlined: usize = self
            .graph
            .inlinings
            .iter()
            .map(|i| i.function.bytecode.code.len())
            .sum();
        if callee == self.shared
            || !inlinable(callee, construct)
            || inlined + callee.bytecode.code.len() > MAX_INLINED_BYTECODE_CUMULATIVE
        {
            return Ok(false);
        }
        // A constant callee (a getter the maps pinned) needs no check.
        if !matches!(self.graph.node(inputs[0]).op, Op::Constant(v) if v == target) {
            self.check_call_target(inputs[0], target);
        }
        // The caller resumes after the call, the callee's result arriving
        // in its accumulator (so the accumulator itself is dead there).
        let after = self.offset
            + Opcode::from_u8(self.shared.bytecode.code[self.offset as usize]).length() as u32;
        let call_in_try = self.in_try().then_some(self.offset);
        let outer = self.frame_state_live(after, self.env.clone(), call_in_try);
        // (A setter's result is dropped: the assigned value stays.)
        if kind != FrameKind::Setter {
            self.graph.frame_states[outer.0 as usize].accumulator = None;
        }
        let cont = self.graph.add_block();
        let undefined = self.constant(Value::UNDEFINED);
        let context = self.constant(context);
        // `new` allocates `this` from the constructor's `prototype`; a
        // sloppy callee sees `this` converted, as its interpreter frame
        // would (undefined → the global object).
        let (receiver, arguments) = if construct {
            let f = self.constant(target);
            let this = self.runtime(RuntimeOp::ConstructReceiver, vec![f]);
            (this, inputs[1..].to_vec())
        } else if callee.strict {
            (inputs[1], inputs[2..].to_vec())
        } else {
            let this = self.runtime(RuntimeOp::SloppyReceiver, vec![inputs[1]]);
            (this, inputs[2..].to_vec())
        };
        let params = callee.bytecode.parameter_count as usize;
        let mut regs: Vec<NodeId> = arguments.iter().copied().take(params).collect();
        regs.resize(callee.bytecode.frame_size(), undefined);
        let env = Env {
            regs,
            acc: undefined,
            context,
            objects: self.env.objects.clone(),
            materialized: self.env.materialized.clone(),
        };
        let outer_roots = self.roots_for_inlining();
        self.graph.inlinings.push(Inlining {
            function: callee,
            parent: self.inlining,
            call_offset: self.offset,
            is_construct: construct,
        });
        let inlining = self.graph.inlinings.len() as u32;
        let mut inner = GraphBuilder {
            shared: callee,
            graph: std::mem::take(&mut self.graph),
            liveness: Liveness::analyze(&callee.bytecode),
            current: self.current,
            env: env.clone(),
            env_before: env,
            offset: 0,
            blocks: HashMap::new(),
            unboxed_int32: HashMap::new(),
            unboxed_float64: HashMap::new(),
            converted_float64: HashMap::new(),
            boxed: HashMap::new(),
            outer_state: Some(outer),
            inlined: Some(InlinedCall {
                closure: target,
                receiver,
                arguments,
                kind,
            }),
            continuation: Some(cont),
            depth: self.depth + 1,
            max_inline_depth: self.max_inline_depth,
            inlining,
            receiver,
            arguments_map: self.arguments_map,
            math_functions: self.math_functions.clone(),
            char_code_at: self.char_code_at,
            array_push: self.array_push,
            array_pop: self.array_pop,
            array_maps: self.array_maps,
            checked_maps: HashMap::new(),
            string_map: self.string_map,
            prototype_epoch: self.prototype_epoch,
            materializing: Vec::new(),
            cycle_stores: Vec::new(),
            object_map: self.object_map,
            caller_in_try: self.in_try(),
            loops: HashMap::new(),
            returns: Vec::new(),
            outer_roots,
            loop_escapes: self.loop_escapes.clone(),
            retry: None,
            undefined: self.undefined,
        };
        inner.find_blocks();
        let built = inner.walk();
        self.graph = inner.graph;
        built?;
        // The caller continues from every return, with the callee's
        // removed objects as they stand there.
        let incoming: Vec<(BlockId, Env)> = inner
            .returns
            .into_iter()
            .map(|(from, callee)| {
                let mut env = self.env.clone();
                for slot in env.regs.iter_mut().chain([&mut env.context]) {
                    *slot = callee.resolve(*slot);
                }
                env.acc = match kind {
                    FrameKind::Setter => callee.resolve(env.acc),
                    _ => callee.acc,
                };
                env.objects = callee.objects;
                env.materialized = callee.materialized;
                (from, env)
            })
            .collect();
        self.current = None;
        if !incoming.is_empty() {
            self.env = self.merge(cont, incoming, after, false);
            self.current = Some(cont);
        }
        self.forget_conversions();
        if construct {
            let result = self.env.acc;
            self.env.acc = self.emit(Op::ConstructResult, vec![result, receiver], Repr::Tagged);
        }
        Ok(true)
    }

    /// A named store into a removed object: its own writable field, or a
    /// map transition the feedback saw from its current map. Returns false
    /// when the store must really happen.
    fn store_virtual(
        &mut self,
        obj: NodeId,
        name: Value,
        value: NodeId,
        slot: u32,
        define: bool,
    ) -> bool {
        let Some(&VirtualObject {
            shape: Shape::Object(current),
            ..
        }) = self.env.objects.get(&obj)
        else {
            return false;
        };
        let key = PropertyKey::String(name.as_string());
        let shared = self.shared;
        let (map, field) = match current.lookup(key) {
            Some((_, d)) if !d.attrs.is_accessor() && d.attrs.writable() => (current, d.slot),
            Some(_) => return false,
            None => match shared.feedback.slots[slot as usize] {
                FeedbackSlot::Property(PropertyFeedback::Monomorphic(
                    from,
                    Handler::Transition(to, s, epoch),
                )) if from == current
                    && to.last_added_is(key)
                    && (define || self.check_prototype_epoch(epoch)) =>
                {
                    (to, s)
                }
                _ => return false,
            },
        };
        let undefined = self.constant(Value::UNDEFINED);
        let vo = self.env.objects.get_mut(&obj).unwrap();
        vo.shape = Shape::Object(map);
        if vo.fields.len() <= field as usize {
            vo.fields.resize(field as usize + 1, undefined);
        }
        vo.fields[field as usize] = value;
        true
    }

    /// A getter (load site, `FrameKind::Call`) or setter (store site,
    /// `FrameKind::Setter`, `arguments` the value) on a prototype that the
    /// slot's feedback cached: the receiver's and holder's maps pin it, and
    /// its body inlines. Returns false when the access must really happen.
    fn inline_accessor(
        &mut self,
        obj: NodeId,
        arguments: &[NodeId],
        slot: u32,
        kind: FrameKind,
    ) -> Result<bool, Stop> {
        let FeedbackSlot::Property(PropertyFeedback::Monomorphic(
            map,
            Handler::Accessor {
                holder,
                holder_map,
                function,
            },
        )) = self.shared.feedback.slots[slot as usize]
        else {
            return Ok(false);
        };
        self.check_map(obj, map);
        let holder = self.constant(holder);
        self.check_map(holder, holder_map);
        let callee = self.constant(function);
        let inputs: Vec<NodeId> = [callee, obj]
            .into_iter()
            .chain(arguments.iter().copied())
            .collect();
        self.try_inline(&inputs, Some(function), kind)
    }

    /// The call node `call` resumes, after a lazy deopt, at the next
    /// bytecode with its result in the accumulator.
    fn lazy_deopt_point(&mut self, call: NodeId, op: Opcode) {
        if self.current.is_none() {
            return;
        }
        let next = self.offset + op.length() as u32;
        let fs = self.frame_state_at(next, self.env.clone());
        self.graph.nodes[call.0 as usize].lazy = Some(fs);
    }

    /// The running function's closure: known when inlined.
    fn closure(&mut self) -> NodeId {
        match &self.inlined {
            Some(call) => self.constant(call.closure),
            None => self.runtime(RuntimeOp::FrameFunction, vec![]),
        }
    }

    /// `new.target`: the constructor in an inlined `new`, undefined in
    /// another inlined call, the frame record's otherwise.
    fn new_target(&mut self) -> NodeId {
        match &self.inlined {
            Some(call) if call.kind == FrameKind::Construct => self.constant(call.closure),
            Some(_) => self.constant(Value::UNDEFINED),
            None => self.runtime(RuntimeOp::FrameNewTarget, vec![]),
        }
    }

    /// `v == null` (TestUndetectable), `v === null`, `v === undefined`.
    fn nullish_test(&mut self, op: Opcode, v: NodeId) -> NodeId {
        let is = |b: &mut Self, c: Value| {
            let c = b.constant(c);
            b.emit(Op::TaggedEqual, vec![v, c], Repr::Bool)
        };
        match op {
            Opcode::TestNull => is(self, Value::NULL),
            Opcode::TestUndefined => is(self, Value::UNDEFINED),
            _ => {
                let (null, undefined) = (is(self, Value::NULL), is(self, Value::UNDEFINED));
                self.emit(Op::BoolOr, vec![null, undefined], Repr::Bool)
            }
        }
    }

    /// A branch condition from the accumulator: booleans compare with
    /// true; with `to_boolean`, anything goes through ToBoolean.
    fn condition(&mut self, v: NodeId, to_boolean: bool) -> NodeId {
        if let Op::BoolToTagged = self.graph.node(v).op {
            return self.graph.node(v).inputs[0];
        }
        let v = if to_boolean {
            self.runtime(RuntimeOp::ToBoolean, vec![v])
        } else {
            v
        };
        self.emit(Op::TaggedToBool, vec![v], Repr::Bool)
    }

    fn binary(&mut self, op: Opcode, lhs: NodeId, rhs: NodeId, slot: u32) -> NodeId {
        let hint = self.hint(slot);
        let num_op = match op {
            Opcode::Add => Some(NumOp::Add),
            Opcode::Sub => Some(NumOp::Sub),
            Opcode::Mul => Some(NumOp::Mul),
            Opcode::Div => Some(NumOp::Div),
            Opcode::Mod => Some(NumOp::Mod),
            Opcode::BitwiseAnd => Some(NumOp::BitAnd),
            Opcode::BitwiseOr => Some(NumOp::BitOr),
            Opcode::BitwiseXor => Some(NumOp::BitXor),
            Opcode::ShiftLeft => Some(NumOp::Shl),
            Opcode::ShiftRight => Some(NumOp::Sar),
            _ => None,
        };
        let bitwise = matches!(
            op,
            Opcode::BitwiseAnd
                | Opcode::BitwiseOr
                | Opcode::BitwiseXor
                | Opcode::ShiftLeft
                | Opcode::ShiftRight
        );
        match (hint, num_op) {
            (BinaryOpHint::NONE, _) => {
                self.soft_deopt();
                self.constant(Value::UNDEFINED)
            }
            (BinaryOpHint::SIGNED_SMALL, Some(n)) if n != NumOp::Div => {
                let (a, b) = (self.unbox_int32(lhs), self.unbox_int32(rhs));
                let r = if bitwise {
                    self.emit(Op::CheckedInt32(n), vec![a, b], Repr::Int32)
                } else {
                    self.guard(
                        Op::CheckedInt32(n),
                        vec![a, b],
                        Repr::Int32,
                        DeoptReason::Overflow,
                    )
                };
                self.box_int32(r)
            }
            (h, Some(n)) if h & (BinaryOpHint::STRING | BinaryOpHint::ANY) == 0 && !bitwise => {
                let (a, b) = (self.unbox_number(lhs, h), self.unbox_number(rhs, h));
                let r = self.emit(Op::Float64(n), vec![a, b], Repr::Float64);
                self.box_float64(r)
            }
            _ => self.runtime(RuntimeOp::Binary(op), vec![lhs, rhs]),
        }
    }

    fn compare(&mut self, op: Opcode, lhs: NodeId, rhs: NodeId, slot: u32) -> NodeId {
        let hint = self.hint(slot);
        let cmp = match op {
            Opcode::TestLessThan => Cmp::Lt,
            Opcode::TestGreaterThan => Cmp::Gt,
            Opcode::TestLessThanOrEqual => Cmp::Le,
            Opcode::TestGreaterThanOrEqual => Cmp::Ge,
            _ => Cmp::Eq,
        };
        let c = match hint {
            BinaryOpHint::NONE => {
                self.soft_deopt();
                return self.constant(Value::UNDEFINED);
            }
            BinaryOpHint::SIGNED_SMALL if op != Opcode::TestEqual => {
                let (a, b) = (self.unbox_int32(lhs), self.unbox_int32(rhs));
                self.emit(Op::Int32Compare(cmp), vec![a, b], Repr::Bool)
            }
            // Strict equality does not convert: oddballs stay generic.
            h if h & (BinaryOpHint::STRING | BinaryOpHint::ANY) == 0
                && op != Opcode::TestEqual
                && (op != Opcode::TestEqualStrict || h & BinaryOpHint::NUMBER_OR_ODDBALL == 0) =>
            {
                let (a, b) = (self.unbox_number(lhs, h), self.unbox_number(rhs, h));
                self.emit(Op::Float64Compare(cmp), vec![a, b], Repr::Bool)
            }
            _ => return self.runtime(RuntimeOp::Binary(op), vec![lhs, rhs]),
        };
        self.emit(Op::BoolToTagged, vec![c], Repr::Tagged)
    }

    fn load_named(&mut self, obj: NodeId, name: Value, slot: u32) -> Result<NodeId, Stop> {
        // A removed object's own data field (or array's length) is known
        // here and now.
        match self.env.objects.get(&obj) {
            Some(VirtualObject {
                shape: Shape::Object(map),
                fields,
                ..
            }) => {
                if let Some((_, d)) = map.lookup(PropertyKey::String(name.as_string()))
                    && !d.attrs.is_accessor()
                    && let Some(&field) = fields.get(d.slot as usize)
                {
                    return Ok(field);
                }
            }
            Some(VirtualObject {
                shape: Shape::Array | Shape::Arguments(_),
                fields,
                ..
            }) if name.as_string().to_rust_string() == "length" => {
                let length = self.emit(Op::Int32Constant(fields.len() as i32), vec![], Repr::Int32);
                return Ok(self.box_int32(length));
            }
            Some(VirtualObject {
                shape: Shape::FrameArguments,
                ..
            }) if name.as_string().to_rust_string() == "length" => {
                let length = self.emit(Op::ArgumentCount, vec![], Repr::Int32);
                return Ok(self.box_int32(length));
            }
            _ => {}
        }
        Ok(match &self.shared.feedback.slots[slot as usize] {
            FeedbackSlot::Property(PropertyFeedback::Uninitialized) => {
                self.soft_deopt();
                self.constant(Value::UNDEFINED)
            }
            FeedbackSlot::Property(PropertyFeedback::Monomorphic(map, Handler::StringLength))
                if *map == self.string_map =>
            {
                self.guard(
                    Op::CheckString,
                    vec![obj],
                    Repr::None,
                    DeoptReason::NotAString,
                );
                let length = self.emit(Op::StringLength, vec![obj], Repr::Int32);
                self.box_int32(length)
            }
            // A packed array's length is its element count.
            FeedbackSlot::Property(PropertyFeedback::Monomorphic(map, Handler::ArrayLength))
                if self.is_packed_array_map(*map) =>
            {
                self.check_map(obj, *map);
                let length = self.emit(Op::ElementsLength, vec![obj], Repr::Int32);
                self.box_int32(length)
            }
            FeedbackSlot::Property(PropertyFeedback::Monomorphic(map, Handler::Field(field))) => {
                let (map, field) = (*map, *field);
                self.check_map(obj, map);
                self.emit(Op::LoadField(field), vec![obj], Repr::Tagged)
            }
            // A method (or other data property) on a prototype: the
            // receiver's map and the holder's map pin where it is.
            FeedbackSlot::Property(PropertyFeedback::Monomorphic(
                map,
                Handler::Prototype {
                    holder,
                    holder_map,
                    slot,
                },
            )) => {
                let (map, holder, holder_map, slot) = (*map, *holder, *holder_map, *slot);
                self.check_map(obj, map);
                let holder = self.constant(holder);
                self.check_map(holder, holder_map);
                self.emit(Op::LoadField(slot), vec![holder], Repr::Tagged)
            }
            FeedbackSlot::Property(PropertyFeedback::Polymorphic(entries))
                if entries.iter().all(|(_, h)| matches!(h, Handler::Field(_))) =>
            {
                let entries = entries
                    .iter()
                    .map(|(m, h)| match h {
                        Handler::Field(f) => (*m, *f),
                        _ => unreachable!(),
                    })
                    .collect();
                self.guard(
                    Op::LoadFieldByMap(entries),
                    vec![obj],
                    Repr::Tagged,
                    DeoptReason::WrongMap,
                )
            }
            FeedbackSlot::Property(PropertyFeedback::Monomorphic(_, Handler::Accessor { .. })) => {
                if self.inline_accessor(obj, &[], slot, FrameKind::Call)? {
                    self.env.acc
                } else {
                    self.runtime(RuntimeOp::GetNamed(name), vec![obj])
                }
            }
            _ => self.runtime(RuntimeOp::GetNamed(name), vec![obj]),
        })
    }

    /// The value of a tagged node known to be this int32 constant.
    fn int32_constant(&self, n: NodeId) -> Option<i32> {
        let node = self.graph.node(n);
        match node.op {
            Op::Constant(v) if v.is_int() => Some(v.as_int()),
            Op::Int32ToTagged => match self.graph.node(node.inputs[0]).op {
                Op::Int32Constant(i) => Some(i),
                _ => None,
            },
            _ => None,
        }
    }

    fn check_map(&mut self, obj: NodeId, map: Gc<Map>) {
        self.checked_maps.insert(obj, map);
        self.guard(
            Op::CheckMap(map),
            vec![obj],
            Repr::None,
            DeoptReason::WrongMap,
        );
    }

    /// A named store the feedback saw hit an own writable field, or add
    /// one with a map transition (in-object slots only): a map check and
    /// the store. Returns false when the store must go to the runtime.
    fn store_field(&mut self, obj: NodeId, value: NodeId, slot: u32, define: bool) -> bool {
        let (map, field, transition) = match &self.shared.feedback.slots[slot as usize] {
            FeedbackSlot::Property(PropertyFeedback::Monomorphic(map, Handler::Field(f))) => {
                (*map, *f, None)
            }
            FeedbackSlot::Property(PropertyFeedback::Monomorphic(
                from,
                Handler::Transition(to, f, epoch),
            )) => (*from, *f, Some((*to, *epoch))),
            _ => return false,
        };
        if field as usize >= INOBJECT_SLOTS {
            return false;
        }
        if let Some((_, epoch)) = transition
            && !define
            && !self.check_prototype_epoch(epoch)
        {
            return false;
        }
        self.check_map(obj, map);
        let value = self.materialize(value);
        self.emit(Op::StoreField(field), vec![obj, value], Repr::None);
        if let Some((to, _)) = transition {
            self.emit(Op::StoreMap(to), vec![obj], Repr::None);
        }
        true
    }

    /// A store that adds a property by a transition cached at prototype
    /// epoch `epoch` is right while no setter or read-only property has
    /// appeared on a prototype since: guarded (stale feedback is unused).
    fn check_prototype_epoch(&mut self, epoch: u32) -> bool {
        if epoch != self.prototype_epoch {
            return false;
        }
        self.guard(
            Op::CheckPrototypeEpoch(epoch),
            vec![],
            Repr::None,
            DeoptReason::PrototypeChainChanged,
        );
        true
    }

    /// The maps a keyed access saw, when every one has dense elements
    /// and no access missed them.
    fn dense_element_maps(&self, slot: u32) -> Option<Vec<Gc<Map>>> {
        let FeedbackSlot::Keyed {
            maps,
            saw_non_index: false,
            saw_out_of_bounds: false,
        } = &self.shared.feedback.slots[slot as usize]
        else {
            return None;
        };
        let maps: Vec<Gc<Map>> = match maps {
            PropertyFeedback::Monomorphic(m, Handler::Element) => vec![*m],
            PropertyFeedback::Polymorphic(entries)
                if entries.iter().all(|(_, h)| matches!(h, Handler::Element)) =>
            {
                entries.iter().map(|(m, _)| *m).collect()
            }
            _ => return None,
        };
        let dense = |m: &Gc<Map>| {
            m.elements_kind != ElementsKind::Dictionary && !m.descends_from(self.arguments_map)
        };
        maps.iter().all(dense).then_some(maps)
    }

    fn check_maps(&mut self, obj: NodeId, maps: &[Gc<Map>]) {
        match maps {
            [map] => self.check_map(obj, *map),
            _ => {
                self.guard(
                    Op::CheckMaps(maps.to_vec()),
                    vec![obj],
                    Repr::None,
                    DeoptReason::WrongMap,
                );
            }
        }
    }

    /// `obj[key]`: dense elements behind a map check, bounds check and
    /// (for holey kinds) a hole check; else the runtime.
    fn load_keyed(&mut self, obj: NodeId, key: NodeId, slot: u32) -> NodeId {
        // An element of a removed array or arguments object at a
        // constant index.
        if let Some(VirtualObject {
            shape: Shape::Array | Shape::Arguments(_),
            fields,
            ..
        }) = self.env.objects.get(&obj)
            && let Some(i) = self.int32_constant(key)
            && let Some(&element) = usize::try_from(i).ok().and_then(|i| fields.get(i))
        {
            return element;
        }
        // An element of the optimized function's removed arguments object,
        // where the site only ever saw indices inside it.
        if let Some(VirtualObject {
            shape: Shape::FrameArguments,
            ..
        }) = self.env.objects.get(&obj)
            && let FeedbackSlot::Keyed {
                maps,
                saw_non_index: false,
                saw_out_of_bounds: false,
            } = &self.shared.feedback.slots[slot as usize]
            && !matches!(maps, PropertyFeedback::Uninitialized)
        {
            let index = self.unbox_int32(key);
            return self.guard(
                Op::LoadArgument,
                vec![index],
                Repr::Tagged,
                DeoptReason::OutOfBounds,
            );
        }
        if let FeedbackSlot::Keyed {
            maps: PropertyFeedback::Uninitialized,
            saw_non_index: false,
            saw_out_of_bounds: false,
        } = &self.shared.feedback.slots[slot as usize]
        {
            self.soft_deopt();
            return self.constant(Value::UNDEFINED);
        }
        let Some(maps) = self.dense_element_maps(slot) else {
            return self.runtime(RuntimeOp::GetKeyed, vec![obj, key]);
        };
        let holey = maps.iter().any(|m| m.elements_kind.is_holey());
        self.check_maps(obj, &maps);
        let index = self.unbox_int32(key);
        let obj = self.materialize(obj);
        self.guard(
            Op::LoadElement { holey },
            vec![obj, index],
            Repr::Tagged,
            DeoptReason::OutOfBounds,
        )
    }

    /// `obj[key] = value` within the dense elements, with the value the
    /// elements kind holds (Smi kinds an int32, double kinds a number);
    /// else the runtime.
    fn store_keyed(&mut self, obj: NodeId, key: NodeId, value: NodeId, slot: u32) {
        let maps = self.dense_element_maps(slot).filter(|maps| {
            let double = |m: &Gc<Map>| m.elements_kind.is_double();
            maps.iter().all(double) || !maps.iter().any(double)
        });
        let Some(maps) = maps else {
            self.runtime(RuntimeOp::SetKeyed, vec![obj, key, value]);
            return;
        };
        self.check_maps(obj, &maps);
        let index = self.unbox_int32(key);
        let double = maps[0].elements_kind.is_double();
        let stored = if double {
            self.unbox_float64(value)
        } else {
            if maps.iter().any(|m| m.elements_kind.is_smi()) {
                self.unbox_int32(value);
            }
            self.materialize(value)
        };
        let obj = self.materialize(obj);
        self.guard(
            Op::StoreElement { double },
            vec![obj, index, stored],
            Repr::None,
            DeoptReason::OutOfBounds,
        );
    }
}

/// Whether a callee can be inlined (for a call, or for `new`): small, and made only of instructions
/// the graph builder supports. Inlined code may call and throw: an
/// exception leaves the whole optimized activation, or (inside a try
/// range of any of its frames) deoptimizes to the handler; stack traces
/// and error messages recover the inlined frames from the position its
/// runtime calls record.
fn inlinable(shared: Gc<SharedFunctionInfo>, construct: bool) -> bool {
    let bytecode = &shared.bytecode;
    let kind_ok = if construct {
        shared.is_optimizable_kind()
    } else {
        shared.is_inlinable_kind()
    };
    if !kind_ok || shared.never_optimize || bytecode.code.len() > MAX_INLINED_BYTECODE {
        return false;
    }
    let mut pc = 0;
    while pc < bytecode.code.len() {
        let op = Opcode::from_u8(bytecode.code[pc]);
        let o = decode_operands(&bytecode.code, pc, op);
        if !builds(bytecode, op, &o) {
            return false;
        }
        pc += op.length();
    }
    true
}

/// Whether `GraphBuilder::instruction` handles this instruction (it fails the
/// compilation on any other).
fn builds(bytecode: &crate::bytecode::BytecodeArray, op: Opcode, o: &[u32]) -> bool {
    use Opcode::*;
    match op {
        LdaUndefined
        | LdaNull
        | LdaTrue
        | LdaFalse
        | LdaTheHole
        | LdaSmi
        | Ldar
        | Star
        | Mov
        | Jump
        | JumpLoop
        | JumpIfTrue
        | JumpIfFalse
        | JumpIfToBooleanTrue
        | JumpIfToBooleanFalse
        | JumpIfUndefined
        | JumpIfNotUndefined
        | JumpIfNull
        | JumpIfNotNull
        | Return
        | LdaContextSlot
        | StaContextSlot
        | LogicalNot
        | LdaGlobal
        | GetNamedProperty
        | SetNamedProperty
        | DefineNamedOwnProperty
        | CreateEmptyObject
        | GetKeyedProperty
        | SetKeyedProperty
        | Call
        | Construct
        | LdaReceiver
        | Throw
        | ReThrow
        | CreateContext
        | PushContext
        | PopContext
        | SaveContext
        | CreateArguments
        | CreateRestParameter
        | LdaClosure
        | LdaNewTarget
        | CreateClosure
        | TypeOf
        | ToString
        | ToPropertyKey
        | Negate
        | BitwiseNot
        | GetIterator
        | ForInPrepare
        | ForInNext
        | TestInstanceOf
        | TestIn
        | DeleteProperty
        | CreateEmptyArray
        | CreateArrayFromRegisters
        | ArrayPush
        | ArrayPushHole
        | ArraySpread
        | CopyDataProperties
        | CreateRegExp
        | LdaGlobalInsideTypeof
        | StaGlobal
        | TestUndetectable
        | TestNull
        | TestUndefined
        | JumpIfUndefinedOrNull
        | JumpIfNotUndefinedOrNull
        | ThrowReferenceErrorIfHole
        | ToNumeric
        | Add
        | Sub
        | Mul
        | Div
        | Mod
        | BitwiseOr
        | BitwiseXor
        | BitwiseAnd
        | ShiftLeft
        | ShiftRight
        | Inc
        | Dec
        | TestEqualStrict
        | TestLessThan
        | TestGreaterThan
        | TestLessThanOrEqual
        | TestGreaterThanOrEqual => true,
        LdaConstant => !bytecode.constants[o[0] as usize].is_internal(),
        CallRuntime => optimizable_intrinsic(
            crate::interpreter::runtime_functions::RuntimeFunction::ALL[o[0] as usize],
        ),
        _ => false,
    }
}

/// The `%Intrinsics` optimized code supports (see `call_runtime`).
fn optimizable_intrinsic(f: crate::interpreter::runtime_functions::RuntimeFunction) -> bool {
    use crate::interpreter::runtime_functions::RuntimeFunction as F;
    matches!(
        f,
        F::DeoptimizeNow
            | F::PrepareFunctionForOptimization
            | F::OptimizeFunctionOnNextCall
            | F::NeverOptimizeFunction
            | F::DeoptimizeFunction
            | F::GetOptimizationStatus
            | F::IsBeingInterpreted
            | F::HaveSameMap
            | F::HasFastProperties
            | F::DebugPrint
            | F::InitializeInstanceElements
    )
}
