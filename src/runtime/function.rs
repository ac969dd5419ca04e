//! Functions: the shared, per-literal part (`SharedFunctionInfo`: bytecode,
//! feedback, flags), the per-closure part (`Closure`: context, home object),
//! native builtins, scripts and contexts.

use std::rc::Rc;

use super::heap::{Gc, Header, HeapCell, Trace, Tracer};
use super::value::Value;
use super::vm::Vm;
use crate::bytecode::BytecodeArray;
use crate::feedback::FeedbackVector;

pub type JsResult<T> = Result<T, Value>;

/// A builtin implemented in Rust. `new_target` is undefined for a call.
pub type NativeFn =
    fn(vm: &mut Vm, this: Value, args: &[Value], new_target: Value) -> JsResult<Value>;

pub struct NativeFunction {
    pub func: NativeFn,
    pub constructor: bool,
    /// Values a builtin closure carries (a bound resolver's promise, …).
    pub data: Vec<Value>,
}

/// One source file (or `-e` string).
pub struct Script {
    pub name: String,
    /// The parsed text: the source, after `hidden` bytes of prefix.
    pub source: String,
    line_starts: Vec<u32>,
    /// A prefix the engine added (ASCII, no line break): positions and
    /// line texts leave it out.
    hidden: u32,
}

impl Script {
    pub fn new(name: String, source: String) -> Rc<Script> {
        Script::with_hidden_prefix(name, "", source)
    }

    /// A script parsed as `prefix` + `source`, shown as `source` (strict
    /// eval code is parsed after a `"use strict";` its caller implies).
    pub fn with_hidden_prefix(name: String, prefix: &str, source: String) -> Rc<Script> {
        debug_assert!(prefix.is_ascii() && !prefix.contains(['\n', '\r']));
        let source = format!("{prefix}{source}");
        let mut line_starts = vec![prefix.len() as u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Rc::new(Script {
            name,
            source,
            line_starts,
            hidden: prefix.len() as u32,
        })
    }

    /// The length of the prefix the engine added.
    pub fn hidden_prefix(&self) -> u32 {
        self.hidden
    }

    /// 1-based line and column (in UTF-16 units, as V8 reports) of a byte offset.
    pub fn line_col(&self, pos: u32) -> (u32, u32) {
        let pos = pos.max(self.hidden);
        let line = self.line_starts.partition_point(|&s| s <= pos) - 1;
        let start = self.line_starts[line] as usize;
        let end = (pos as usize).min(self.source.len());
        let col = self
            .source
            .get(start..end)
            .map_or(end - start, |s| s.encode_utf16().count());
        (line as u32 + 1, col as u32 + 1)
    }
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line - 1) as usize;
        let start = self.line_starts[i] as usize;
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.source.len(), |&e| e as usize);
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FunctionKind {
    Normal,
    Arrow,
    /// Object-literal and class methods, getters and setters: no
    /// `prototype`, not constructors.
    Method,
    Generator,
    BaseConstructor,
    DerivedConstructor,
    /// A synthesized `constructor(...args) { super(...args); }`.
    DefaultDerivedConstructor,
    /// The synthesized function that initializes instance fields.
    FieldInitializer,
    /// A module's or script's top level.
    TopLevel,
}

impl FunctionKind {
    pub fn is_class_constructor(self) -> bool {
        matches!(
            self,
            FunctionKind::BaseConstructor
                | FunctionKind::DerivedConstructor
                | FunctionKind::DefaultDerivedConstructor
        )
    }
    pub fn is_derived_constructor(self) -> bool {
        matches!(
            self,
            FunctionKind::DerivedConstructor | FunctionKind::DefaultDerivedConstructor
        )
    }
    pub fn is_constructor(self) -> bool {
        matches!(self, FunctionKind::Normal) || self.is_class_constructor()
    }
}

#[repr(C)]
pub struct SharedFunctionInfo {
    header: Header,
    pub name: Value,
    pub kind: FunctionKind,
    /// `async` functions, arrows and methods (async generators are
    /// `Generator`s that are async).
    pub is_async: bool,
    pub strict: bool,
    /// `Function.prototype.length`.
    pub length: u32,
    pub bytecode: BytecodeArray,
    pub feedback: FeedbackVector,
    pub script: Rc<Script>,
    /// Byte range of the function's source, for `toString` and stacks.
    pub source_start: u32,
    pub source_end: u32,
    /// Set by `%NeverOptimizeFunction`.
    pub never_optimize: bool,
    /// Optimized code, shared by every closure of the function.
    pub code: Option<Rc<crate::optimizer::Code>>,
    /// Compile on the next call (budget exhausted in a loop, or
    /// `%OptimizeFunctionOnNextCall`).
    pub marked_for_optimization: bool,
    /// The optimizer declined, or deopts were too frequent.
    pub optimization_failed: bool,
    pub deopt_count: u32,
}

impl SharedFunctionInfo {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: Value,
        kind: FunctionKind,
        strict: bool,
        length: u32,
        bytecode: BytecodeArray,
        script: Rc<Script>,
        source_start: u32,
        source_end: u32,
    ) -> SharedFunctionInfo {
        let feedback = FeedbackVector::new(&bytecode.feedback_slots);
        SharedFunctionInfo {
            header: Header::new::<SharedFunctionInfo>(),
            name,
            kind,
            is_async: false,
            strict,
            length,
            bytecode,
            feedback,
            script,
            source_start,
            source_end,
            never_optimize: false,
            code: None,
            marked_for_optimization: false,
            optimization_failed: false,
            deopt_count: 0,
        }
    }
    /// Whether optimized code may stand for this function: ordinary
    /// functions, methods and base class constructors, whose calls run the
    /// body on the caller's behalf (a generator or async call instead
    /// creates its suspended body and returns an object).
    pub fn is_optimizable_kind(&self) -> bool {
        matches!(
            self.kind,
            FunctionKind::Normal | FunctionKind::Method | FunctionKind::BaseConstructor
        ) && !self.is_async
    }
    /// Whether a call (not `new`) may be inlined: class constructors throw
    /// when called.
    pub fn is_inlinable_kind(&self) -> bool {
        self.is_optimizable_kind() && !self.kind.is_class_constructor()
    }
    /// Whether `new` may call it (async functions never).
    pub fn is_constructor(&self) -> bool {
        self.kind.is_constructor() && !self.is_async
    }
    pub fn name_string(&self) -> String {
        if self.name.is_string() {
            self.name.as_string().to_rust_string()
        } else {
            String::new()
        }
    }
}

impl Trace for SharedFunctionInfo {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.name);
        t.values(&self.bytecode.constants);
        self.feedback.trace(t);
        if let Some(code) = &self.code {
            code.trace(t);
        }
    }
}

impl HeapCell for SharedFunctionInfo {
    const NAME: &'static str = "SharedFunctionInfo";
    fn external_bytes(&self) -> usize {
        self.bytecode.code.len() + self.bytecode.constants.len() * 8
    }
}

/// The per-closure state of a bytecode function.
pub struct Closure {
    pub shared: Gc<SharedFunctionInfo>,
    /// The `Context` the function closes over (or undefined).
    pub context: Value,
    /// The object whose prototype `super.x` looks in (methods only).
    pub home_object: Value,
    /// Class constructors: the closure initializing instance fields.
    pub field_initializer: Value,
    /// Arrows: the `this` and `new.target` of the frame that created them.
    pub lexical_this: Value,
    pub lexical_new_target: Value,
}

impl Closure {
    /// A plain closure over `context` (no home object, not an arrow).
    pub fn new(shared: Gc<SharedFunctionInfo>, context: Value) -> Closure {
        Closure {
            shared,
            context,
            home_object: Value::UNDEFINED,
            field_initializer: Value::UNDEFINED,
            lexical_this: Value::UNDEFINED,
            lexical_new_target: Value::UNDEFINED,
        }
    }

    pub fn trace(&self, t: &mut Tracer) {
        t.cell(self.shared);
        t.value(self.context);
        t.value(self.home_object);
        t.value(self.field_initializer);
        t.value(self.lexical_this);
        t.value(self.lexical_new_target);
    }
}

/// A scope's captured variables. Contexts chain to their parent the way
/// scopes nest; bytecode addresses a slot by (depth, index).
#[repr(C)]
pub struct Context {
    header: Header,
    pub parent: Value,
    pub slots: Vec<Value>,
    /// For scopes a direct `eval` can see: the names of the slots (a JS
    /// array of strings, from the constant pool; `let` and class names
    /// start with LEXICAL_MARK, `const` names with CONST_MARK), else
    /// undefined.
    pub scope: Value,
    /// A function's (or an eval's) own top-level scope: where a sloppy
    /// eval's `var`s go.
    pub var_scope: bool,
    /// The `var`s a sloppy direct eval declared here (an object), else
    /// undefined.
    pub extension: Value,
}

/// Start the recorded names of `let`/class and `const` bindings (no
/// identifier can).
pub const LEXICAL_MARK: char = '\u{1}';
pub const CONST_MARK: char = '\u{2}';

impl Context {
    pub fn new(parent: Value, size: usize) -> Context {
        Context {
            header: Header::new::<Context>(),
            parent,
            slots: vec![Value::HOLE; size],
            scope: Value::UNDEFINED,
            var_scope: false,
            extension: Value::UNDEFINED,
        }
    }

    /// The context `depth` steps up the chain from `context`.
    pub fn at(context: Value, depth: u32) -> Gc<Context> {
        let mut c: Gc<Context> = unsafe { context.as_internal() };
        for _ in 0..depth {
            c = unsafe { c.parent.as_internal() };
        }
        c
    }
}

impl Trace for Context {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.parent);
        t.values(&self.slots);
        t.value(self.scope);
        t.value(self.extension);
    }
}

impl HeapCell for Context {
    const NAME: &'static str = "Context";
    fn external_bytes(&self) -> usize {
        self.slots.len() * 8
    }
}
