//! `BytecodeArray`: one function's bytecode with everything the interpreter,
//! the error reporter and (later) the optimizer need beside the code.

use crate::feedback::FeedbackSlotKind;
use crate::runtime::value::Value;

/// A try range: an exception thrown by an instruction in `start..end` jumps
/// to `handler` with the exception in the accumulator, after restoring the
/// context saved in `context_register`.
#[derive(Clone, Copy, Debug)]
pub struct HandlerEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub context_register: u16,
}

#[derive(Default)]
pub struct BytecodeArray {
    pub code: Vec<u8>,
    /// Strings, numbers and the `SharedFunctionInfo`s of inner functions.
    pub constants: Vec<Value>,
    /// Formal parameter registers (r0 … r{n-1}).
    pub parameter_count: u32,
    /// Local registers after the parameters.
    pub register_count: u32,
    /// Innermost ranges first.
    pub handlers: Vec<HandlerEntry>,
    /// (bytecode offset, source byte offset), sorted by bytecode offset.
    pub source_positions: Vec<(u32, u32)>,
    /// (bytecode offset of a call, callee source start, end), sorted.
    pub call_sites: Vec<(u32, u32, u32)>,
    pub feedback_slots: Vec<FeedbackSlotKind>,
    /// Sloppy functions with simple parameters that use `arguments`: the
    /// context slot of each parameter, which `arguments[i]` aliases.
    /// Sloppy with simple parameters: its arguments object is a mapped
    /// one (`callee` is the function), whether or not a parameter aliases.
    pub mapped_arguments: bool,
    pub arguments_mapping: Vec<u32>,
    /// Headers of the loops no other loop encloses, sorted: where OSR may
    /// enter.
    pub outermost_loops: Vec<u32>,
}

impl BytecodeArray {
    /// Whether the loop with this header is inside no other loop.
    pub fn is_outermost_loop(&self, header: u32) -> bool {
        self.outermost_loops.binary_search(&header).is_ok()
    }

    pub fn frame_size(&self) -> usize {
        (self.parameter_count + self.register_count) as usize
    }

    /// The source position recorded for the instruction at `offset`: the
    /// closest entry at or before it.
    pub fn source_position(&self, offset: u32) -> Option<u32> {
        let i = self.source_positions.partition_point(|&(o, _)| o <= offset);
        if i == 0 {
            None
        } else {
            Some(self.source_positions[i - 1].1)
        }
    }

    /// The source span of the callee of the call at `offset`.
    pub fn call_site(&self, offset: u32) -> Option<(u32, u32)> {
        let i = self
            .call_sites
            .binary_search_by_key(&offset, |&(o, _, _)| o)
            .ok()?;
        Some((self.call_sites[i].1, self.call_sites[i].2))
    }

    /// The offset of the instruction that ends just before `offset`
    /// (decoding from the start: bytecode is variable-length).
    pub fn instruction_before(&self, offset: u32) -> u32 {
        let mut pc = 0;
        let mut previous = 0;
        while pc < offset as usize && pc < self.code.len() {
            previous = pc;
            let op = super::Opcode::from_u8(self.code[pc]);
            pc += op.length();
        }
        previous as u32
    }

    /// The innermost handler covering `offset`.
    pub fn find_handler(&self, offset: u32) -> Option<HandlerEntry> {
        self.handlers
            .iter()
            .find(|h| h.start <= offset && offset < h.end)
            .copied()
    }

    #[inline]
    pub fn read_u8(&self, at: usize) -> u8 {
        self.code[at]
    }
    #[inline]
    pub fn read_u16(&self, at: usize) -> u16 {
        u16::from_le_bytes([self.code[at], self.code[at + 1]])
    }
    #[inline]
    pub fn read_u32(&self, at: usize) -> u32 {
        u32::from_le_bytes([
            self.code[at],
            self.code[at + 1],
            self.code[at + 2],
            self.code[at + 3],
        ])
    }
}
