//! Bytecode: the instruction set (`opcodes`), the per-function container
//! (`BytecodeArray`), the assembler the generator writes through
//! (`builder`), the generator from AST (`generator`) and the disassembler
//! behind `--print-bytecode`.

mod array;
pub mod builder;
pub mod disassembler;
pub mod generator;
pub mod opcodes;

pub use array::{BytecodeArray, HandlerEntry};
pub use opcodes::{Opcode, OperandKind};
