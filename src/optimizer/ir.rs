//! The optimizer's IR: a control-flow graph of basic blocks holding nodes
//! in SSA form. Every node has a *representation* (tagged JS value, raw
//! int32, raw float64 or a branch condition), fixed when it is built: the
//! graph builder decides from feedback which operations are speculated
//! and inserts the checks and conversions between representations.
//!
//! Speculation lives in *guards*: nodes that deoptimize when their
//! assumption fails. Each guard carries a `FrameState` (the interpreter
//! state to resume in: function, bytecode offset, and the node for every
//! parameter, register, the accumulator and the context that is live
//! there) and a `DeoptReason`. Nodes that call into the runtime may throw:
//! the code then returns the exception marker to its caller.
//!
//! Phis are block parameters (as in Cranelift): a `Jump`/`Branch` passes
//! one argument per parameter of its target block.

pub use crate::deoptimizer::translation::FrameKind;
use crate::runtime::function::SharedFunctionInfo;
use crate::runtime::heap::Gc;
use crate::runtime::map::Map;
use crate::runtime::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct NodeId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct BlockId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct FrameStateId(pub u32);

/// How a node's value is held in machine code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    /// A NaN-boxed `Value` in a 64-bit register.
    Tagged,
    Int32,
    Float64,
    /// A branch condition (0 or 1).
    Bool,
    /// Produces nothing (stores, checks).
    None,
}

/// Why a guard deoptimizes; printed by `--trace-deopt`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DeoptReason {
    NotASmi,
    NotANumber,
    Overflow,
    MinusZero,
    DivisionByZero,
    LostPrecision,
    WrongMap,
    NotAnObject,
    WrongCallTarget,
    Hole,
    OutOfBounds,
    InsufficientTypeFeedback,
    DeoptimizeNow,
    /// Lazy: the code was invalidated while a call out of it ran.
    Invalidated,
    /// An operation threw inside a try range: the interpreter catches it.
    Exception,
    NotANumberOrOddball,
    NotAString,
    PrototypeChainChanged,
}

impl DeoptReason {
    pub fn message(self) -> &'static str {
        match self {
            DeoptReason::NotASmi => "not a Smi",
            DeoptReason::NotANumber => "not a Number",
            DeoptReason::Overflow => "overflow",
            DeoptReason::MinusZero => "minus zero",
            DeoptReason::DivisionByZero => "division by zero",
            DeoptReason::LostPrecision => "lost precision",
            DeoptReason::WrongMap => "wrong map",
            DeoptReason::NotAnObject => "not a heap object",
            DeoptReason::WrongCallTarget => "wrong call target",
            DeoptReason::Hole => "hole",
            DeoptReason::OutOfBounds => "out of bounds",
            DeoptReason::InsufficientTypeFeedback => {
                "Insufficient type feedback for generic named access"
            }
            DeoptReason::DeoptimizeNow => "%DeoptimizeNow",
            DeoptReason::Invalidated => "code invalidated",
            DeoptReason::Exception => "exception in a try block",
            DeoptReason::NotANumberOrOddball => "not a Number or Oddball",
            DeoptReason::NotAString => "not a String",
            DeoptReason::PrototypeChainChanged => "prototype chain changed",
        }
    }
}

/// Binary operations on raw numbers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumOp {
    Add,
    Sub,
    Mul,
    Div,
    /// `%`: the remainder with the dividend's sign (C's `fmod`).
    Mod,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Sar,
}

/// Math builtins optimized code computes itself on float64s (their
/// semantics are exactly these machine operations: -0 and NaN included).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MathFn {
    Abs,
    Ceil,
    Floor,
    Sqrt,
    Trunc,
    /// Two arguments.
    Max,
    /// Two arguments.
    Min,
}

impl MathFn {
    /// The `Math` method behind each, as installed.
    pub const ALL: [(MathFn, &'static str); 7] = [
        (MathFn::Abs, "abs"),
        (MathFn::Ceil, "ceil"),
        (MathFn::Floor, "floor"),
        (MathFn::Sqrt, "sqrt"),
        (MathFn::Trunc, "trunc"),
        (MathFn::Max, "max"),
        (MathFn::Min, "min"),
    ];

    pub fn arity(self) -> usize {
        match self {
            MathFn::Max | MathFn::Min => 2,
            _ => 1,
        }
    }
}

/// Comparisons producing a condition.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Generic operations done by calling into the runtime (they may run
/// JavaScript, allocate and throw). The bytecode opcode says which.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RuntimeOp {
    /// A binary or compare bytecode applied to two tagged values.
    Binary(crate::bytecode::Opcode),
    /// ToBoolean, as a tagged true/false.
    ToBoolean,
    ToNumeric,
    LoadGlobal(Value),
    /// Named load of a constant key (an interned string).
    GetNamed(Value),
    GetKeyed,
    SetNamed(Value),
    /// Defines an own data property (object literals: no setters run).
    DefineNamed(Value),
    SetKeyed,
    /// inputs: callee, receiver, arguments…
    Call,
    LoadContextSlot {
        depth: u32,
        index: u32,
    },
    StoreContextSlot {
        depth: u32,
        index: u32,
    },
    /// Throws ReferenceError "Cannot access 'name' before initialization"
    /// when the input is the hole; returns it otherwise.
    CheckHole(Value),
    /// A `%Intrinsic` by `RuntimeFunction` id, on its arguments.
    Intrinsic(u32),
    /// Allocates a plain object with this map and the inputs as its fields
    /// (slot order): a removed allocation that escapes after all.
    AllocateObject(Gc<Map>),
    /// Writes the second input into the object's field (a cycle closed
    /// after allocation).
    StoreSlot(u32),
    /// Writes the second input into the array's element (likewise).
    StoreElementAt(u32),
    /// inputs: constructor, arguments… (`new.target` is the constructor).
    Construct,
    /// A sloppy-mode callee's `this` from its receiver: the global object
    /// for undefined or null, a wrapper for a primitive.
    SloppyReceiver,
    /// `throw`: never returns normally.
    Throw,
    /// A function context with this many slots, whose parent is the input.
    CreateContext(u32),
    /// The `arguments` object. Inputs: the context, then (inlined) the
    /// closure and the actual arguments; the outermost function's come
    /// from its frame record.
    CreateArguments {
        mapped: bool,
    },
    /// A rest parameter. Inputs (inlined): the arguments after the formal
    /// parameters; the outermost function's come from its frame record.
    CreateRestParameter {
        inlined: bool,
    },
    /// A closure of this function (a `SharedFunctionInfo`). Inputs: the
    /// context, the function creating it, its `this` and `new.target`.
    CreateClosure(Value),
    /// OrdinaryCreateFromConstructor for the input (a constructor, also
    /// `new.target`): the `this` of an inlined `new`.
    ConstructReceiver,
    /// The optimized function's own closure and `new.target`, from its
    /// frame record.
    FrameFunction,
    FrameNewTarget,
    /// An instruction run as the interpreter runs it
    /// (`Vm::generic_operation`), on the inputs it lists.
    Generic(crate::bytecode::Opcode),
}

impl RuntimeOp {
    /// Whether the operation may run JavaScript (getters, setters,
    /// proxies, valueOf…), which can change any object's fields and maps.
    pub fn runs_javascript(self) -> bool {
        !matches!(
            self,
            RuntimeOp::ToBoolean
                | RuntimeOp::LoadContextSlot { .. }
                | RuntimeOp::StoreContextSlot { .. }
                | RuntimeOp::AllocateObject(_)
                | RuntimeOp::StoreSlot(_)
                | RuntimeOp::StoreElementAt(_)
                | RuntimeOp::CreateContext(_)
                | RuntimeOp::CreateClosure(_)
                | RuntimeOp::FrameFunction
                | RuntimeOp::FrameNewTarget
                | RuntimeOp::CreateArguments { .. }
                | RuntimeOp::CreateRestParameter { .. }
                | RuntimeOp::SloppyReceiver
                | RuntimeOp::CheckHole(_)
                | RuntimeOp::Generic(crate::bytecode::Opcode::CreateArrayFromRegisters)
        )
    }

    /// Whether the operation may throw (and so needs an exception state
    /// inside a try range).
    pub fn can_throw(self) -> bool {
        self.runs_javascript() || matches!(self, RuntimeOp::CheckHole(_))
    }
}

#[derive(Clone, Debug)]
pub enum Op {
    /// Argument `i` (0 = receiver), tagged; missing arguments are undefined.
    Parameter(u32),
    /// The closure's context.
    Context,
    /// On-stack replacement: slot `i` of the interpreter frame handed over
    /// (its registers, then the accumulator, then the context).
    OsrValue(u32),
    Constant(Value),
    Int32Constant(i32),
    Float64Constant(f64),
    /// A block parameter (phi), with its representation.
    Phi(Repr),
    /// An allocation escape analysis removed: never emitted; frame states
    /// describe it through `FrameState::captured`.
    VirtualObject,

    /// Guard: the tagged input is an int32; yields it untagged.
    CheckedTaggedToInt32,
    /// Guard: the tagged input is a number; yields it as a double.
    CheckedTaggedToFloat64,
    /// Guard: a number, boolean, null or undefined, converted as ToNumber
    /// does (true 1, false and null 0, undefined NaN); yields float64.
    CheckedNumberOrOddballToFloat64,
    Int32ToTagged,
    Int32ToFloat64,
    /// Tags a double (canonicalizing NaN; integral values stay doubles).
    Float64ToTagged,
    /// A condition as a tagged boolean.
    BoolToTagged,
    /// A tagged boolean as a condition.
    TaggedToBool,

    /// Int32 arithmetic; Add/Sub/Mul guard overflow (Mul also -0).
    CheckedInt32(NumOp),
    Float64(NumOp),
    /// A `Math` builtin on float64 inputs.
    Float64Math(MathFn),
    Int32Compare(Cmp),
    Float64Compare(Cmp),
    /// Identity comparison of tagged values (strict equality for values
    /// whose strict equality is identity).
    TaggedEqual,
    /// Either condition.
    BoolOr,
    /// A loop back edge: collects garbage when the heap asks for it.
    Safepoint,
    /// The value of a `new`: the constructor's result (first input) when
    /// it is an object, else the allocated `this` (second).
    ConstructResult,

    /// Guard: the tagged input is this value (a call target).
    CheckValue(Value),
    /// Guard: the tagged input is a string.
    CheckString,
    /// Guard: the realm's prototype epoch is still this one (a property
    /// added by a transition meets no setter or read-only property).
    CheckPrototypeEpoch(u32),
    /// The optimized function's actual argument count; int32.
    ArgumentCount,
    /// Guard: the optimized function's actual argument at the int32 index
    /// (out of bounds deoptimizes); tagged.
    LoadArgument,
    /// The number of elements of an object (a packed array's length);
    /// int32.
    ElementsLength,
    /// A string's length (input: a checked string); int32.
    StringLength,
    /// Guard: the code unit of a checked string at an int32 index inside
    /// it (out of bounds deoptimizes); int32.
    StringCharCodeAt,
    /// Guard: the tagged input is an object with this map.
    CheckMap(Gc<Map>),
    /// Guard: the tagged input is an object with one of these maps.
    CheckMaps(Vec<Gc<Map>>),
    /// Guard (a polymorphic named load): the tagged input is an object with
    /// one of these maps; yields the field that map keeps in its slot.
    LoadFieldByMap(Vec<(Gc<Map>, u32)>),
    /// Loads the tagged in-object or out-of-line field in this slot.
    LoadField(u32),
    /// Writes the second input into the first's field in this slot (an
    /// in-object slot).
    StoreField(u32),
    /// Gives the object this map (a store that added a property, once its
    /// field is written).
    StoreMap(Gc<Map>),
    /// Guard: the int32 key (second input) indexes the object's dense
    /// elements; yields the element. `holey` elements also deopt on a hole.
    LoadElement {
        holey: bool,
    },
    /// Guard: stores the third input at the int32 key (second input) inside
    /// the dense elements. For double kinds the value is a raw float64,
    /// stored as a double; otherwise it is tagged.
    StoreElement {
        double: bool,
    },
    /// `array.push(value)` on a map-checked extensible packed array whose
    /// elements kind the value keeps (for double kinds a raw float64);
    /// yields the new length, tagged.
    ArrayPush {
        double: bool,
    },
    /// `array.pop()` on a map-checked extensible packed array; tagged.
    ArrayPop,

    /// An unconditional deoptimization (a site that never ran: no
    /// feedback to speculate on).
    Deoptimize,

    Runtime(RuntimeOp),
}

#[derive(Clone, Debug)]
pub struct Node {
    pub op: Op,
    pub inputs: Vec<NodeId>,
    pub repr: Repr,
    /// Guards: the interpreter state to resume in, and why.
    pub deopt: Option<(FrameStateId, DeoptReason)>,
    /// The bytecode the node was built for (runtime calls report it), in
    /// the function of its inlining (see `Inlining`).
    pub bytecode_offset: u32,
    pub inlining: u32,
    /// Calls that run JavaScript: the state after the call (its result in
    /// the accumulator), for a lazy deopt when the code was invalidated
    /// while the call ran.
    pub lazy: Option<FrameStateId>,
    /// Operations that may throw inside a try range (of this frame or of a
    /// caller it is inlined into): the state at the operation, where the
    /// interpreter takes over to run the handler (see `DeoptKind::Exception`).
    pub exception: Option<FrameStateId>,
}

/// The interpreter state at one bytecode: everything the deoptimizer needs
/// to build the frame. `None` entries are optimized out (dead there).
#[derive(Clone, Debug, PartialEq)]
pub struct FrameState {
    pub function: Gc<SharedFunctionInfo>,
    pub bytecode_offset: u32,
    /// Parameters (receiver excluded) and registers, in register order.
    pub registers: Vec<Option<NodeId>>,
    pub accumulator: Option<NodeId>,
    pub context: NodeId,
    /// The caller's state, for a frame of an inlined function (the caller
    /// resumes after its call, taking the result in its accumulator).
    pub outer: Option<FrameStateId>,
    /// An inlined frame's closure, receiver and actual arguments (the
    /// outermost frame's come from its optimized frame record).
    pub inlined: Option<InlinedCall>,
    /// Objects the code never allocated (escape analysis removed them),
    /// as they stood here: their map and field values by slot. A value of
    /// this state that is one of them is rebuilt by the deoptimizer.
    pub captured: Vec<CapturedObject>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CapturedObject {
    pub node: NodeId,
    pub shape: Shape,
    /// Fields by slot, or an array's elements.
    pub fields: Vec<NodeId>,
}

/// What a removed allocation is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// A plain object with this map.
    Object(Gc<Map>),
    /// An array literal (its elements kind follows from its values).
    Array,
    /// The unmapped `arguments` object of an inlined call of this
    /// closure; its fields are the actual arguments.
    Arguments(Value),
    /// The optimized function's own unmapped `arguments` object. No
    /// fields: its length and elements are the activation's actual
    /// arguments (`ArgumentCount`, `LoadArgument`), known only at run time.
    FrameArguments,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InlinedCall {
    pub closure: Value,
    pub receiver: NodeId,
    pub arguments: Vec<NodeId>,
    /// A call, a `new` (the closure is also `new.target`) or a setter.
    pub kind: FrameKind,
}

#[derive(Clone, Debug)]
pub enum Terminator {
    Jump(BlockId, Vec<NodeId>),
    /// On a `Bool` condition.
    Branch(NodeId, BlockId, BlockId),
    Return(NodeId),
    /// Ends a block that deoptimized unconditionally.
    Unreachable,
}

impl Terminator {
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump(t, _) => vec![*t],
            Terminator::Branch(_, t, f) => vec![*t, *f],
            Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    /// Phi nodes, in parameter order.
    pub params: Vec<NodeId>,
    pub nodes: Vec<NodeId>,
    pub terminator: Terminator,
    /// A loop header (the target of a back edge).
    pub is_loop_header: bool,
}

/// One function's graph. Block 0 is the entry.
#[derive(Default, Debug)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub blocks: Vec<Block>,
    pub frame_states: Vec<FrameState>,
    /// The inlined calls, numbered from 1 (0 is the optimized function).
    pub inlinings: Vec<Inlining>,
}

/// One inlined call (V8's InliningPosition): which function was inlined,
/// into which inlining (0: the optimized function), at which bytecode of
/// that caller. Source positions of optimized code are (inlining, offset)
/// pairs resolved through this table.
#[derive(Clone, Copy, Debug)]
pub struct Inlining {
    pub function: Gc<SharedFunctionInfo>,
    pub parent: u32,
    pub call_offset: u32,
    /// Inlined for `new` (stack traces say `new F`).
    pub is_construct: bool,
}

impl Graph {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0 as usize]
    }

    pub fn add_node(&mut self, op: Op, inputs: Vec<NodeId>, repr: Repr) -> NodeId {
        self.nodes.push(Node {
            op,
            inputs,
            repr,
            deopt: None,
            bytecode_offset: 0,
            inlining: 0,
            lazy: None,
            exception: None,
        });
        NodeId(self.nodes.len() as u32 - 1)
    }

    pub fn add_block(&mut self) -> BlockId {
        self.blocks.push(Block {
            params: Vec::new(),
            nodes: Vec::new(),
            terminator: Terminator::Unreachable,
            is_loop_header: false,
        });
        BlockId(self.blocks.len() as u32 - 1)
    }

    /// The blocks reachable from the entry, in reverse post-order (each
    /// block after its dominators).
    pub fn reverse_post_order(&self) -> Vec<BlockId> {
        let successors = |b: BlockId| self.blocks[b.0 as usize].terminator.successors();
        let mut visited = vec![false; self.blocks.len()];
        let mut post_order = Vec::with_capacity(self.blocks.len());
        // (block, its successors not yet visited)
        let mut stack = vec![(BlockId(0), successors(BlockId(0)))];
        visited[0] = true;
        while let Some((block, pending)) = stack.last_mut() {
            match pending.pop() {
                Some(next) if !visited[next.0 as usize] => {
                    visited[next.0 as usize] = true;
                    let succ = successors(next);
                    stack.push((next, succ));
                }
                Some(_) => {}
                None => {
                    post_order.push(*block);
                    stack.pop();
                }
            }
        }
        post_order.reverse();
        post_order
    }

    pub fn add_frame_state(&mut self, fs: FrameState) -> FrameStateId {
        self.frame_states.push(fs);
        FrameStateId(self.frame_states.len() as u32 - 1)
    }
}
