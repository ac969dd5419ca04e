//! The bytecode instruction set: one list, from which the `Opcode` enum,
//! the operand table and the disassembler's names are generated.
//!
//! Ignition's model: a register machine with an implicit accumulator
//! ("acc"). Most instructions read one operand from a register and the
//! other from the accumulator, and leave their result in the accumulator.
//! Operand encodings are fixed per kind (see `OperandKind::size`), little
//! endian, following the one-byte opcode.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OperandKind {
    /// A register (parameters first, then locals), u16.
    Reg,
    /// A constant pool index, u32.
    Const,
    /// A feedback vector slot, u16.
    Slot,
    /// A signed immediate, i32.
    Imm,
    /// A small unsigned count or index, u16.
    Count,
    /// An absolute bytecode offset, u32.
    Label,
    /// A byte of flags.
    Flag,
}

impl OperandKind {
    pub const fn size(self) -> usize {
        match self {
            OperandKind::Reg | OperandKind::Slot | OperandKind::Count => 2,
            OperandKind::Const | OperandKind::Imm | OperandKind::Label => 4,
            OperandKind::Flag => 1,
        }
    }
}

macro_rules! bytecodes {
    ($( $(#[doc = $doc:literal])* $name:ident ( $($kind:ident),* ) ),* $(,)?) => {
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Opcode { $( $(#[doc = $doc])* $name ),* }

        impl Opcode {
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name ),* ];
            pub fn operands(self) -> &'static [OperandKind] {
                match self { $( Opcode::$name => &[ $( OperandKind::$kind ),* ] ),* }
            }
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name) ),* }
            }
        }
    };
}

bytecodes! {
    // ---- accumulator loads and register moves ----
    LdaUndefined(), LdaNull(), LdaTrue(), LdaFalse(), LdaTheHole(),
    LdaSmi(Imm),
    LdaConstant(Const),
    Ldar(Reg),
    Star(Reg),
    /// Mov src, dst.
    Mov(Reg, Reg),
    /// acc = the frame's receiver (`this` of a non-arrow function).
    LdaReceiver(),
    LdaNewTarget(),
    /// acc = the running closure.
    LdaClosure(),

    // ---- globals and contexts ----
    LdaGlobal(Const, Slot),
    /// Like LdaGlobal, but an undeclared name gives undefined (`typeof x`).
    LdaGlobalInsideTypeof(Const, Slot),
    StaGlobal(Const, Slot),
    /// A name a sloppy direct eval may have declared: the `var`s eval put
    /// in the contexts' extensions, else the global.
    LdaLookupSlot(Const),
    LdaLookupSlotInsideTypeof(Const),
    StaLookupSlot(Const),
    /// acc = context[depth][index].
    LdaContextSlot(Count, Count),
    /// context[depth][index] = acc.
    StaContextSlot(Count, Count),
    /// acc = a new context with N slots whose parent is the current one.
    CreateContext(Count),
    /// CreateContext for a scope a direct eval sees: the constant is the
    /// array of its slot names; the flag marks a function's var scope.
    CreateScopedContext(Count, Const, Flag),
    /// Saves the current context in the register and enters the one in acc.
    PushContext(Reg),
    /// Makes the context in the register current again.
    PopContext(Reg),
    /// Saves the current context in the register (for handlers).
    SaveContext(Reg),
    /// Replaces the current context with a copy (fresh per-iteration
    /// bindings of `for (let …)`).
    CloneContext(),
    ThrowReferenceErrorIfHole(Const),
    ThrowConstAssignError(Const),
    /// `this` read before `super()` in a derived constructor.
    ThrowSuperNotCalledIfHole(),
    ThrowSuperAlreadyCalledIfNotHole(),

    // ---- properties ----
    GetNamedProperty(Reg, Const, Slot),
    SetNamedProperty(Reg, Const, Slot),
    /// Object literal `{ name: acc }`: defines, never calls setters.
    DefineNamedOwnProperty(Reg, Const, Slot),
    /// acc = obj[acc].
    GetKeyedProperty(Reg, Slot),
    /// obj[key] = acc.
    SetKeyedProperty(Reg, Reg, Slot),
    /// Defines obj[key] = acc with the attribute flags (enumerable = 2).
    DefineKeyedOwnProperty(Reg, Reg, Flag),
    /// acc = delete obj[acc]; the flag is 1 in strict code.
    DeleteProperty(Reg, Flag),
    /// acc = super[name] with `this` in the register.
    GetNamedSuper(Reg, Const),
    GetKeyedSuper(Reg),
    /// super[key] = acc.
    SetKeyedSuper(Reg, Reg),
    /// Defines a method acc at obj[key] and makes obj its home object;
    /// flag bit 1: enumerable.
    DefineMethod(Reg, Reg, Flag),
    DefineGetter(Reg, Reg, Flag),
    DefineSetter(Reg, Reg, Flag),

    // ---- operators: acc = reg OP acc ----
    Add(Reg, Slot), Sub(Reg, Slot), Mul(Reg, Slot), Div(Reg, Slot), Mod(Reg, Slot), Exp(Reg, Slot),
    BitwiseOr(Reg, Slot), BitwiseXor(Reg, Slot), BitwiseAnd(Reg, Slot),
    ShiftLeft(Reg, Slot), ShiftRight(Reg, Slot), ShiftRightLogical(Reg, Slot),
    Inc(Slot), Dec(Slot), Negate(Slot), BitwiseNot(Slot),
    /// acc = ToNumeric(acc) (the old value of `x++`).
    ToNumeric(Slot),
    ToString(),
    /// acc = ToPropertyKey(acc): a computed key converted where the spec
    /// converts it (before a property's value is evaluated).
    ToPropertyKey(),
    /// acc = !ToBoolean(acc).
    LogicalNot(),
    TypeOf(),
    TestEqual(Reg, Slot), TestEqualStrict(Reg, Slot),
    TestLessThan(Reg, Slot), TestGreaterThan(Reg, Slot),
    TestLessThanOrEqual(Reg, Slot), TestGreaterThanOrEqual(Reg, Slot),
    /// acc = reg instanceof acc.
    TestInstanceOf(Reg, Slot),
    /// acc = reg in acc.
    TestIn(Reg, Slot),
    /// acc = (acc == null).
    TestUndetectable(),
    TestNull(), TestUndefined(),

    // ---- control flow ----
    Jump(Label),
    /// A backward jump: a safepoint and an interrupt-budget check.
    JumpLoop(Label),
    JumpIfTrue(Label), JumpIfFalse(Label),
    JumpIfToBooleanTrue(Label), JumpIfToBooleanFalse(Label),
    JumpIfNull(Label), JumpIfNotNull(Label),
    JumpIfUndefined(Label), JumpIfNotUndefined(Label),
    JumpIfUndefinedOrNull(Label), JumpIfNotUndefinedOrNull(Label),
    Return(),
    Throw(),
    /// Rethrows acc without touching its stack (end of a `finally`).
    ReThrow(),

    // ---- calls ----
    /// Call callee, args: the receiver is in `args`, then argc arguments.
    Call(Reg, Reg, Count, Slot),
    /// CallWithSpread callee, receiver, array-of-arguments.
    CallWithSpread(Reg, Reg, Reg),
    /// Construct callee, args, argc (new.target = callee).
    Construct(Reg, Reg, Count, Slot),
    ConstructWithSpread(Reg, Reg),
    /// super(args…) in a derived constructor; acc = the new `this`.
    SuperCall(Reg, Count),
    SuperCallSpread(Reg),
    /// A runtime function or `%Intrinsic` by id, with args in registers.
    CallRuntime(Count, Reg, Count),

    // ---- literals and closures ----
    CreateClosure(Const),
    CreateEmptyObject(),
    CreateEmptyArray(),
    /// acc = [r, r+1, …] (n registers).
    CreateArrayFromRegisters(Reg, Count),
    /// Appends acc to the array literal in the register.
    ArrayPush(Reg),
    ArrayPushHole(Reg),
    /// Appends every element of the iterable in acc.
    ArraySpread(Reg),
    /// Copies acc's own enumerable properties into the object (`{...x}`).
    CopyDataProperties(Reg),
    CreateRegExp(Const, Const),
    /// flag 1: mapped (sloppy, simple parameters).
    CreateArguments(Flag),
    /// acc = an array of the arguments past the formal parameters.
    CreateRestParameter(),

    // ---- iteration ----
    /// acc = acc[Symbol.iterator]() (checked to be an object).
    GetIterator(),
    ThrowIfNotObject(Const),
    /// acc = for-in state for the object in acc.
    ForInPrepare(),
    /// acc = the next key of the for-in state in the register, or undefined.
    ForInNext(Reg),

    // ---- generators ----
    /// Suspends the generator, yielding acc. On resumption acc is the sent
    /// value and the register holds the resume mode (0 next, 1 return, 2 throw).
    Yield(Reg),
    /// Suspends an async body awaiting acc (a promise reaction resumes it
    /// like `Yield`, with next or throw).
    Await(Reg),

    Debugger(),
}

impl Opcode {
    pub fn from_u8(b: u8) -> Opcode {
        debug_assert!((b as usize) < Opcode::ALL.len());
        // Bytecode is produced only by our generator, so every byte at an
        // instruction boundary is a valid opcode.
        unsafe { std::mem::transmute::<u8, Opcode>(b) }
    }
    /// Instruction length in bytes, opcode included.
    pub fn length(self) -> usize {
        1 + self.operands().iter().map(|k| k.size()).sum::<usize>()
    }
    pub fn is_jump(self) -> bool {
        self.operands().contains(&OperandKind::Label)
    }
}

/// Resume modes a generator's `Yield` (or `Await`) register receives.
pub mod resume_mode {
    pub const NEXT: i32 = 0;
    pub const RETURN: i32 = 1;
    pub const THROW: i32 = 2;
}

/// A flag of the property-defining instructions (beside the attribute bits):
/// the value is an anonymous function whose `name` comes from the computed
/// key at run time (SetFunctionName).
pub const NAME_FROM_KEY: u32 = 0x40;

/// A flag of the property-defining instructions: a class element, defined
/// with DefinePropertyOrThrow (it may meet a frozen or proxy `this`, or a
/// constructor's own `prototype`); a private field defined twice throws.
pub const CLASS_ELEMENT: u32 = 0x20;
