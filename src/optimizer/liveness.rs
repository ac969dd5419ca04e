//! Bytecode liveness: which registers (and whether the accumulator) may
//! still be read at each instruction. Frame states leave dead values out
//! ("optimized out"), so optimized code need not keep them alive.
//!
//! An instruction inside a try range may also continue at its handler
//! (an exception in optimized code deoptimizes there, see `deoptimizer`):
//! what the handler reads, and the register its context is restored
//! from, are live across the whole range.
//!
//! A backward dataflow over instructions, iterated to a fixpoint. When an
//! instruction's effect is not modeled precisely it errs towards *live*:
//! reading a dead value is harmless, resuming without a live one is not.

use crate::bytecode::builder::decode_operands;
use crate::bytecode::{BytecodeArray, Opcode, OperandKind};

/// A set of registers plus the accumulator (the last bit).
#[derive(Clone, PartialEq, Eq)]
pub struct LiveSet {
    bits: Vec<u64>,
    accumulator_bit: usize,
}

impl LiveSet {
    fn new(registers: usize) -> LiveSet {
        LiveSet {
            bits: vec![0; registers / 64 + 1],
            accumulator_bit: registers,
        }
    }
    fn set(&mut self, i: usize, live: bool) {
        if live {
            self.bits[i / 64] |= 1 << (i % 64);
        } else {
            self.bits[i / 64] &= !(1 << (i % 64));
        }
    }
    fn get(&self, i: usize) -> bool {
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }
    fn union(&mut self, other: &LiveSet) {
        for (a, b) in self.bits.iter_mut().zip(&other.bits) {
            *a |= *b;
        }
    }
    pub fn register(&self, r: usize) -> bool {
        self.get(r)
    }
    pub fn accumulator(&self) -> bool {
        self.get(self.accumulator_bit)
    }
}

pub struct Liveness {
    /// Live-in set per instruction offset (None between instructions).
    live_in: Vec<Option<LiveSet>>,
}

/// Registers an instruction reads and writes, and its accumulator use.
struct Effect {
    reads: Vec<usize>,
    writes: Vec<usize>,
    reads_acc: bool,
    writes_acc: bool,
}

fn effect(op: Opcode, operands: &[u32]) -> Effect {
    use Opcode::*;
    let regs: Vec<usize> = op
        .operands()
        .iter()
        .zip(operands)
        .filter(|(k, _)| **k == OperandKind::Reg)
        .map(|(_, &v)| v as usize)
        .collect();
    let mut e = Effect {
        reads: regs.clone(),
        writes: vec![],
        reads_acc: true,
        writes_acc: false,
    };
    match op {
        Star | PushContext | SaveContext | Yield | Await => {
            e.writes = regs;
            e.reads = vec![];
        }
        Mov => {
            e.reads = vec![regs[0]];
            e.writes = vec![regs[1]];
            e.reads_acc = false;
        }
        // Register ranges: the receiver and arguments, or n registers.
        Call | Construct => {
            let (first, count) = (operands[1] as usize, operands[2] as usize);
            let extra = if op == Call { 1 } else { 0 };
            e.reads = std::iter::once(operands[0] as usize)
                .chain(first..first + count + extra)
                .collect();
        }
        CallRuntime | SuperCall | CreateArrayFromRegisters => {
            let (first, count) = if op == CallRuntime {
                (operands[1] as usize, operands[2] as usize)
            } else {
                (operands[0] as usize, operands[1] as usize)
            };
            e.reads = (first..first + count).collect();
        }
        _ => {}
    }
    e.writes_acc = !matches!(
        op,
        Star | Mov
            | StaGlobal
            | StaLookupSlot
            | StaContextSlot
            | SetNamedProperty
            | DefineNamedOwnProperty
            | SetKeyedProperty
            | DefineKeyedOwnProperty
            | SetKeyedSuper
            | DefineMethod
            | DefineGetter
            | DefineSetter
            | PushContext
            | PopContext
            | SaveContext
            | CloneContext
            | ThrowReferenceErrorIfHole
            | ThrowConstAssignError
            | ThrowSuperNotCalledIfHole
            | ThrowSuperAlreadyCalledIfNotHole
            | ThrowIfNotObject
            | ArrayPush
            | ArrayPushHole
            | ArraySpread
            | CopyDataProperties
            | Debugger
    ) && !op.is_jump();
    // Instructions that only define the accumulator do not read it.
    e.reads_acc = !matches!(
        op,
        LdaUndefined
            | LdaNull
            | LdaTrue
            | LdaFalse
            | LdaTheHole
            | LdaSmi
            | LdaConstant
            | Ldar
            | Mov
            | LdaReceiver
            | LdaNewTarget
            | LdaClosure
            | LdaGlobal
            | LdaGlobalInsideTypeof
            | LdaContextSlot
            | CreateClosure
            | CreateEmptyObject
            | CreateEmptyArray
            | CreateArrayFromRegisters
            | CreateArguments
            | CreateRestParameter
            | GetNamedProperty
            | Call
            | Construct
            | CallRuntime
            | Jump
            | JumpLoop
    );
    e
}

impl Liveness {
    pub fn analyze(bytecode: &BytecodeArray) -> Liveness {
        let code = &bytecode.code;
        let registers = bytecode.frame_size();
        let mut instructions = Vec::new();
        let mut pc = 0;
        while pc < code.len() {
            let op = Opcode::from_u8(code[pc]);
            instructions.push((pc, op, decode_operands(code, pc, op)));
            pc += op.length();
        }
        let mut live_in: Vec<Option<LiveSet>> = vec![None; code.len() + 1];
        for &(pc, _, _) in &instructions {
            live_in[pc] = Some(LiveSet::new(registers));
        }
        let mut changed = true;
        while changed {
            changed = false;
            for (i, (pc, op, operands)) in instructions.iter().enumerate().rev() {
                let mut out = LiveSet::new(registers);
                let falls_through = !matches!(
                    op,
                    Opcode::Jump
                        | Opcode::JumpLoop
                        | Opcode::Return
                        | Opcode::Throw
                        | Opcode::ReThrow
                );
                if falls_through && let Some((next, _, _)) = instructions.get(i + 1) {
                    out.union(live_in[*next].as_ref().unwrap());
                }
                if op.is_jump() {
                    let target = *operands.last().unwrap() as usize;
                    out.union(live_in[target].as_ref().unwrap());
                }
                let e = effect(*op, operands);
                for w in &e.writes {
                    out.set(*w, false);
                }
                if e.writes_acc {
                    out.set(registers, false);
                }
                for r in &e.reads {
                    out.set(*r, true);
                }
                if e.reads_acc {
                    out.set(registers, true);
                }
                // The exception edges: the handler's live-in minus the
                // accumulator (it arrives there with the exception).
                for h in bytecode.handlers.iter() {
                    if (h.start..h.end).contains(&(*pc as u32)) {
                        let handler = live_in[h.handler as usize].as_ref().unwrap();
                        let acc = out.accumulator();
                        out.union(handler);
                        out.set(registers, acc);
                        out.set(h.context_register as usize, true);
                    }
                }
                if live_in[*pc].as_ref() != Some(&out) {
                    live_in[*pc] = Some(out);
                    changed = true;
                }
            }
        }
        Liveness { live_in }
    }

    /// What is live just before the instruction at `offset`.
    pub fn live_in(&self, offset: u32) -> &LiveSet {
        self.live_in[offset as usize]
            .as_ref()
            .expect("an instruction boundary")
    }
}
