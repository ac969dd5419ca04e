//! Classes: the constructor, prototype methods and accessors, static
//! members, instance fields (compiled into an initializer function the
//! constructor runs), private names (symbols in the class context) and
//! static blocks.

use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};

use super::super::builder::Reg;
use super::super::opcodes::{CLASS_ELEMENT, Opcode};
use super::functions::Body;
use super::{GenResult, Generator, Loc};
use crate::interpreter::runtime_functions::RuntimeFunction;
use crate::runtime::function::FunctionKind;
use oxc_syntax::symbol::SymbolId;

impl<'a> Generator<'a, '_> {
    /// Where a class method's source text begins (what
    /// `Function.prototype.toString` shows): at its prefix (`get`, `async`,
    /// `*`) or key, past any decorators and `static`.
    fn method_source_start(&self, m: &MethodDefinition<'_>) -> u32 {
        let source = self.script.source.as_str();
        let start = m.decorators.last().map_or(m.span.start, |d| d.span.end);
        let mut at = skip_trivia(source, start as usize);
        if m.r#static {
            at = skip_trivia(source, at + "static".len());
        }
        at as u32
    }

    /// Where the class scope keeps a computed field key (see
    /// `class_definition`).
    fn computed_key_location(&self, key: &PropertyKey<'_>) -> Loc {
        self.private_names.last().expect("a class scope")[&computed_key_slot(key)]
    }

    /// acc = a class method's or accessor's function, named after its key
    /// (`get x` for a getter) when the key is known before run time.
    fn method_closure(&mut self, m: &'a MethodDefinition<'a>, key: Option<&str>) -> GenResult<()> {
        let function_name = match (m.kind, key) {
            (MethodDefinitionKind::Get, Some(n)) => Some(format!("get {n}")),
            (MethodDefinitionKind::Set, Some(n)) => Some(format!("set {n}")),
            (_, n) => n.map(str::to_string),
        };
        let source_start = self.method_source_start(m);
        self.function_closure_of_kind(
            &m.value,
            function_name.as_deref(),
            FunctionKind::Method,
            source_start,
        )
    }

    /// Where the class scope keeps the object holding its private instance
    /// methods and accessors (see `private_method`).
    fn private_methods_location(&self) -> Loc {
        self.private_names.last().expect("a class scope")[PRIVATE_METHODS_SLOT]
    }

    /// A private instance method or accessor: its function is created once,
    /// with the prototype as home object, and kept in the class's holder;
    /// the instance initializer copies the holder's elements onto each
    /// instance (PrivateMethodOrAccessorAdd), so that `#m in o` holds for
    /// instances only.
    fn private_method(
        &mut self,
        m: &'a MethodDefinition<'a>,
        ctor: Reg,
        proto: Reg,
    ) -> GenResult<()> {
        let (key, key_name) = self.property_key(&m.key)?;
        self.method_closure(m, key_name.as_deref())?;
        let kind = match m.kind {
            MethodDefinitionKind::Get => 1,
            MethodDefinitionKind::Set => 2,
            _ => 0,
        };
        let args = self.b().alloc_registers(6);
        self.star(Reg(args.0 + 2));
        self.load_loc(self.private_methods_location(), "private methods");
        self.star(args);
        self.ldar(key);
        self.star(Reg(args.0 + 1));
        self.ldar(proto);
        self.star(Reg(args.0 + 3));
        self.load_number(kind as f64);
        self.star(Reg(args.0 + 4));
        self.ldar(ctor);
        self.star(Reg(args.0 + 5));
        let define = RuntimeFunction::DefinePrivateMethod as u32;
        self.emit(Opcode::CallRuntime, &[define, args.0 as u32, 6]);
        Ok(())
    }

    /// acc = the class constructor.
    /// acc = the class. All of a class's code is strict.
    pub(super) fn class(&mut self, c: &'a Class<'a>, name: Option<&str>) -> GenResult<()> {
        self.class_depth += 1;
        let r = self.class_definition(c, name);
        self.class_depth -= 1;
        r
    }

    fn class_definition(&mut self, c: &'a Class<'a>, name: Option<&str>) -> GenResult<()> {
        let name =
            c.id.as_ref()
                .map(|id| id.name.to_string())
                .or(name.map(str::to_string))
                .unwrap_or_default();
        // Context slots of the class scope: private names, and the
        // computed keys of fields (evaluated once, here, in element order;
        // the initializers read them).
        let mut private: Vec<String> = Vec::new();
        let mut slots: Vec<String> = Vec::new();
        let has_private_methods = c.body.body.iter().any(is_private_instance_method);
        if has_private_methods {
            slots.push(PRIVATE_METHODS_SLOT.to_string());
        }
        // A declared class's name inside its own body is a separate,
        // immutable binding in the class scope (the outer one may be
        // reassigned); a class expression's name already is one.
        // (Recorded as a `const` for direct eval.)
        let inner_binding = self.inner_binding_of(c);
        let inner_slot = format!("{}{name}", crate::runtime::function::CONST_MARK);
        if inner_binding.is_some() {
            slots.push(inner_slot.clone());
        }
        for e in &c.body.body {
            let key = match e {
                ClassElement::MethodDefinition(m) => &m.key,
                ClassElement::PropertyDefinition(p) if p.computed => {
                    slots.push(computed_key_slot(&p.key));
                    continue;
                }
                ClassElement::PropertyDefinition(p) => &p.key,
                _ => continue,
            };
            if let PropertyKey::PrivateIdentifier(p) = key {
                let name = format!("#{}", p.name);
                if !private.contains(&name) {
                    private.push(name);
                }
            }
        }
        let scope = c.scope_id.get().unwrap();
        let all_slots: Vec<String> = private.iter().chain(&slots).cloned().collect();
        let saved = self.enter_scope(scope, &all_slots);
        if let Some(symbol) = inner_binding {
            let loc = self.private_names.last().expect("a class scope")[&inner_slot];
            self.class_bindings.push((symbol, c.span, loc));
        }
        for p in &private {
            let r = self.reg();
            self.load_string(p);
            self.star(r);
            self.emit(
                Opcode::CallRuntime,
                &[RuntimeFunction::CreatePrivateName as u32, r.0 as u32, 1],
            );
            let slot = self.private_names.last().unwrap()[p];
            self.store_loc(slot);
        }
        // heritage → parent (the hole when there is none)
        let args = self.b().alloc_registers(2);
        let (ctor, parent) = (args, Reg(args.0 + 1));
        match &c.heritage {
            Some(h) => self.expression(&h.expression)?,
            None => self.op(Opcode::LdaTheHole),
        }
        self.star(parent);
        let derived = c.heritage.is_some();
        let constructor = c.body.body.iter().find_map(|e| match e {
            ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => {
                Some(m)
            }
            _ => None,
        });
        let has_instance_elements = c.body.body.iter().any(|e| {
            is_private_instance_method(e)
                || matches!(e, ClassElement::PropertyDefinition(p) if !p.r#static)
        });
        if has_instance_elements && !derived {
            // V8 reports the step at the constructor's parameters, or at
            // the class for an implicit constructor.
            let at = constructor.map_or(c.span, |m| m.value.params.span);
            self.instance_elements_at = Some(at.start);
        }
        match constructor {
            Some(m) => {
                let kind = if derived {
                    FunctionKind::DerivedConstructor
                } else {
                    FunctionKind::BaseConstructor
                };
                let f = &m.value;
                let body = f.body.as_ref().unwrap();
                let uses_arguments = self.analysis.uses_arguments.get(&f.node_id.get()).copied();
                let sfi = self.compile_function(
                    &name,
                    kind,
                    Some(&f.params),
                    Body::Statements(body),
                    f.scope_id.get(),
                    c.span,
                    uses_arguments,
                    None,
                    false,
                )?;
                self.create_closure(sfi);
            }
            None => {
                let kind = if derived {
                    FunctionKind::DefaultDerivedConstructor
                } else {
                    FunctionKind::BaseConstructor
                };
                let sfi = self.compile_function(
                    &name,
                    kind,
                    None,
                    Body::ClassElements(Vec::new()),
                    None,
                    c.span,
                    None,
                    None,
                    false,
                )?;
                self.create_closure(sfi);
            }
        }
        self.star(ctor);
        self.emit(
            Opcode::CallRuntime,
            &[RuntimeFunction::DefineClass as u32, args.0 as u32, 2],
        );
        let proto = self.reg();
        self.star(proto);
        if has_private_methods {
            let none = self.reg();
            let create = RuntimeFunction::CreatePrivateMethodHolder as u32;
            self.emit(Opcode::CallRuntime, &[create, none.0 as u32, 0]);
            self.store_loc(self.private_methods_location());
        }
        let mut instance_fields = Vec::new();
        let mut static_elements = Vec::new();
        for e in &c.body.body {
            let mark = self.mark();
            match e {
                ClassElement::MethodDefinition(m) if is_private_instance_method(e) => {
                    self.private_method(m, ctor, proto)?;
                    instance_fields.push(e);
                }
                ClassElement::MethodDefinition(m)
                    if m.kind != MethodDefinitionKind::Constructor =>
                {
                    let target = if m.r#static { ctor } else { proto };
                    let (key, key_name) = self.property_key(&m.key)?;
                    let op = match m.kind {
                        MethodDefinitionKind::Get => Opcode::DefineGetter,
                        MethodDefinitionKind::Set => Opcode::DefineSetter,
                        _ => Opcode::DefineMethod,
                    };
                    self.method_closure(m, key_name.as_deref())?;
                    let flags = CLASS_ELEMENT
                        | if key_name.is_none() {
                            super::super::opcodes::NAME_FROM_KEY
                        } else {
                            0
                        };
                    self.emit(op, &[target.0 as u32, key.0 as u32, flags]);
                }
                ClassElement::PropertyDefinition(p) => {
                    if p.computed {
                        let (key, _) = self.property_key(&p.key)?;
                        self.ldar(key);
                        let slot = self.computed_key_location(&p.key);
                        self.store_loc(slot);
                    }
                    if p.r#static {
                        static_elements.push(e);
                    } else {
                        instance_fields.push(e);
                    }
                }
                ClassElement::StaticBlock(_) => static_elements.push(e),
                ClassElement::AccessorProperty(a) => {
                    return Err(self.error(a.span, "accessor properties are not supported"));
                }
                _ => {}
            }
            self.release(mark);
        }
        // The class's name is initialized once its elements are defined
        // (their computed keys see it in its TDZ), before static elements
        // run.
        if inner_binding.is_some() {
            let (_, _, loc) = self.class_bindings.last().copied().expect("pushed above");
            self.ldar(ctor);
            self.store_loc(loc);
        }
        // (A declaration's outer binding is initialized by the statement,
        // after the static elements.)
        if let Some(id) = c.id.as_ref().filter(|_| !c.is_declaration()) {
            self.ldar(ctor);
            self.store_binding(id, true);
        }
        if !instance_fields.is_empty() {
            let sfi = self.compile_function(
                "<instance_members_initializer>",
                FunctionKind::FieldInitializer,
                None,
                Body::ClassElements(instance_fields),
                None,
                c.span,
                None,
                None,
                false,
            )?;
            self.create_closure(sfi);
            let r = self.b().alloc_registers(3);
            self.star(Reg(r.0 + 2));
            self.ldar(ctor);
            self.star(r);
            self.ldar(proto);
            self.star(Reg(r.0 + 1));
            self.emit(
                Opcode::CallRuntime,
                &[RuntimeFunction::SetFieldInitializer as u32, r.0 as u32, 3],
            );
        }
        if !static_elements.is_empty() {
            let sfi = self.compile_function(
                "<static_initializer>",
                FunctionKind::FieldInitializer,
                None,
                Body::ClassElements(static_elements),
                None,
                c.span,
                None,
                None,
                false,
            )?;
            self.create_closure(sfi);
            let r = self.b().alloc_registers(2);
            self.star(Reg(r.0 + 1));
            self.ldar(ctor);
            self.star(r);
            self.emit(
                Opcode::CallRuntime,
                &[RuntimeFunction::RunStaticInitializer as u32, r.0 as u32, 2],
            );
        }
        self.ldar(ctor);
        if inner_binding.is_some() {
            self.class_bindings.pop();
        }
        self.exit_scope(saved, !all_slots.is_empty());
        Ok(())
    }

    /// A class declaration's name, when code inside the class refers to it
    /// (or may, through a direct eval).
    fn inner_binding_of(&self, c: &Class) -> Option<SymbolId> {
        let symbol = c.id.as_ref()?.symbol_id.get()?;
        if !c.is_declaration() {
            return None;
        }
        let scoping = self.scoping();
        let nodes = self.semantic.nodes();
        let referenced = scoping
            .get_resolved_references(symbol)
            .any(|r| c.span.contains_inclusive(nodes.kind(r.node_id()).span()));
        let eval_inside = c
            .scope_id
            .get()
            .is_some_and(|s| self.analysis.eval_scopes.contains(&s));
        (referenced || eval_inside).then_some(symbol)
    }

    /// The body of a synthesized field initializer: defines each field on
    /// `this` and runs static blocks, in order.
    /// `span` is the class's (an implicit constructor's frame is reported
    /// there).
    pub(super) fn class_elements_body(
        &mut self,
        elements: &[&'a ClassElement<'a>],
        span: Span,
    ) -> GenResult<()> {
        if self.f().kind == FunctionKind::DefaultDerivedConstructor {
            // constructor(...args) { super(...args); }
            self.op(Opcode::CreateRestParameter);
            let arr = self.reg();
            self.star(arr);
            self.b().set_position(span.start);
            self.emit(Opcode::SuperCallSpread, &[arr.0 as u32]);
            return Ok(());
        }
        // Private methods come first, before any field initializer runs.
        if elements.iter().any(|e| is_private_instance_method(e)) {
            let args = self.b().alloc_registers(2);
            self.op(Opcode::LdaReceiver);
            self.star(args);
            self.load_loc(self.private_methods_location(), "private methods");
            self.star(Reg(args.0 + 1));
            let add = RuntimeFunction::AddPrivateMethods as u32;
            self.emit(Opcode::CallRuntime, &[add, args.0 as u32, 2]);
        }
        for e in elements {
            let mark = self.mark();
            match e {
                ClassElement::PropertyDefinition(p) => {
                    let this = self.reg();
                    self.op(Opcode::LdaReceiver);
                    self.star(this);
                    let (key, name) = if p.computed {
                        let slot = self.computed_key_location(&p.key);
                        let key = self.reg();
                        self.load_loc(slot, "computed key");
                        self.star(key);
                        (key, None)
                    } else {
                        self.property_key(&p.key)?
                    };
                    match &p.value {
                        Some(v) => self.expression_named(v, name.as_deref())?,
                        None => self.op(Opcode::LdaUndefined),
                    }
                    self.emit(
                        Opcode::DefineKeyedOwnProperty,
                        &[this.0 as u32, key.0 as u32, 7 | CLASS_ELEMENT],
                    );
                }
                ClassElement::StaticBlock(b) => {
                    let saved = self.enter_scope(b.scope_id.get().unwrap(), &[]);
                    self.hoist_functions(&b.body)?;
                    for s in &b.body {
                        self.statement(s)?;
                    }
                    self.exit_scope(saved, false);
                }
                _ => {}
            }
            self.release(mark);
        }
        Ok(())
    }
}

/// The offset of the first token at or after `at`: whitespace, line
/// terminators and comments skipped.
fn skip_trivia(source: &str, mut at: usize) -> usize {
    loop {
        let rest = &source[at..];
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        if let Some(comment) = trimmed.strip_prefix("/*") {
            at += 2 + comment.find("*/").map_or(comment.len(), |end| end + 2);
        } else if trimmed.starts_with("//") {
            at += trimmed
                .find(['\n', '\r', '\u{2028}', '\u{2029}'])
                .unwrap_or(trimmed.len());
        } else {
            return at;
        }
    }
}

/// The class-scope slot of the private methods holder (no identifier
/// spells it).
const PRIVATE_METHODS_SLOT: &str = "private methods";

/// `#m() {}`, `get #m() {}` or `set #m(v) {}`, not static.
fn is_private_instance_method(e: &ClassElement<'_>) -> bool {
    matches!(e, ClassElement::MethodDefinition(m)
        if !m.r#static && matches!(m.key, PropertyKey::PrivateIdentifier(_)))
}

/// The class-scope slot holding a computed field key (a name no
/// identifier or private name can spell).
fn computed_key_slot(key: &PropertyKey<'_>) -> String {
    format!("computed key @{}", key.span().start)
}
