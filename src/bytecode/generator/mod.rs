//! The bytecode generator: walks the AST of one script and emits a
//! `SharedFunctionInfo` per function, innermost first.
//!
//! Variables live in registers unless the front end found them captured by
//! an inner function; those get context slots. A context is created for a
//! scope only when it has captured variables, and `Loc::Context` records the
//! context *level* (nesting depth), so an access emits the distance between
//! the current level and the variable's.
//!
//! Split by concern: `statements`, `expressions`, `assignment` (targets and
//! destructuring), `classes`, `control` (break/continue/return through
//! `finally` and iterator closing), `functions` (prologues, closures).

mod assignment;
mod classes;
mod control;
mod expressions;
mod functions;
mod statements;

use std::collections::HashMap;
use std::rc::Rc;

use oxc_ast::ast::*;
use oxc_semantic::Semantic;
use oxc_syntax::scope::ScopeId;
use oxc_syntax::symbol::{SymbolFlags, SymbolId};

use super::builder::{Builder, Label, Reg};
use super::opcodes::Opcode;
use crate::feedback::FeedbackSlotKind;
use crate::frontend::{Analysis, EvalSite, SyntaxError};
use crate::interpreter::runtime_functions::RuntimeFunction;
use crate::runtime::function::{FunctionKind, Script, SharedFunctionInfo};
use crate::runtime::global_declarations::GlobalKind;
use crate::runtime::heap::Gc;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use control::Control;

/// How top-level declarations bind.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A CommonJS module: the top level is a function of
    /// (exports, require, module, __filename, __dirname).
    Module,
    /// A classic script (`-e`, the REPL): top-level declarations are
    /// properties of the global object.
    Script,
    /// Code given to `eval`; `Generator::eval_scope` says what it sees.
    Eval,
}

/// What eval code sees of its caller, read from the caller's context chain
/// at run time.
pub struct EvalScope {
    /// Contexts in the caller's chain (the eval code's own start there).
    pub depth: u32,
    /// Named slots of the contexts that record names: (level, names and
    /// what declares each).
    pub scopes: Vec<(u32, Vec<(String, EvalBinding)>)>,
    /// The level of the innermost function var scope, for a sloppy eval
    /// inside a function (its `var`s go to that context's extension).
    pub var_scope: Option<u32>,
    /// Whether names not found may be `var`s an eval declared at run time.
    pub dynamic: bool,
    /// What the call site lets the code contain (`new.target`, `super`).
    pub site: EvalSite,
}

/// What declares a variable eval code finds in its caller's scopes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalBinding {
    Var,
    /// `let` or `class`: has a TDZ.
    Let,
    /// Has a TDZ and cannot be assigned.
    Const,
}

impl EvalScope {
    /// What declares the caller's variable `name` eval code would see.
    fn binding(&self, name: &str) -> Option<EvalBinding> {
        self.scopes
            .iter()
            .find_map(|(_, names)| names.iter().find(|(n, _)| n == name).map(|&(_, k)| k))
    }

    /// The private names (`#x`) of the classes around the caller.
    pub fn private_names(&self) -> impl Iterator<Item = &str> {
        self.scopes
            .iter()
            .flat_map(|(_, names)| names.iter().map(|(n, _)| n.as_str()))
            .filter(|n| n.starts_with('#'))
    }

    fn private_name(&self, name: &str) -> Option<Loc> {
        self.scopes.iter().find_map(|(level, names)| {
            let slot = names.iter().position(|(n, _)| n == name)?;
            Some(Loc::Context {
                level: *level,
                slot: slot as u32,
            })
        })
    }
}

pub const MODULE_PARAMETERS: [&str; 5] =
    ["exports", "require", "module", "__filename", "__dirname"];

#[derive(Clone, Copy, Debug)]
enum Loc {
    Register(Reg),
    Context {
        level: u32,
        slot: u32,
    },
    Global,
    /// A context slot that a `var` a sloppy direct eval declared in a
    /// function in between may shadow: the extensions of the contexts in
    /// between are searched by name first.
    LookupContext {
        level: u32,
        slot: u32,
    },
    /// Looked up by name at run time: a `var` a sloppy direct eval may
    /// have declared in a function, else a global.
    Dynamic,
}

/// Per-function generator state.
struct FnState {
    b: Builder,
    kind: FunctionKind,
    strict: bool,
    is_arrow: bool,
    context_level: u32,
    control: Vec<Control>,
    /// Where optional chains short-circuit to.
    chain_nil: Option<super::builder::Label>,
    /// Async functions, arrows, methods and generators.
    is_async: bool,
    /// The register a generator's `Yield` (or an async body's `Await`)
    /// writes the resume mode to.
    resume_mode: Option<Reg>,
    /// This function's `arguments` binding, if it uses one.
    arguments: Option<Loc>,
    /// Unresolved names are looked up at run time (this function or one
    /// around it calls a sloppy direct eval, which may declare them).
    dynamic_lookup: bool,
    /// This function's scope, if its own code calls a sloppy direct eval
    /// (whose `var`s shadow the variables of the scopes around it).
    sloppy_eval_scope: Option<ScopeId>,
    /// Script and eval code: the register holding the completion value.
    completion: Option<Reg>,
    /// While the parameter list (with defaults or patterns) of a sloppy
    /// function is compiled: the names a direct eval in it may not declare
    /// as `var`s — the parameters, and `arguments` (bindings of the
    /// parameters' scope, EvalDeclarationInstantiation step 3).
    parameter_names: Option<Vec<String>>,
}

pub struct Generator<'a, 'v> {
    vm: &'v mut Vm,
    semantic: &'a Semantic<'a>,
    analysis: Analysis,
    script: Rc<Script>,
    mode: Mode,
    locations: HashMap<SymbolId, Loc>,
    /// Private names of the classes being compiled, innermost last.
    private_names: Vec<HashMap<String, Loc>>,
    module_parameters: Option<u32>,
    fns: Vec<FnState>,
    /// Nesting depth of class bodies being compiled (their code is strict).
    class_depth: u32,
    /// Parameters of lists with defaults or patterns: they have a TDZ.
    tdz_parameters: std::collections::HashSet<SymbolId>,
    /// Names of named function expressions, seen from inside: read-only.
    self_bindings: std::collections::HashSet<SymbolId>,
    functions_compiled: Vec<Gc<SharedFunctionInfo>>,
    /// Eval code: its caller's scopes.
    pub eval_scope: Option<EvalScope>,
    /// A sloppy eval in a function: the `var`s and functions it declares
    /// (created in the var scope's extension before the code runs).
    pub eval_declarations: Vec<String>,
    /// Eval code called from a parameter list: names it may not declare.
    pub eval_parameter_names: Vec<String>,
    /// The `with` statements being compiled, outermost first: where each
    /// keeps its object, and its body's source range.
    withs: Vec<(Loc, oxc_span::Span)>,
    /// Set while a base constructor whose class has instance fields or
    /// private methods is about to be compiled: its code starts by
    /// defining them on `this` (reported at this source position), so
    /// they run in the constructor's frame in every tier.
    instance_elements_at: Option<u32>,
    /// The inner name bindings of the class declarations being compiled:
    /// the class's symbol, its source range, and the binding's slot.
    class_bindings: Vec<(SymbolId, oxc_span::Span, Loc)>,
}

type GenResult<T> = Result<T, SyntaxError>;

impl<'a, 'v> Generator<'a, 'v> {
    pub fn new(vm: &'v mut Vm, semantic: &'a Semantic<'a>, script: Rc<Script>, mode: Mode) -> Self {
        let analysis = Analysis::run(semantic);
        Generator {
            vm,
            semantic,
            analysis,
            script,
            mode,
            locations: HashMap::new(),
            private_names: Vec::new(),
            module_parameters: None,
            fns: Vec::new(),
            class_depth: 0,
            self_bindings: Default::default(),
            tdz_parameters: Default::default(),
            functions_compiled: Vec::new(),
            eval_scope: None,
            eval_declarations: Vec::new(),
            eval_parameter_names: Vec::new(),
            withs: Vec::new(),
            instance_elements_at: None,
            class_bindings: Vec::new(),
        }
    }

    /// Every function compiled, in completion order (for --print-bytecode).
    pub fn compiled_functions(&self) -> &[Gc<SharedFunctionInfo>] {
        &self.functions_compiled
    }

    // ---- small helpers over the current function ----

    fn f(&mut self) -> &mut FnState {
        self.fns.last_mut().expect("inside a function")
    }
    fn b(&mut self) -> &mut Builder {
        &mut self.f().b
    }
    fn op(&mut self, op: Opcode) {
        self.b().op(op)
    }
    fn emit(&mut self, op: Opcode, operands: &[u32]) {
        self.b().emit(op, operands)
    }
    fn reg(&mut self) -> Reg {
        self.b().alloc_register()
    }
    fn star(&mut self, r: Reg) {
        self.emit(Opcode::Star, &[r.0 as u32]);
    }
    fn ldar(&mut self, r: Reg) {
        self.emit(Opcode::Ldar, &[r.0 as u32]);
    }
    fn pos(&mut self, span: oxc_span::Span) {
        self.b().set_position(span.start);
    }
    fn slot(&mut self, kind: FeedbackSlotKind) -> u32 {
        self.b().feedback_slot(kind)
    }
    fn mark(&mut self) -> u32 {
        self.b().register_mark()
    }
    fn release(&mut self, mark: u32) {
        self.b().release_to(mark)
    }
    fn strict(&self) -> bool {
        self.fns.last().is_some_and(|f| f.strict)
    }

    fn string_constant(&mut self, s: &str) -> u32 {
        let atom = self.vm.intern(s);
        self.b().constant(Value::string(atom))
    }
    fn string_constant_units(&mut self, units: &[u16]) -> u32 {
        let atom = self.vm.intern_units(units);
        self.b().constant(Value::string(atom))
    }
    fn load_string(&mut self, s: &str) {
        let c = self.string_constant(s);
        self.emit(Opcode::LdaConstant, &[c]);
    }
    fn load_number(&mut self, d: f64) {
        let v = Value::number(d);
        if v.is_int() {
            self.emit(Opcode::LdaSmi, &[v.as_int() as u32]);
        } else {
            let c = self.b().constant(v);
            self.emit(Opcode::LdaConstant, &[c]);
        }
    }

    fn error(&self, span: oxc_span::Span, message: &str) -> SyntaxError {
        SyntaxError {
            message: message.to_string(),
            offset: span.start,
        }
    }

    // ---- scopes and variables ----

    fn scoping(&self) -> &'a oxc_semantic::Scoping {
        self.semantic.scoping()
    }

    fn symbol_needs_tdz(&self, symbol: SymbolId) -> bool {
        self.tdz_parameters.contains(&symbol)
            || self.scoping().symbol_flags(symbol).intersects(
                SymbolFlags::BlockScopedVariable | SymbolFlags::ConstVariable | SymbolFlags::Class,
            ) && !self
                .scoping()
                .symbol_flags(symbol)
                .contains(SymbolFlags::Function)
    }

    /// Whether an access at source offset `at` must check the binding for
    /// the hole (TDZ). A register binding is only reachable from its own
    /// function, whose code runs in source order except where a `switch`
    /// jumps into the middle of its scope: a use that starts after the
    /// declaration ends has always seen the initialization.
    fn needs_hole_check(&self, symbol: SymbolId, loc: Loc, at: u32) -> bool {
        if !self.symbol_needs_tdz(symbol) {
            return false;
        }
        if !matches!(loc, Loc::Register(_)) {
            return true;
        }
        let scoping = self.scoping();
        let nodes = self.semantic.nodes();
        let scope_node = nodes.get_node(scoping.get_node_id(scoping.symbol_scope_id(symbol)));
        if matches!(scope_node.kind(), oxc_ast::AstKind::SwitchStatement(_)) {
            return true;
        }
        let declaration = nodes.get_node(scoping.symbol_declaration(symbol));
        at < oxc_span::GetSpan::span(&declaration.kind()).end
    }

    /// Inside its own body a class's name is an immutable binding (the
    /// outer one, for a declaration, is mutable).
    fn is_inner_class_binding(&self, symbol: SymbolId, at: u32) -> bool {
        let scoping = self.scoping();
        if !scoping.symbol_flags(symbol).contains(SymbolFlags::Class) {
            return false;
        }
        let declaration = self
            .semantic
            .nodes()
            .get_node(scoping.symbol_declaration(symbol));
        let span = oxc_span::GetSpan::span(&declaration.kind());
        span.start <= at && at < span.end
    }

    fn symbol_is_const(&self, symbol: SymbolId) -> bool {
        self.scoping()
            .symbol_flags(symbol)
            .contains(SymbolFlags::ConstVariable)
    }

    /// The scope's bindings, in declaration order.
    fn bindings_of(&self, scope: ScopeId) -> Vec<SymbolId> {
        let mut symbols: Vec<SymbolId> = self
            .scoping()
            .get_bindings(scope)
            .values()
            .copied()
            .collect();
        symbols.sort();
        symbols
    }

    /// Allocates the bindings of a scope; returns the register holding the
    /// outer context if a context was pushed. `extra_slots` are context
    /// slots for non-symbol bindings (private names).
    fn enter_scope(&mut self, scope: ScopeId, private: &[String]) -> Option<Reg> {
        let is_program_scope = self.scoping().scope_parent_id(scope).is_none();
        let is_global_scope = self.mode == Mode::Script && is_program_scope;
        let symbols = self.bindings_of(scope);
        // A scope a direct eval sees records its names, and a function's
        // var scope there always gets a context (for the `var`s a sloppy
        // eval may add).
        let recorded = self.analysis.eval_scopes.contains(&scope);
        // The var scope of a function (or a module, or strict eval code);
        // a script's own are globals, a sloppy eval's are its caller's.
        let flags = self.scoping().scope_flags(scope);
        let var_scope = recorded
            && (flags.is_function()
                || flags.is_top()
                    && match self.mode {
                        Mode::Module => true,
                        Mode::Script => false,
                        Mode::Eval => self.strict(),
                    });
        let captured: Vec<SymbolId> = symbols
            .iter()
            .copied()
            .filter(|s| {
                self.analysis.captured.contains(s)
                    && !is_global_scope
                    && !self.locations.contains_key(s)
            })
            .collect();
        let mut saved = None;
        if !captured.is_empty() || !private.is_empty() || var_scope {
            let r = self.reg();
            let count = (captured.len() + private.len()) as u32;
            if recorded {
                let scoping = self.scoping();
                let names: Vec<String> = captured
                    .iter()
                    .map(|&s| {
                        let name = scoping.symbol_name(s);
                        use crate::runtime::function::{CONST_MARK, LEXICAL_MARK};
                        match self.declaration_kind(s) {
                            GlobalKind::Const => format!("{CONST_MARK}{name}"),
                            GlobalKind::Let => format!("{LEXICAL_MARK}{name}"),
                            _ => name.to_string(),
                        }
                    })
                    .chain(private.iter().cloned())
                    .collect();
                self.emit_scoped_context(count, &names, var_scope);
            } else {
                self.emit(Opcode::CreateContext, &[count]);
            }
            self.emit(Opcode::PushContext, &[r.0 as u32]);
            self.f().context_level += 1;
            self.f().control.push(Control::Context { saved: r });
            let level = self.f().context_level;
            for (i, s) in captured.iter().enumerate() {
                self.locations.insert(
                    *s,
                    Loc::Context {
                        level,
                        slot: i as u32,
                    },
                );
            }
            let mut names = HashMap::new();
            for (i, p) in private.iter().enumerate() {
                names.insert(
                    p.clone(),
                    Loc::Context {
                        level,
                        slot: (captured.len() + i) as u32,
                    },
                );
            }
            if !private.is_empty() {
                self.private_names.push(names);
            }
            saved = Some(r);
        }
        for s in symbols {
            if self.locations.contains_key(&s) {
                if captured.contains(&s) && !self.symbol_needs_tdz(s) {
                    // Context slots start as the hole; `var`s start undefined.
                    self.op(Opcode::LdaUndefined);
                    self.store_loc(self.locations[&s]);
                }
                continue;
            }
            if is_global_scope {
                self.locations.insert(s, Loc::Global);
                continue;
            }
            let r = self.reg();
            self.locations.insert(s, Loc::Register(r));
            if self.symbol_needs_tdz(s) {
                self.op(Opcode::LdaTheHole);
            } else {
                self.op(Opcode::LdaUndefined);
            }
            self.star(r);
        }
        saved
    }

    /// CreateScopedContext: a context whose slot names eval code can read.
    fn emit_scoped_context(&mut self, count: u32, names: &[String], var_scope: bool) {
        let c = self.names_constant(names);
        self.emit(Opcode::CreateScopedContext, &[count, c, var_scope as u32]);
    }

    /// A constant array of (interned) names, for the runtime to read.
    fn names_constant(&mut self, names: &[String]) -> u32 {
        let values: Vec<Value> = names
            .iter()
            .map(|n| Value::string(self.vm.intern(n)))
            .collect();
        self.array_constant(values)
    }

    fn array_constant(&mut self, values: Vec<Value>) -> u32 {
        let array = self.vm.new_array(values);
        self.b().constant(Value::object(array))
    }

    /// Where the top-level declarations of eval code go. Strict eval code
    /// keeps them all. Sloppy eval code declares its `var`s and functions
    /// in the caller's var scope: a variable of it that exists already, or
    /// a new one (in that context's extension, created before the code
    /// runs), or a global when the eval is not inside a function.
    fn place_eval_declarations(&mut self, symbols: &[SymbolId]) -> GenResult<()> {
        if self.strict() {
            return Ok(());
        }
        let var_scope = self.eval_scope.as_ref().and_then(|e| e.var_scope);
        for &s in symbols {
            let flags = self.scoping().symbol_flags(s);
            if !flags.intersects(SymbolFlags::FunctionScopedVariable | SymbolFlags::Function) {
                continue;
            }
            let name = self.scoping().symbol_name(s).to_string();
            // A `var` may not redeclare a `let`/`const` it would hoist past,
            // nor a binding of the parameter list it is evaluated in.
            let shadows_lexical = self.eval_scope.as_ref().is_some_and(|e| {
                e.scopes.iter().any(|(level, names)| {
                    var_scope.is_none_or(|v| *level >= v)
                        && names
                            .iter()
                            .any(|(n, kind)| *kind != EvalBinding::Var && *n == name)
                })
            });
            if shadows_lexical || self.eval_parameter_names.contains(&name) {
                let span = self.scoping().symbol_span(s);
                return Err(self.error(
                    span,
                    &format!("Identifier '{name}' has already been declared"),
                ));
            }
            let loc = match var_scope {
                None => Loc::Global,
                Some(var_level) => match self.unresolved_location(&name) {
                    Loc::Context { level, slot } if level >= var_level => {
                        Loc::Context { level, slot }
                    }
                    _ => {
                        self.eval_declarations.push(name);
                        Loc::Dynamic
                    }
                },
            };
            self.locations.insert(s, loc);
        }
        Ok(())
    }

    fn exit_scope(&mut self, saved: Option<Reg>, had_private: bool) {
        if let Some(r) = saved {
            self.emit(Opcode::PopContext, &[r.0 as u32]);
            self.f().context_level -= 1;
            let popped = self.f().control.pop();
            debug_assert!(matches!(popped, Some(Control::Context { .. })));
            if had_private {
                self.private_names.pop();
            }
        }
    }

    fn load_loc(&mut self, loc: Loc, name: &str) {
        match loc {
            Loc::Register(r) => self.ldar(r),
            Loc::Context { level, slot } => {
                let depth = self.f().context_level - level;
                self.emit(Opcode::LdaContextSlot, &[depth, slot]);
            }
            Loc::Global => {
                let c = self.string_constant(name);
                let s = self.slot(FeedbackSlotKind::Global);
                self.emit(Opcode::LdaGlobal, &[c, s]);
            }
            Loc::Dynamic => {
                let c = self.string_constant(name);
                self.emit(Opcode::LdaLookupSlot, &[c]);
            }
            Loc::LookupContext { level, slot } => {
                let args = self.lookup_context_args(name, level, slot);
                let load = RuntimeFunction::LoadLookupContextSlot as u32;
                self.emit(Opcode::CallRuntime, &[load, args.0 as u32, 3]);
            }
        }
    }

    /// Registers with a LookupContext binding's name, context depth and
    /// slot, and two more for a store's value and const flag.
    fn lookup_context_args(&mut self, name: &str, level: u32, slot: u32) -> Reg {
        let args = self.b().alloc_registers(5);
        let depth = self.f().context_level - level;
        self.load_string(name);
        self.star(args);
        for (i, n) in [depth, slot].into_iter().enumerate() {
            self.emit(Opcode::LdaSmi, &[n]);
            self.star(Reg(args.0 + 1 + i as u16));
        }
        args
    }

    fn store_loc(&mut self, loc: Loc) {
        match loc {
            Loc::Register(r) => self.star(r),
            Loc::Context { level, slot } => {
                let depth = self.f().context_level - level;
                self.emit(Opcode::StaContextSlot, &[depth, slot]);
            }
            Loc::Global | Loc::Dynamic | Loc::LookupContext { .. } => {
                unreachable!("stored by name")
            }
        }
    }

    fn resolve_reference(&self, id: &IdentifierReference) -> Option<SymbolId> {
        let rid = id.reference_id.get()?;
        self.scoping().get_reference(rid).symbol_id()
    }

    /// Where an unresolved name lives: a module parameter, a variable of
    /// an eval's caller, a name a sloppy eval may declare, or a global.
    fn unresolved_location(&self, name: &str) -> Loc {
        if let Some(level) = self.module_parameters
            && let Some(i) = MODULE_PARAMETERS.iter().position(|p| *p == name)
        {
            return Loc::Context {
                level,
                slot: i as u32,
            };
        }
        if let Some(eval) = &self.eval_scope {
            for (level, names) in &eval.scopes {
                if let Some(slot) = names.iter().position(|(n, _)| n == name) {
                    return Loc::Context {
                        level: *level,
                        slot: slot as u32,
                    };
                }
            }
            if eval.dynamic {
                return Loc::Dynamic;
            }
        }
        if self.fns.last().is_some_and(|f| f.dynamic_lookup) {
            return Loc::Dynamic;
        }
        Loc::Global
    }

    /// The objects of the `with` statements a reference at `at` sees
    /// through, innermost first: those whose body contains it, for a name
    /// not declared inside that body.
    fn withs_around(&self, at: u32, symbol: Option<SymbolId>) -> Vec<Loc> {
        // Where the binding's scope starts: a `var` written inside the body
        // belongs to the function around the `with`, so the object comes
        // first for it too.
        let declared_at = symbol.map(|s| {
            let scoping = self.scoping();
            let scope = scoping.get_node_id(scoping.symbol_scope_id(s));
            oxc_span::GetSpan::span(&self.semantic.nodes().kind(scope)).start
        });
        self.withs
            .iter()
            .rev()
            .filter(|(_, body)| {
                body.start <= at
                    && at < body.end
                    && declared_at.is_none_or(|d| !(body.start <= d && d < body.end))
            })
            .map(|(loc, _)| *loc)
            .collect()
    }

    /// Tests each `with` object (innermost first) for the name: jumps to
    /// the returned label of the first that has it, with the object in
    /// `object`; falls through when none does.
    fn test_withs(&mut self, withs: &[Loc], name: &str, object: Reg) -> Vec<Label> {
        let args = self.b().alloc_registers(2);
        withs
            .iter()
            .map(|&loc| {
                self.load_loc(loc, name);
                self.star(args);
                self.load_string(name);
                self.star(Reg(args.0 + 1));
                self.emit(
                    Opcode::CallRuntime,
                    &[RuntimeFunction::WithHasBinding as u32, args.0 as u32, 2],
                );
                let found = self.b().new_label();
                let skip = self.b().new_label();
                self.b().jump(Opcode::JumpIfFalse, skip);
                self.load_loc(loc, name);
                self.star(object);
                self.b().jump(Opcode::Jump, found);
                self.b().bind(skip);
                found
            })
            .collect()
    }

    /// acc = the variable's value, looking in the `with` objects around
    /// the reference first; `receiver` (for a call) becomes the `with`
    /// object the name was found on, or stays undefined.
    pub(super) fn load_variable_in_withs(
        &mut self,
        id: &IdentifierReference,
        inside_typeof: bool,
        receiver: Option<Reg>,
    ) {
        let name = id.name.as_str();
        let withs = self.withs_around(id.span.start, self.resolve_reference(id));
        if withs.is_empty() {
            return self.load_variable(id, inside_typeof);
        }
        let object = receiver.unwrap_or_else(|| self.reg());
        let found = self.test_withs(&withs, name, object);
        self.load_variable(id, inside_typeof);
        let done = self.b().new_label();
        self.b().jump(Opcode::Jump, done);
        for label in found {
            self.b().bind(label);
        }
        let c = self.string_constant(name);
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[object.0 as u32, c, s]);
        if let Some(r) = receiver {
            // Not found on a `with` object: the call's receiver is undefined.
            let set = self.b().new_label();
            self.b().jump(Opcode::Jump, set);
            self.b().bind(done);
            let keep = self.reg();
            self.star(keep);
            self.op(Opcode::LdaUndefined);
            self.star(r);
            self.ldar(keep);
            self.b().bind(set);
        } else {
            self.b().bind(done);
        }
    }

    /// acc = the variable's value (with its TDZ check).
    fn load_variable(&mut self, id: &IdentifierReference, inside_typeof: bool) {
        let name = id.name.as_str();
        let symbol = self.resolve_reference(id);
        let loc = self.location_of(name, symbol, id.span.start);
        match loc {
            Loc::Global => return self.load_global(name, inside_typeof),
            // A sloppy eval's `var` (`typeof` of one deleted since, or never
            // declared, is "undefined").
            Loc::Dynamic if inside_typeof => {
                let c = self.string_constant(name);
                return self.emit(Opcode::LdaLookupSlotInsideTypeof, &[c]);
            }
            _ => self.load_loc(loc, name),
        }
        let tdz = match symbol {
            Some(symbol) => self.needs_hole_check(symbol, loc, id.span.start),
            None => self
                .eval_binding(name, loc)
                .is_some_and(|b| b != EvalBinding::Var),
        };
        if tdz {
            let c = self.string_constant(name);
            self.emit(Opcode::ThrowReferenceErrorIfHole, &[c]);
        }
    }

    fn load_global(&mut self, name: &str, inside_typeof: bool) {
        match name {
            "undefined" => return self.op(Opcode::LdaUndefined),
            "NaN" => return self.load_number(f64::NAN),
            "Infinity" => return self.load_number(f64::INFINITY),
            _ => {}
        }
        let c = self.string_constant(name);
        let s = self.slot(FeedbackSlotKind::Global);
        let op = if inside_typeof {
            Opcode::LdaGlobalInsideTypeof
        } else {
            Opcode::LdaGlobal
        };
        self.emit(op, &[c, s]);
    }

    /// Stores acc into the variable. `init` marks the declaration's own
    /// initialization (no TDZ or const check). Inside `with` statements the
    /// objects that have the name take other stores first.
    fn store_variable(&mut self, name: &str, symbol: Option<SymbolId>, init: bool, at: u32) {
        let withs = if init {
            Vec::new()
        } else {
            self.withs_around(at, symbol)
        };
        if withs.is_empty() {
            return self.store_binding_at(name, symbol, init, at);
        }
        let value = self.reg();
        self.star(value);
        let object = self.reg();
        let found = self.test_withs(&withs, name, object);
        self.ldar(value);
        self.store_binding_at(name, symbol, init, at);
        let done = self.b().new_label();
        self.b().jump(Opcode::Jump, done);
        for label in found {
            self.b().bind(label);
        }
        self.ldar(value);
        let c = self.string_constant(name);
        let s = self.slot(FeedbackSlotKind::Store);
        self.emit(Opcode::SetNamedProperty, &[object.0 as u32, c, s]);
        self.b().bind(done);
        self.ldar(value);
    }

    /// Where a name (resolved to `symbol`, or not) lives: an unresolved
    /// `arguments` is the function's arguments binding.
    fn location_of(&self, name: &str, symbol: Option<SymbolId>, at: u32) -> Loc {
        let inner_class_binding = self
            .class_bindings
            .iter()
            .rev()
            .find(|(s, span, _)| Some(*s) == symbol && span.start <= at && at < span.end);
        if let Some(&(_, _, loc)) = inner_class_binding {
            return loc;
        }
        match symbol {
            Some(s) => {
                let loc = self.locations.get(&s).copied().unwrap_or(Loc::Global);
                match loc {
                    Loc::Global if self.eval_may_shadow(s) => Loc::Dynamic,
                    Loc::Context { level, slot } if self.eval_may_shadow(s) => {
                        Loc::LookupContext { level, slot }
                    }
                    loc => loc,
                }
            }
            None => match self.arguments_location() {
                Some(loc) if name == "arguments" => loc,
                _ => self.unresolved_location(name),
            },
        }
    }

    /// Whether a function between here and the scope declaring `symbol`
    /// calls a sloppy direct eval, which may declare a `var` of its name.
    fn eval_may_shadow(&self, symbol: SymbolId) -> bool {
        let scoping = self.scoping();
        let declared = scoping.symbol_scope_id(symbol);
        self.fns
            .iter()
            .filter_map(|f| f.sloppy_eval_scope)
            .any(|scope| scope != declared && scoping.scope_ancestors(scope).any(|a| a == declared))
    }

    /// What declares a name eval code resolved (to `loc`) in its caller's
    /// scopes.
    fn eval_binding(&self, name: &str, loc: Loc) -> Option<EvalBinding> {
        match loc {
            Loc::Context { .. } => self.eval_scope.as_ref()?.binding(name),
            _ => None,
        }
    }

    fn store_binding_at(&mut self, name: &str, symbol: Option<SymbolId>, init: bool, at: u32) {
        let loc = self.location_of(name, symbol, at);
        if symbol.is_none()
            && !init
            && let Some(binding) = self.eval_binding(name, loc)
            && binding != EvalBinding::Var
        {
            let c = self.string_constant(name);
            let value = self.reg();
            self.star(value);
            self.load_loc(loc, name);
            self.emit(Opcode::ThrowReferenceErrorIfHole, &[c]);
            if binding == EvalBinding::Const {
                self.emit(Opcode::ThrowConstAssignError, &[c]);
                return;
            }
            self.ldar(value);
        }
        if let Some(s) = symbol {
            if !init && !matches!(loc, Loc::Global) && self.needs_hole_check(s, loc, at) {
                // Check the binding is initialized without losing acc.
                let tmp = self.reg();
                self.star(tmp);
                self.load_loc(loc, name);
                let c = self.string_constant(name);
                self.emit(Opcode::ThrowReferenceErrorIfHole, &[c]);
                self.ldar(tmp);
            }
            // A sloppy eval's `var` may take the store instead: for those,
            // the run time checks a `const` (StoreLookupContextSlot).
            let shadowable = matches!(loc, Loc::LookupContext { .. } | Loc::Dynamic);
            if !init && !shadowable && self.self_bindings.contains(&s) {
                // Assigning a function expression's own name: ignored in
                // sloppy code, an error in strict code.
                if self.strict() {
                    let c = self.string_constant(name);
                    self.emit(Opcode::ThrowConstAssignError, &[c]);
                }
                return;
            }
            if !init
                && !shadowable
                && (self.symbol_is_const(s) || self.is_inner_class_binding(s, at))
            {
                let c = self.string_constant(name);
                self.emit(Opcode::ThrowConstAssignError, &[c]);
                return;
            }
        }
        match loc {
            // A script's `let`/`const`/`class` declaration.
            Loc::Global if init && symbol.is_some_and(|s| self.is_lexical(s)) => {
                let args = self.b().alloc_registers(2);
                self.star(Reg(args.0 + 1));
                self.load_string(name);
                self.star(args);
                let initialize = RuntimeFunction::InitializeScriptBinding as u32;
                self.emit(Opcode::CallRuntime, &[initialize, args.0 as u32, 2]);
                self.ldar(Reg(args.0 + 1));
            }
            Loc::Global => {
                let c = self.string_constant(name);
                let s = self.slot(FeedbackSlotKind::Store);
                self.emit(Opcode::StaGlobal, &[c, s]);
            }
            Loc::Dynamic => {
                let c = self.string_constant(name);
                self.emit(Opcode::StaLookupSlot, &[c]);
            }
            Loc::LookupContext { level, slot } => {
                let value = self.reg();
                self.star(value);
                let args = self.lookup_context_args(name, level, slot);
                self.ldar(value);
                self.star(Reg(args.0 + 3));
                let constant = symbol.is_some_and(|s| !init && self.symbol_is_const(s));
                self.load_bool(constant);
                self.star(Reg(args.0 + 4));
                let store = RuntimeFunction::StoreLookupContextSlot as u32;
                self.emit(Opcode::CallRuntime, &[store, args.0 as u32, 5]);
                self.ldar(value);
            }
            loc => self.store_loc(loc),
        }
    }

    fn is_lexical(&self, symbol: SymbolId) -> bool {
        matches!(
            self.declaration_kind(symbol),
            GlobalKind::Let | GlobalKind::Const
        )
    }

    /// What declares a binding (`class` counts as `let`).
    fn declaration_kind(&self, symbol: SymbolId) -> GlobalKind {
        let flags = self.scoping().symbol_flags(symbol);
        if flags.contains(SymbolFlags::ConstVariable) {
            GlobalKind::Const
        } else if flags.intersects(SymbolFlags::BlockScopedVariable | SymbolFlags::Class) {
            GlobalKind::Let
        } else if flags.contains(SymbolFlags::Function) {
            GlobalKind::Function
        } else {
            GlobalKind::Var
        }
    }

    fn load_bool(&mut self, b: bool) {
        self.op(if b { Opcode::LdaTrue } else { Opcode::LdaFalse });
    }

    fn store_binding(&mut self, id: &BindingIdentifier, init: bool) {
        let symbol = id.symbol_id.get();
        self.store_variable(id.name.as_str(), symbol, init, id.span.start);
    }

    /// Whether `new.target` has a function to refer to: a non-arrow one
    /// around it, the module function, or (eval code) a function around
    /// the eval.
    fn new_target_allowed(&self) -> bool {
        self.fns[1..].iter().any(|f| !f.is_arrow)
            || match self.mode {
                Mode::Module => true,
                Mode::Script => false,
                Mode::Eval => self.eval_scope.as_ref().is_some_and(|e| e.site.new_target),
            }
    }

    fn arguments_location(&self) -> Option<Loc> {
        self.fns
            .iter()
            .rev()
            .find(|f| !f.is_arrow)
            .and_then(|f| f.arguments)
    }

    // ---- entry point ----

    /// Compiles a whole program into its top-level function.
    pub fn compile_program(
        &mut self,
        program: &'a Program<'a>,
    ) -> GenResult<Gc<SharedFunctionInfo>> {
        let strict = program.has_use_strict_directive();
        let params = if self.mode == Mode::Module {
            MODULE_PARAMETERS.len() as u32
        } else {
            0
        };
        self.fns
            .push(FnState::new(params, FunctionKind::TopLevel, strict, false));
        if !strict
            && self
                .analysis
                .eval_functions
                .contains(&program.node_id.get())
        {
            self.f().dynamic_lookup = true;
        }
        if self.mode == Mode::Module {
            // The module parameters are unresolved names to the front end;
            // give them a context so inner functions reach them.
            let saved = self.reg();
            self.emit(Opcode::CreateContext, &[params]);
            self.emit(Opcode::PushContext, &[saved.0 as u32]);
            self.f().context_level += 1;
            self.module_parameters = Some(self.f().context_level);
            for i in 0..params {
                self.ldar(Reg(i as u16));
                self.emit(Opcode::StaContextSlot, &[0, i]);
            }
        }
        let scope = program.scope_id.get().expect("semantic ran");
        if let Some(eval) = &self.eval_scope {
            // Eval code runs in its caller's context chain.
            let (depth, dynamic) = (
                eval.depth,
                eval.dynamic || !strict && eval.var_scope.is_some(),
            );
            self.f().context_level = depth;
            self.f().dynamic_lookup = dynamic;
        }
        if self.mode == Mode::Eval {
            let symbols = self.bindings_of(scope);
            self.place_eval_declarations(&symbols)?;
        }
        self.enter_scope(scope, &[]);
        match self.mode {
            Mode::Script => self.declare_globals(scope, false),
            // Globals an eval declares can be deleted.
            Mode::Eval
                if !strict
                    && self
                        .eval_scope
                        .as_ref()
                        .is_some_and(|e| e.var_scope.is_none()) =>
            {
                self.declare_globals(scope, true)
            }
            _ => {}
        }
        self.hoist_functions(&program.body)?;
        // A script's completion value (what the REPL prints) is that of its
        // last top-level expression statement.
        let completion = (self.mode != Mode::Module).then(|| self.reg());
        if let Some(c) = completion {
            self.op(Opcode::LdaUndefined);
            self.star(c);
        }
        self.f().completion = completion;
        // Directives are expression statements too: `eval('"a"')` is "a"
        // (not the one the engine put in front of strict eval code).
        let written = program
            .directives
            .iter()
            .filter(|d| d.span.start >= self.script.hidden_prefix());
        if let (Some(c), Some(d)) = (completion, written.last()) {
            self.load_string(d.directive.as_str());
            self.star(c);
        }
        for stmt in &program.body {
            self.statement(stmt)?;
        }
        match completion {
            Some(c) => self.ldar(c),
            None => self.op(Opcode::LdaUndefined),
        }
        self.op(Opcode::Return);
        let state = self.fns.pop().unwrap();
        let name = Value::string(self.vm.intern(""));
        let span = program.span;
        Ok(self.finish_function(state, name, 0, span))
    }

    /// GlobalDeclarationInstantiation, simplified: every top-level binding
    /// of a classic script is a global property from the start (so hoisted
    /// functions and `var`s exist before their statements run, also in
    /// strict code, where assigning an undeclared global throws).
    /// GlobalDeclarationInstantiation: one runtime call checks and then
    /// declares every top-level name (`global_declarations.rs`).
    fn declare_globals(&mut self, scope: ScopeId, eval: bool) {
        // Eval code declares only its `var`s and functions globally.
        let mut names: Vec<(SymbolId, String)> = self
            .scoping()
            .get_bindings(scope)
            .iter()
            .filter(|(_, symbol)| {
                self.mode != Mode::Eval || matches!(self.locations.get(symbol), Some(Loc::Global))
            })
            .map(|(name, &symbol)| (symbol, name.to_string()))
            .collect();
        names.sort();
        if names.is_empty() {
            return;
        }
        let kinds = names
            .iter()
            .map(|&(symbol, _)| Value::int(self.declaration_kind(symbol) as i32))
            .collect();
        let names: Vec<String> = names.into_iter().map(|(_, n)| n).collect();
        let args = self.b().alloc_registers(3);
        let names = self.names_constant(&names);
        let kinds = self.array_constant(kinds);
        for (i, c) in [names, kinds].into_iter().enumerate() {
            self.emit(Opcode::LdaConstant, &[c]);
            self.star(Reg(args.0 + i as u16));
        }
        self.load_bool(eval);
        self.star(Reg(args.0 + 2));
        let declare = RuntimeFunction::DeclareGlobals as u32;
        self.emit(Opcode::CallRuntime, &[declare, args.0 as u32, 3]);
    }

    fn finish_function(
        &mut self,
        state: FnState,
        name: Value,
        length: u32,
        span: oxc_span::Span,
    ) -> Gc<SharedFunctionInfo> {
        let bytecode = state.b.finish();
        let mut sfi = SharedFunctionInfo::new(
            name,
            state.kind,
            state.strict,
            length,
            bytecode,
            self.script.clone(),
            span.start,
            span.end,
        );
        sfi.is_async = state.is_async;
        let sfi = self.vm.heap.alloc(sfi);
        self.functions_compiled.push(sfi);
        sfi
    }
}

impl FnState {
    fn new(params: u32, kind: FunctionKind, strict: bool, is_arrow: bool) -> FnState {
        FnState {
            b: Builder::new(params),
            kind,
            strict,
            is_arrow,
            context_level: 0,
            control: Vec::new(),
            chain_nil: None,
            is_async: false,
            resume_mode: None,
            arguments: None,
            dynamic_lookup: false,
            sloppy_eval_scope: None,
            completion: None,
            parameter_names: None,
        }
    }
}
