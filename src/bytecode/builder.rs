//! The bytecode assembler: appends instructions, binds labels, allocates
//! registers and constants, records source positions and handler ranges.

use std::collections::HashMap;

use super::array::{BytecodeArray, HandlerEntry};
use super::opcodes::Opcode;
use crate::feedback::FeedbackSlotKind;
use crate::runtime::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(usize);

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Reg(pub u16);

pub struct Builder {
    code: Vec<u8>,
    constants: Vec<Value>,
    constant_index: HashMap<u64, u32>,
    labels: Vec<Option<u32>>,
    /// (operand position, label) to patch when the label is bound.
    fixups: Vec<(usize, Label)>,
    pub parameter_count: u32,
    next_register: u32,
    max_register: u32,
    handlers: Vec<HandlerEntry>,
    source_positions: Vec<(u32, u32)>,
    call_sites: Vec<(u32, u32, u32)>,
    pending_position: Option<u32>,
    feedback_slots: Vec<FeedbackSlotKind>,
    /// Sloppy with simple parameters: its arguments object is a mapped
    /// one (`callee` is the function), whether or not a parameter aliases.
    pub mapped_arguments: bool,
    pub arguments_mapping: Vec<u32>,
}

impl Builder {
    pub fn new(parameter_count: u32) -> Builder {
        Builder {
            code: Vec::new(),
            constants: Vec::new(),
            constant_index: HashMap::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            parameter_count,
            next_register: parameter_count,
            max_register: parameter_count,
            handlers: Vec::new(),
            source_positions: Vec::new(),
            call_sites: Vec::new(),
            pending_position: None,
            feedback_slots: Vec::new(),
            mapped_arguments: false,
            arguments_mapping: Vec::new(),
        }
    }

    pub fn offset(&self) -> u32 {
        self.code.len() as u32
    }

    /// The next emitted instruction is a call whose callee expression spans
    /// `start..end` in the source (named in "x is not a function").
    pub fn set_call_site(&mut self, start: u32, end: u32) {
        self.call_sites.push((self.offset(), start, end));
    }

    /// The next emitted instruction gets this source position.
    pub fn set_position(&mut self, pos: u32) {
        self.pending_position = Some(pos);
    }

    /// The position the next instruction would get, taken back.
    pub fn take_position(&mut self) -> Option<u32> {
        self.pending_position.take()
    }

    pub fn emit(&mut self, op: Opcode, operands: &[u32]) {
        debug_assert_eq!(op.operands().len(), operands.len(), "{op:?}");
        if let Some(pos) = self.pending_position.take() {
            let off = self.offset();
            if self.source_positions.last().is_some_and(|&(o, _)| o == off) {
                self.source_positions.pop();
            }
            self.source_positions.push((off, pos));
        }
        self.code.push(op as u8);
        for (kind, &v) in op.operands().iter().zip(operands) {
            match kind.size() {
                1 => self.code.push(v as u8),
                2 => self.code.extend_from_slice(&(v as u16).to_le_bytes()),
                _ => self.code.extend_from_slice(&v.to_le_bytes()),
            }
        }
    }

    pub fn op(&mut self, op: Opcode) {
        self.emit(op, &[]);
    }

    pub fn jump(&mut self, op: Opcode, target: Label) {
        debug_assert!(op.is_jump());
        let at = self.code.len() + 1;
        self.emit(op, &[0]);
        match self.labels[target.0] {
            Some(off) => self.code[at..at + 4].copy_from_slice(&off.to_le_bytes()),
            None => self.fixups.push((at, target)),
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let off = self.offset();
        self.labels[label.0] = Some(off);
        self.fixups.retain(|&(at, l)| {
            if l == label {
                self.code[at..at + 4].copy_from_slice(&off.to_le_bytes());
                false
            } else {
                true
            }
        });
    }

    pub fn new_bound_label(&mut self) -> Label {
        let l = self.new_label();
        self.bind(l);
        l
    }

    // ---- registers: allocated in stack order ----

    pub fn alloc_register(&mut self) -> Reg {
        let r = self.next_register;
        self.next_register += 1;
        self.max_register = self.max_register.max(self.next_register);
        Reg(r as u16)
    }

    /// `n` consecutive registers (argument lists).
    pub fn alloc_registers(&mut self, n: u32) -> Reg {
        let r = self.next_register;
        self.next_register += n;
        self.max_register = self.max_register.max(self.next_register);
        Reg(r as u16)
    }

    /// Registers are freed in scopes: everything above `mark` is released.
    pub fn register_mark(&self) -> u32 {
        self.next_register
    }
    pub fn release_to(&mut self, mark: u32) {
        self.next_register = mark;
    }

    pub fn register_limit_exceeded(&self) -> bool {
        self.max_register > u16::MAX as u32 - 1
    }

    // ---- constants and feedback ----

    pub fn constant(&mut self, v: Value) -> u32 {
        if let Some(&i) = self.constant_index.get(&v.bits()) {
            return i;
        }
        let i = self.constants.len() as u32;
        self.constants.push(v);
        self.constant_index.insert(v.bits(), i);
        i
    }

    pub fn feedback_slot(&mut self, kind: FeedbackSlotKind) -> u32 {
        self.feedback_slots.push(kind);
        (self.feedback_slots.len() - 1) as u32
    }

    pub fn add_handler(&mut self, start: u32, end: u32, handler: Label, context_register: Reg) {
        let handler =
            self.labels[handler.0].expect("handler label bound before the range is added");
        self.handlers.push(HandlerEntry {
            start,
            end,
            handler,
            context_register: context_register.0,
        });
    }

    pub fn finish(self) -> BytecodeArray {
        debug_assert!(self.fixups.is_empty(), "unbound labels");
        let outermost_loops = outermost_loops(&self.code);
        BytecodeArray {
            code: self.code,
            constants: self.constants,
            parameter_count: self.parameter_count,
            register_count: self.max_register - self.parameter_count,
            handlers: self.handlers,
            source_positions: self.source_positions,
            call_sites: self.call_sites,
            feedback_slots: self.feedback_slots,
            mapped_arguments: self.mapped_arguments,
            arguments_mapping: self.arguments_mapping,
            outermost_loops,
        }
    }
}

/// The headers of loops (targets of `JumpLoop`s) that no other loop's
/// range [header, back edge] contains.
fn outermost_loops(code: &[u8]) -> Vec<u32> {
    let mut loops = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let op = Opcode::from_u8(code[pc]);
        if op == Opcode::JumpLoop {
            let header = *decode_operands(code, pc, op).last().unwrap();
            loops.push((header, pc as u32));
        }
        pc += op.length();
    }
    let mut outermost: Vec<u32> = loops
        .iter()
        .filter(|&&(h, end)| !loops.iter().any(|&(h2, end2)| h2 < h && end2 > end))
        .map(|&(h, _)| h)
        .collect();
    outermost.sort();
    outermost.dedup();
    outermost
}

/// Decodes the operands of the instruction at `pc`.
pub fn decode_operands(code: &[u8], pc: usize, op: Opcode) -> Vec<u32> {
    let mut at = pc + 1;
    let mut out = Vec::with_capacity(op.operands().len());
    for kind in op.operands() {
        let v = match kind.size() {
            1 => code[at] as u32,
            2 => u16::from_le_bytes([code[at], code[at + 1]]) as u32,
            _ => u32::from_le_bytes([code[at], code[at + 1], code[at + 2], code[at + 3]]),
        };
        out.push(v);
        at += kind.size();
    }
    out
}
