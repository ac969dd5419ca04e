//! Functions: compiling a nested function (parameters, prologue, body) into
//! its own `SharedFunctionInfo`, and creating its closure.

use oxc_ast::ast::*;
use oxc_ecmascript::BoundNames;
use oxc_span::Span;

use super::super::builder::Reg;
use super::super::opcodes::Opcode;
use super::{FnState, GenResult, Generator, Loc};
use crate::interpreter::runtime_functions::RuntimeFunction;
use crate::runtime::function::{FunctionKind, SharedFunctionInfo};
use crate::runtime::heap::Gc;
use crate::runtime::value::Value;

/// What a function's body is made of.
pub(super) enum Body<'a> {
    Statements(&'a FunctionBody<'a>),
    Expression(&'a Expression<'a>),
    /// Synthesized: class field initializers and static blocks, run with
    /// `this` set to the instance (or the class).
    ClassElements(Vec<&'a ClassElement<'a>>),
}

impl<'a> Generator<'a, '_> {
    /// acc = a closure for a function declaration or expression.
    pub(super) fn function_closure(
        &mut self,
        f: &'a Function<'a>,
        name: Option<&str>,
    ) -> GenResult<()> {
        let kind = if f.generator {
            FunctionKind::Generator
        } else {
            FunctionKind::Normal
        };
        self.function_closure_of_kind(f, name, kind, f.span.start)
    }

    /// `source_start`: where the function's source text begins (for a
    /// method, at its prefix and key: `Function.prototype.toString` shows
    /// `get x() {}`, not `() {}`).
    pub(super) fn function_closure_of_kind(
        &mut self,
        f: &'a Function<'a>,
        name: Option<&str>,
        kind: FunctionKind,
        source_start: u32,
    ) -> GenResult<()> {
        let body = f.body.as_ref().expect("function with a body");
        let name =
            f.id.as_ref()
                .map(|id| id.name.as_str())
                .or(name)
                .unwrap_or("");
        let kind = if f.generator {
            FunctionKind::Generator
        } else {
            kind
        };
        let uses_arguments = self.analysis.uses_arguments.get(&f.node_id.get()).copied();
        let scope = f.scope_id.get().unwrap();
        // A named function expression sees its own name, bound in its scope.
        let self_binding =
            f.id.as_ref()
                .filter(|_| f.is_expression())
                .and_then(|id| id.symbol_id.get());
        let sfi = self.compile_function(
            name,
            kind,
            Some(&f.params),
            Body::Statements(body),
            Some(scope),
            Span::new(source_start, f.span.end),
            uses_arguments,
            self_binding,
            f.r#async,
        )?;
        self.create_closure(sfi);
        Ok(())
    }

    pub(super) fn arrow_closure(
        &mut self,
        f: &'a ArrowFunctionExpression<'a>,
        name: Option<&str>,
    ) -> GenResult<()> {
        let body = match &f.body {
            ArrowFunctionBody::FunctionBody(b) => Body::Statements(b),
            other => Body::Expression(other.to_expression()),
        };
        let scope = f.scope_id.get().unwrap();
        let sfi = self.compile_function(
            name.unwrap_or(""),
            FunctionKind::Arrow,
            Some(&f.params),
            body,
            Some(scope),
            f.span,
            None,
            None,
            f.r#async,
        )?;
        self.create_closure(sfi);
        Ok(())
    }

    pub(super) fn create_closure(&mut self, sfi: Gc<SharedFunctionInfo>) {
        let c = self.b().constant(Value::internal(sfi));
        self.emit(Opcode::CreateClosure, &[c]);
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn compile_function(
        &mut self,
        name: &str,
        kind: FunctionKind,
        params: Option<&'a FormalParameters<'a>>,
        body: Body<'a>,
        scope: Option<oxc_syntax::scope::ScopeId>,
        span: Span,
        uses_arguments: Option<bool>,
        self_binding: Option<oxc_syntax::symbol::SymbolId>,
        is_async: bool,
    ) -> GenResult<Gc<SharedFunctionInfo>> {
        let strict = self.strict()
            || self.class_depth > 0
            || matches!(&body, Body::Statements(b) if b.has_use_strict_directive())
            || kind.is_class_constructor()
            || kind == FunctionKind::FieldInitializer;
        let no_params: &[FormalParameter<'a>] = &[];
        let items = params.map_or(no_params, |p| &p.items[..]);
        let param_count = items.len() as u32;
        let mut state = FnState::new(param_count, kind, strict, kind == FunctionKind::Arrow);
        state.is_async = is_async;
        // A sloppy direct eval may declare `var`s any name in here (or in
        // an inner function) could mean: those are looked up at run time.
        let calls_eval = scope.is_some_and(|s| {
            let node = self.scoping().get_node_id(s);
            self.analysis.eval_functions.contains(&node)
        });
        state.dynamic_lookup = self.f().dynamic_lookup || calls_eval && !strict;
        state.sloppy_eval_scope = scope.filter(|_| calls_eval && !strict);
        state.context_level = self.f().context_level;
        self.fns.push(state);
        if self.fns.len() > 400 {
            return Err(self.error(span, "functions are nested too deeply"));
        }
        let simple_list = params.is_none_or(|p| p.rest.is_none())
            && items.iter().all(|p| {
                p.initializer.is_none() && matches!(p.pattern, BindingPattern::BindingIdentifier(_))
            });
        // In a list with defaults or patterns, parameters are initialized
        // left to right and are in their TDZ until then (`(a = b, b) => …`).
        if !simple_list {
            for p in items {
                p.pattern.bound_names(&mut |id| {
                    self.tdz_parameters.insert(id.symbol_id.get().unwrap());
                });
            }
        }
        // Sloppy `arguments` with simple parameters aliases them: the
        // parameters then live in context slots the arguments object maps.
        let mapped = uses_arguments.is_some() && !strict && simple_list;
        self.f().b.mapped_arguments = !strict && simple_list;
        if mapped {
            for p in items {
                if let BindingPattern::BindingIdentifier(id) = &p.pattern {
                    self.analysis.captured.insert(id.symbol_id.get().unwrap());
                }
            }
        }
        // In a simple list, uncaptured parameters are their registers.
        for (i, p) in items.iter().enumerate().filter(|_| simple_list) {
            if let (BindingPattern::BindingIdentifier(id), None) = (&p.pattern, &p.initializer) {
                let s = id.symbol_id.get().unwrap();
                if !self.analysis.captured.contains(&s) {
                    self.locations.insert(s, Loc::Register(Reg(i as u16)));
                }
            }
        }
        if kind == FunctionKind::Generator || is_async {
            let r = self.reg();
            self.f().resume_mode = Some(r);
        }
        if let Some(at) = self.instance_elements_at.take() {
            // InitializeInstanceElements precedes the parameters' defaults.
            let args = self.b().alloc_registers(2);
            self.op(Opcode::LdaClosure);
            self.star(args);
            self.op(Opcode::LdaReceiver);
            self.star(Reg(args.0 + 1));
            self.b().set_position(at);
            let init = RuntimeFunction::InitializeInstanceElements as u32;
            self.emit(Opcode::CallRuntime, &[init, args.0 as u32, 2]);
        }
        if let Some(scope) = scope {
            // The function's context lives until it returns: never popped.
            self.enter_scope(scope, &[]);
        }
        if let Some(symbol) = self_binding {
            self.self_bindings.insert(symbol);
            if let Some(&loc) = self.locations.get(&symbol) {
                self.op(Opcode::LdaClosure);
                self.store_loc(loc);
            }
        }
        if let Some(captured) = uses_arguments {
            if mapped {
                let slots = items.iter().map(|p| match &p.pattern {
                    BindingPattern::BindingIdentifier(id) => {
                        match self.locations[&id.symbol_id.get().unwrap()] {
                            Loc::Context { slot, .. } => slot,
                            _ => unreachable!("mapped parameters live in the context"),
                        }
                    }
                    _ => unreachable!("mapped parameters are simple"),
                });
                self.f().b.arguments_mapping = slots.collect();
            }
            self.emit(Opcode::CreateArguments, &[mapped as u32]);
            let loc = if captured {
                // Give `arguments` a context slot of its own.
                let r = self.reg();
                self.star(r);
                if scope.is_some_and(|s| self.analysis.eval_scopes.contains(&s)) {
                    self.emit_scoped_context(1, &["arguments".to_string()], false);
                } else {
                    self.emit(Opcode::CreateContext, &[1]);
                }
                let saved = self.reg();
                self.emit(Opcode::PushContext, &[saved.0 as u32]);
                self.f().context_level += 1;
                let loc = Loc::Context {
                    level: self.f().context_level,
                    slot: 0,
                };
                self.ldar(r);
                loc
            } else {
                Loc::Register(self.reg())
            };
            self.store_loc(loc);
            self.f().arguments = Some(loc);
        }
        if !simple_list && calls_eval && !strict {
            let mut names = Vec::new();
            for p in items {
                p.pattern
                    .bound_names(&mut |id| names.push(id.name.to_string()));
            }
            if let Some(rest) = params.and_then(|p| p.rest.as_ref()) {
                rest.rest
                    .argument
                    .bound_names(&mut |id| names.push(id.name.to_string()));
            }
            if kind != FunctionKind::Arrow {
                names.push("arguments".into());
            }
            self.f().parameter_names = Some(names);
        }
        let mut length = 0;
        let mut seen_default = false;
        for (i, p) in items.iter().enumerate() {
            if p.initializer.is_some() {
                seen_default = true;
            }
            if !seen_default {
                length += 1;
            }
            if simple_list {
                let BindingPattern::BindingIdentifier(id) = &p.pattern else {
                    unreachable!()
                };
                let s = id.symbol_id.get().unwrap();
                if let Some(loc @ Loc::Context { .. }) = self.locations.get(&s).copied() {
                    self.ldar(Reg(i as u16));
                    self.store_loc(loc);
                }
                continue;
            }
            self.ldar(Reg(i as u16));
            if let Some(init) = &p.initializer {
                let name = match &p.pattern {
                    BindingPattern::BindingIdentifier(id) => Some(id.name.as_str()),
                    _ => None,
                };
                let has_value = self.b().new_label();
                self.b().jump(Opcode::JumpIfNotUndefined, has_value);
                self.expression_named(init, name)?;
                self.b().bind(has_value);
            }
            self.assign_pattern(&p.pattern, true)?;
        }
        if let Some(rest) = params.and_then(|p| p.rest.as_ref()) {
            self.op(Opcode::CreateRestParameter);
            self.assign_pattern(&rest.rest.argument, true)?;
        }
        self.f().parameter_names = None;
        // A generator's call returns here, parameters initialized: the
        // first `next()` resumes after this initial suspension.
        if kind == FunctionKind::Generator {
            let mode = self.f().resume_mode.unwrap();
            self.emit(Opcode::Yield, &[mode.0 as u32]);
        }
        match body {
            Body::Statements(b) => {
                self.hoist_functions(&b.statements)?;
                for s in &b.statements {
                    self.statement(s)?;
                }
                self.op(Opcode::LdaUndefined);
                self.op(Opcode::Return);
            }
            Body::Expression(e) => {
                self.expression(e)?;
                self.op(Opcode::Return);
            }
            Body::ClassElements(elements) => {
                self.class_elements_body(&elements, span)?;
                self.op(Opcode::LdaUndefined);
                self.op(Opcode::Return);
            }
        }
        if self.f().b.register_limit_exceeded() {
            return Err(self.error(span, "function uses too many registers"));
        }
        let state = self.fns.pop().unwrap();
        let name = Value::string(self.vm.intern(name));
        Ok(self.finish_function(state, name, length, span))
    }
}
