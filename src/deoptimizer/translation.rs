//! Translations: how to rebuild the interpreter frames of one deopt exit
//! from the state optimized code leaves behind. V8's TranslationArray in
//! miniature.
//!
//! ## Encoding
//! A translation is a byte string of commands. Each command is one opcode
//! byte followed by its operands as LEB128 varints (unsigned, or zigzag for
//! signed ones). Frames are listed outermost first; each `BeginFrame` (or
//! `BeginConstructFrame`, for an inlined `new`, or `BeginSetterFrame`, for
//! an inlined setter whose result the caller drops: same operands) is
//! followed by exactly `height` value commands: the parameters (receiver
//! excluded), then the registers, then the accumulator and the context.
//! Value commands are:
//!
//! | opcode | operands | meaning |
//! |---|---|---|
//! | `Tagged` | exit operand index | a tagged value the exit passes |
//! | `Int32` | exit operand index | an untagged int32, boxed on the way out |
//! | `Float64` | exit operand index | an untagged double, boxed |
//! | `Literal` | literal index | a constant from the code's literal array |
//! | `OptimizedOut` | — | dead here: the interpreter never reads it |
//! | `CapturedObject` | map literal index, field count | a removed allocation; the next `field count` value commands are its fields |
//! | `CapturedArray` | element count | a removed array literal; the next `element count` value commands are its elements |
//! | `DuplicatedObject` | object id | the object materialized as the id-th captured object (shared or cyclic references keep their identity) |
//! | `CapturedArguments` | function literal index, argument count | a removed (unmapped) `arguments` object of that function; the next `argument count` value commands are the actual arguments |
//! | `CapturedFrameArguments` | — | the optimized function's own removed (unmapped) `arguments` object: its actual arguments are in the activation's record |

/// One command of a translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Starts a frame: the function (literal index), where to resume, the
    /// actual argument count, and how many value commands follow.
    BeginFrame {
        function: u32,
        bytecode_offset: u32,
        argument_count: u32,
        height: u32,
        kind: FrameKind,
    },
    Tagged(u32),
    Int32(u32),
    Float64(u32),
    Literal(u32),
    OptimizedOut,
    CapturedObject {
        map: u32,
        fields: u32,
    },
    CapturedArray {
        length: u32,
    },
    DuplicatedObject(u32),
    CapturedArguments {
        function: u32,
        length: u32,
    },
    CapturedFrameArguments,
}

const BEGIN_FRAME: u8 = 1;
const TAGGED: u8 = 2;
const INT32: u8 = 3;
const FLOAT64: u8 = 4;
const LITERAL: u8 = 5;
const OPTIMIZED_OUT: u8 = 6;
const CAPTURED_OBJECT: u8 = 7;
const DUPLICATED_OBJECT: u8 = 8;
const CAPTURED_ARGUMENTS: u8 = 9;
const CAPTURED_ARRAY: u8 = 10;
const BEGIN_CONSTRUCT_FRAME: u8 = 11;
const BEGIN_SETTER_FRAME: u8 = 12;
const CAPTURED_FRAME_ARGUMENTS: u8 = 13;

/// What the caller of a frame does with its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// Takes it into its accumulator.
    Call,
    /// A `new`: a non-object result means `this`.
    Construct,
    /// A setter of an assignment: the result is dropped (the caller's
    /// accumulator keeps the assigned value).
    Setter,
}

/// Appends translations to one shared byte array (per code object).
#[derive(Default)]
pub struct TranslationWriter {
    bytes: Vec<u8>,
}

impl TranslationWriter {
    /// Where the next translation starts.
    pub fn offset(&self) -> u32 {
        self.bytes.len() as u32
    }

    pub fn write(&mut self, c: Command) {
        match c {
            Command::BeginFrame {
                function,
                bytecode_offset,
                argument_count,
                height,
                kind,
            } => {
                self.bytes.push(match kind {
                    FrameKind::Call => BEGIN_FRAME,
                    FrameKind::Construct => BEGIN_CONSTRUCT_FRAME,
                    FrameKind::Setter => BEGIN_SETTER_FRAME,
                });
                for v in [function, bytecode_offset, argument_count, height] {
                    self.uleb(v);
                }
            }
            Command::Tagged(i) => self.op1(TAGGED, i),
            Command::Int32(i) => self.op1(INT32, i),
            Command::Float64(i) => self.op1(FLOAT64, i),
            Command::Literal(i) => self.op1(LITERAL, i),
            Command::OptimizedOut => self.bytes.push(OPTIMIZED_OUT),
            Command::CapturedObject { map, fields } => {
                self.bytes.push(CAPTURED_OBJECT);
                self.uleb(map);
                self.uleb(fields);
            }
            Command::CapturedArray { length } => self.op1(CAPTURED_ARRAY, length),
            Command::DuplicatedObject(id) => self.op1(DUPLICATED_OBJECT, id),
            Command::CapturedArguments { function, length } => {
                self.bytes.push(CAPTURED_ARGUMENTS);
                self.uleb(function);
                self.uleb(length);
            }
            Command::CapturedFrameArguments => self.bytes.push(CAPTURED_FRAME_ARGUMENTS),
        }
    }

    fn op1(&mut self, op: u8, v: u32) {
        self.bytes.push(op);
        self.uleb(v);
    }

    fn uleb(&mut self, mut v: u32) {
        loop {
            let byte = (v & 0x7F) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    pub fn finish(self) -> Box<[u8]> {
        self.bytes.into_boxed_slice()
    }
}

/// Reads commands from a translation's start.
pub struct TranslationReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> TranslationReader<'a> {
    pub fn new(bytes: &'a [u8], offset: u32) -> TranslationReader<'a> {
        TranslationReader {
            bytes,
            at: offset as usize,
        }
    }

    pub fn next_command(&mut self) -> Command {
        let op = self.bytes[self.at];
        self.at += 1;
        match op {
            BEGIN_FRAME | BEGIN_CONSTRUCT_FRAME | BEGIN_SETTER_FRAME => Command::BeginFrame {
                function: self.uleb(),
                bytecode_offset: self.uleb(),
                argument_count: self.uleb(),
                height: self.uleb(),
                kind: match op {
                    BEGIN_FRAME => FrameKind::Call,
                    BEGIN_CONSTRUCT_FRAME => FrameKind::Construct,
                    _ => FrameKind::Setter,
                },
            },
            TAGGED => Command::Tagged(self.uleb()),
            INT32 => Command::Int32(self.uleb()),
            FLOAT64 => Command::Float64(self.uleb()),
            LITERAL => Command::Literal(self.uleb()),
            OPTIMIZED_OUT => Command::OptimizedOut,
            CAPTURED_OBJECT => Command::CapturedObject {
                map: self.uleb(),
                fields: self.uleb(),
            },
            CAPTURED_ARRAY => Command::CapturedArray {
                length: self.uleb(),
            },
            DUPLICATED_OBJECT => Command::DuplicatedObject(self.uleb()),
            CAPTURED_ARGUMENTS => Command::CapturedArguments {
                function: self.uleb(),
                length: self.uleb(),
            },
            CAPTURED_FRAME_ARGUMENTS => Command::CapturedFrameArguments,
            _ => unreachable!("corrupt translation opcode {op}"),
        }
    }

    fn uleb(&mut self) -> u32 {
        let mut v = 0u32;
        let mut shift = 0;
        loop {
            let byte = self.bytes[self.at];
            self.at += 1;
            v |= ((byte & 0x7F) as u32) << shift;
            if byte & 0x80 == 0 {
                return v;
            }
            shift += 7;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_round_trips() {
        let commands = [
            Command::BeginFrame {
                function: 0,
                bytecode_offset: 300,
                argument_count: 2,
                height: 9,
                kind: FrameKind::Call,
            },
            Command::Tagged(0),
            Command::Int32(127),
            Command::Float64(128),
            Command::Literal(u32::MAX),
            Command::OptimizedOut,
            Command::CapturedObject { map: 3, fields: 2 },
            Command::Tagged(16384),
            Command::CapturedArray { length: 200 },
            Command::DuplicatedObject(0),
            Command::CapturedArguments {
                function: 2,
                length: 3,
            },
            Command::CapturedFrameArguments,
            Command::BeginFrame {
                function: 1,
                bytecode_offset: 0,
                argument_count: 0,
                height: 1,
                kind: FrameKind::Construct,
            },
            Command::Literal(7),
            Command::BeginFrame {
                function: 2,
                bytecode_offset: 5,
                argument_count: 1,
                height: 0,
                kind: FrameKind::Setter,
            },
        ];
        let mut w = TranslationWriter::default();
        w.write(Command::OptimizedOut); // another exit's translation first
        let start = w.offset();
        for c in commands {
            w.write(c);
        }
        let bytes = w.finish();
        let mut r = TranslationReader::new(&bytes, start);
        for c in commands {
            assert_eq!(r.next_command(), c);
        }
        assert_eq!(r.at, bytes.len(), "nothing left over");
    }

    #[test]
    fn small_operands_take_one_byte() {
        let mut w = TranslationWriter::default();
        w.write(Command::Tagged(5));
        w.write(Command::Tagged(200));
        assert_eq!(w.finish().len(), 2 + 3);
    }
}
