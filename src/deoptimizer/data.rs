//! DeoptimizationData: what a code object keeps for its deopt exits.

use crate::optimizer::ir::DeoptReason;
use crate::runtime::heap::Tracer;
use crate::runtime::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DeoptKind {
    /// A guard failed.
    Eager,
    /// The code reached a site that had no feedback when it was compiled.
    Soft,
    /// The code was invalidated while a call out of it ran.
    Lazy,
    /// An operation threw inside a try range: the frames are rebuilt at it
    /// and the interpreter unwinds to the handler (JavaScriptCore's
    /// exception OSR exit). The code stays valid.
    Exception,
}

impl DeoptKind {
    pub fn name(self) -> &'static str {
        match self {
            DeoptKind::Eager => "deopt-eager",
            DeoptKind::Soft => "deopt-soft",
            DeoptKind::Lazy => "deopt-lazy",
            DeoptKind::Exception => "exception",
        }
    }
}

/// One deopt exit: its bailout id is its index in `DeoptimizationData::exits`.
#[derive(Clone, Debug)]
pub struct DeoptExit {
    pub kind: DeoptKind,
    pub reason: DeoptReason,
    /// Where the translation starts in `translations`.
    pub translation: u32,
    /// The innermost frame's bytecode offset (for tracing).
    pub bytecode_offset: u32,
    /// How many exit operands the exit passes.
    pub operand_count: u32,
    /// Interpreter frames to build (1 + the inlined calls).
    pub frame_count: u32,
}

#[derive(Default)]
pub struct DeoptimizationData {
    pub translations: Box<[u8]>,
    pub exits: Vec<DeoptExit>,
    /// Constants the translations (and the code) refer to: functions,
    /// values, maps. Traced, so everything the code embeds stays alive.
    pub literals: Vec<Value>,
}

impl DeoptimizationData {
    pub fn trace(&self, t: &mut Tracer) {
        t.values(&self.literals);
    }
}
