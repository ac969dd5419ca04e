//! Statements.

use oxc_ast::ast::*;

use super::super::opcodes::Opcode;
use super::control::Control;
use super::{GenResult, Generator, Mode};
use crate::feedback::FeedbackSlotKind;
use crate::interpreter::runtime_functions::RuntimeFunction;
use crate::runtime::function::FunctionKind;

impl<'a> Generator<'a, '_> {
    pub(super) fn statement(&mut self, s: &'a Statement<'a>) -> GenResult<()> {
        let mark = self.mark();
        self.statement_inner(s, Vec::new())?;
        self.release(mark);
        Ok(())
    }

    fn statement_inner(&mut self, s: &'a Statement<'a>, labels: Vec<String>) -> GenResult<()> {
        // Script and eval code track the completion value: an expression
        // statement sets it, and these statements start it at undefined
        // (ES2020 UpdateEmpty(…, undefined)).
        if let Some(c) = self.f().completion
            && matches!(
                s,
                Statement::IfStatement(_)
                    | Statement::WhileStatement(_)
                    | Statement::DoWhileStatement(_)
                    | Statement::ForStatement(_)
                    | Statement::ForInStatement(_)
                    | Statement::ForOfStatement(_)
                    | Statement::SwitchStatement(_)
                    | Statement::TryStatement(_)
                    | Statement::WithStatement(_)
            )
        {
            self.op(Opcode::LdaUndefined);
            self.star(c);
        }
        match s {
            Statement::ExpressionStatement(e) => {
                self.expression(&e.expression)?;
                if let Some(c) = self.f().completion {
                    self.star(c);
                }
                Ok(())
            }
            Statement::VariableDeclaration(d) => self.variable_declaration(d),
            Statement::FunctionDeclaration(_) => Ok(()), // hoisted
            Statement::ClassDeclaration(c) => {
                self.class(c, None)?;
                if let Some(id) = &c.id {
                    self.store_binding(id, true);
                }
                Ok(())
            }
            Statement::BlockStatement(b) => {
                if labels.is_empty() {
                    self.block_statement(b)
                } else {
                    self.labeled_block(labels, |g| g.block_statement(b))
                }
            }
            Statement::EmptyStatement(_) | Statement::DebuggerStatement(_) => Ok(()),
            Statement::IfStatement(i) => {
                if !labels.is_empty() {
                    return self.labeled_block(labels, |g| g.if_statement(i));
                }
                self.if_statement(i)
            }
            // Parsed like a function body (as a CommonJS module is one),
            // but classic scripts and eval code are no functions.
            Statement::ReturnStatement(r) if self.mode != Mode::Module && self.fns.len() == 1 => {
                Err(self.error(r.span, "Illegal return statement"))
            }
            Statement::ReturnStatement(r) => {
                match &r.argument {
                    Some(e) => {
                        self.expression(e)?;
                        let f = self.f();
                        if f.is_async && f.kind == FunctionKind::Generator {
                            self.emit_await();
                        }
                    }
                    None => self.op(Opcode::LdaUndefined),
                }
                self.emit_return();
                Ok(())
            }
            Statement::ThrowStatement(t) => {
                self.expression(&t.argument)?;
                self.pos(t.span);
                self.op(Opcode::Throw);
                Ok(())
            }
            Statement::WhileStatement(w) => self.while_statement(w, labels),
            Statement::DoWhileStatement(d) => self.do_while_statement(d, labels),
            Statement::ForStatement(f) => self.for_statement(f, labels),
            Statement::ForInStatement(f) => self.for_in_statement(f, labels),
            Statement::ForOfStatement(f) => self.for_of_statement(f, labels),
            Statement::BreakStatement(b) => self.break_statement(b),
            Statement::ContinueStatement(c) => self.continue_statement(c),
            Statement::LabeledStatement(l) => {
                let mut labels = labels;
                labels.push(l.label.name.to_string());
                self.statement_inner(&l.body, labels)
            }
            Statement::SwitchStatement(sw) => self.switch_statement(sw, labels),
            Statement::TryStatement(t) => {
                if !labels.is_empty() {
                    return self.labeled_block(labels, |g| g.try_statement(t));
                }
                self.try_statement(t)
            }
            Statement::WithStatement(w) => self.with_statement(w),
            _ => Err(self.error(
                oxc_span::GetSpan::span(s),
                "module declarations are not supported in CommonJS files",
            )),
        }
    }

    fn labeled_block(
        &mut self,
        labels: Vec<String>,
        body: impl FnOnce(&mut Self) -> GenResult<()>,
    ) -> GenResult<()> {
        let brk = self.b().new_label();
        self.f().control.push(Control::Breakable {
            labels,
            brk,
            is_switch: false,
        });
        body(self)?;
        self.f().control.pop();
        self.b().bind(brk);
        Ok(())
    }

    pub(super) fn block_statement(&mut self, b: &'a BlockStatement<'a>) -> GenResult<()> {
        let saved = self.enter_scope(b.scope_id.get().unwrap(), &[]);
        self.hoist_functions(&b.body)?;
        for s in &b.body {
            self.statement(s)?;
        }
        self.exit_scope(saved, false);
        Ok(())
    }

    /// Instantiates the function declarations of a statement list.
    pub(super) fn hoist_functions(&mut self, body: &'a [Statement<'a>]) -> GenResult<()> {
        for s in body {
            if let Statement::FunctionDeclaration(f) = s {
                self.function_closure(f, None)?;
                if let Some(id) = &f.id {
                    self.store_binding(id, true);
                }
            }
        }
        Ok(())
    }

    fn variable_declaration(&mut self, d: &'a VariableDeclaration<'a>) -> GenResult<()> {
        for decl in &d.declarations {
            match &decl.init {
                Some(init) => {
                    let name = match &decl.id {
                        BindingPattern::BindingIdentifier(id) => Some(id.name.as_str()),
                        _ => None,
                    };
                    self.expression_named(init, name)?;
                }
                None => {
                    if d.kind == VariableDeclarationKind::Var {
                        continue;
                    }
                    self.op(Opcode::LdaUndefined);
                }
            }
            // `var x = v` assigns (through `with` objects around it too);
            // `let`/`const` initialize.
            let init = d.kind != VariableDeclarationKind::Var;
            self.assign_pattern(&decl.id, init)?;
        }
        Ok(())
    }

    fn if_statement(&mut self, i: &'a IfStatement<'a>) -> GenResult<()> {
        let else_label = self.b().new_label();
        let end = self.b().new_label();
        self.condition(&i.test, else_label)?;
        self.statement(&i.consequent)?;
        if let Some(alt) = &i.alternate {
            self.b().jump(Opcode::Jump, end);
            self.b().bind(else_label);
            self.statement(alt)?;
        } else {
            self.b().bind(else_label);
        }
        self.b().bind(end);
        Ok(())
    }

    /// Evaluates a test and jumps to `if_false` when it is falsy.
    pub(super) fn condition(
        &mut self,
        test: &'a Expression<'a>,
        if_false: super::super::builder::Label,
    ) -> GenResult<()> {
        self.expression(test)?;
        self.b().jump(Opcode::JumpIfToBooleanFalse, if_false);
        Ok(())
    }

    fn loop_body(
        &mut self,
        body: &'a Statement<'a>,
        labels: Vec<String>,
        brk: super::super::builder::Label,
        cont: super::super::builder::Label,
    ) -> GenResult<()> {
        self.f().control.push(Control::Loop { labels, brk, cont });
        self.statement(body)?;
        self.f().control.pop();
        Ok(())
    }

    fn while_statement(&mut self, w: &'a WhileStatement<'a>, labels: Vec<String>) -> GenResult<()> {
        let top = self.b().new_bound_label();
        let brk = self.b().new_label();
        self.condition(&w.test, brk)?;
        self.loop_body(&w.body, labels, brk, top)?;
        self.b().jump(Opcode::JumpLoop, top);
        self.b().bind(brk);
        Ok(())
    }

    fn do_while_statement(
        &mut self,
        d: &'a DoWhileStatement<'a>,
        labels: Vec<String>,
    ) -> GenResult<()> {
        let top = self.b().new_bound_label();
        let brk = self.b().new_label();
        let cont = self.b().new_label();
        self.loop_body(&d.body, labels, brk, cont)?;
        self.b().bind(cont);
        self.condition(&d.test, brk)?;
        self.b().jump(Opcode::JumpLoop, top);
        self.b().bind(brk);
        Ok(())
    }

    fn for_statement(&mut self, f: &'a ForStatement<'a>, labels: Vec<String>) -> GenResult<()> {
        let saved = self.enter_scope(f.scope_id.get().unwrap(), &[]);
        if let Some(init) = &f.init {
            match init {
                ForStatementInit::VariableDeclaration(d) => self.variable_declaration(d)?,
                _ => self.expression(init.to_expression())?,
            }
        }
        let top = self.b().new_bound_label();
        let brk = self.b().new_label();
        let cont = self.b().new_label();
        if let Some(test) = &f.test {
            self.condition(test, brk)?;
        }
        self.loop_body(&f.body, labels, brk, cont)?;
        self.b().bind(cont);
        if saved.is_some() {
            // Each iteration gets fresh `let` bindings (closures capture them).
            self.op(Opcode::CloneContext);
        }
        if let Some(update) = &f.update {
            self.expression(update)?;
        }
        self.b().jump(Opcode::JumpLoop, top);
        self.b().bind(brk);
        self.exit_scope(saved, false);
        Ok(())
    }

    /// Assigns acc to a for-in/for-of head (declaration or target).
    fn for_head_assign(&mut self, left: &'a ForStatementLeft<'a>) -> GenResult<()> {
        match left {
            ForStatementLeft::VariableDeclaration(d) => {
                let init = d.kind != VariableDeclarationKind::Var;
                self.assign_pattern(&d.declarations[0].id, init)
            }
            _ => self.assign_target(left.to_assignment_target()),
        }
    }

    fn for_in_statement(
        &mut self,
        f: &'a ForInStatement<'a>,
        labels: Vec<String>,
    ) -> GenResult<()> {
        self.expression(&f.right)?;
        let brk = self.b().new_label();
        self.b().jump(Opcode::JumpIfUndefinedOrNull, brk);
        self.op(Opcode::ForInPrepare);
        let state = self.reg();
        self.star(state);
        let top = self.b().new_bound_label();
        self.emit(Opcode::ForInNext, &[state.0 as u32]);
        self.b().jump(Opcode::JumpIfUndefined, brk);
        let cont = self.b().new_label();
        // The loop entry sits below the iteration scope's context, so break
        // and continue both pop it.
        self.f().control.push(Control::Loop { labels, brk, cont });
        let key = self.reg();
        self.star(key);
        let saved = self.enter_scope(f.scope_id.get().unwrap(), &[]);
        self.ldar(key);
        self.for_head_assign(&f.left)?;
        self.statement(&f.body)?;
        self.exit_scope(saved, false);
        self.f().control.pop();
        self.b().bind(cont);
        self.b().jump(Opcode::JumpLoop, top);
        self.b().bind(brk);
        Ok(())
    }

    fn for_of_statement(
        &mut self,
        f: &'a ForOfStatement<'a>,
        labels: Vec<String>,
    ) -> GenResult<()> {
        let is_async = f.r#await;
        self.expression(&f.right)?;
        self.pos(f.right.span());
        self.b()
            .set_call_site(f.right.span().start, f.right.span().end);
        let iterator = self.reg();
        self.emit_get_iterator(iterator, is_async);
        let next = self.reg();
        let c = self.string_constant("next");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[iterator.0 as u32, c, s]);
        self.star(next);
        let top = self.b().new_bound_label();
        let brk = self.b().new_label();
        let cont = self.b().new_label();
        let result = self.step_iterator(iterator, next, is_async)?;
        let done_key = self.string_constant("done");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[result.0 as u32, done_key, s]);
        self.b().jump(Opcode::JumpIfToBooleanTrue, brk);
        let value_key = self.string_constant("value");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[result.0 as u32, value_key, s]);
        let value = self.reg();
        self.star(value);
        // The body runs inside an implicit try: a throw closes the iterator.
        let context = self.reg();
        self.emit(Opcode::SaveContext, &[context.0 as u32]);
        let start = self.b().offset();
        self.f().control.push(Control::Loop { labels, brk, cont });
        self.f().control.push(Control::IteratorClose {
            iterator,
            is_async,
            done: None,
        });
        let saved = self.enter_scope(f.scope_id.get().unwrap(), &[]);
        self.ldar(value);
        self.for_head_assign(&f.left)?;
        self.statement(&f.body)?;
        self.exit_scope(saved, false);
        self.f().control.pop();
        self.f().control.pop();
        let end = self.b().offset();
        self.b().bind(cont);
        self.b().jump(Opcode::JumpLoop, top);
        let handler = self.b().new_bound_label();
        self.b().add_handler(start, end, handler, context);
        let exception = self.reg();
        self.star(exception);
        self.emit(
            Opcode::CallRuntime,
            &[
                RuntimeFunction::IteratorCloseQuietly as u32,
                iterator.0 as u32,
                1,
            ],
        );
        self.ldar(exception);
        self.op(Opcode::ReThrow);
        self.b().bind(brk);
        Ok(())
    }

    /// `with (object) body`: the object (ToObject) lives in a context slot
    /// of its own, where every name the body uses from outside is first
    /// looked for (see `withs_around`).
    fn with_statement(&mut self, w: &'a WithStatement<'a>) -> GenResult<()> {
        self.expression(&w.object)?;
        let object = self.reg();
        self.star(object);
        self.pos(w.object.span());
        self.emit(
            Opcode::CallRuntime,
            &[RuntimeFunction::WithObject as u32, object.0 as u32, 1],
        );
        self.star(object);
        let saved = self.reg();
        self.emit(Opcode::CreateContext, &[1]);
        self.emit(Opcode::PushContext, &[saved.0 as u32]);
        self.f().context_level += 1;
        self.f().control.push(Control::Context { saved });
        let level = self.f().context_level;
        self.ldar(object);
        self.emit(Opcode::StaContextSlot, &[0, 0]);
        self.withs
            .push((super::Loc::Context { level, slot: 0 }, w.body.span()));
        let body = self.statement(&w.body);
        self.withs.pop();
        self.exit_scope(Some(saved), false);
        body
    }

    /// `iterator` = GetIterator(acc, sync or async).
    pub(super) fn emit_get_iterator(
        &mut self,
        iterator: super::super::builder::Reg,
        is_async: bool,
    ) {
        if is_async {
            self.star(iterator);
            self.emit(
                Opcode::CallRuntime,
                &[
                    RuntimeFunction::GetAsyncIterator as u32,
                    iterator.0 as u32,
                    1,
                ],
            );
        } else {
            self.op(Opcode::GetIterator);
        }
        self.star(iterator);
    }

    /// acc/reg = next.call(iterator) (awaited for an async iterator),
    /// checked to be an object.
    pub(super) fn step_iterator(
        &mut self,
        iterator: super::super::builder::Reg,
        next: super::super::builder::Reg,
        is_async: bool,
    ) -> GenResult<super::super::builder::Reg> {
        let s = self.slot(FeedbackSlotKind::Call);
        self.emit(Opcode::Call, &[next.0 as u32, iterator.0 as u32, 0, s]);
        if is_async {
            self.emit_await();
        }
        let c = self.string_constant("Iterator result");
        self.emit(Opcode::ThrowIfNotObject, &[c]);
        let result = self.reg();
        self.star(result);
        Ok(result)
    }

    fn switch_statement(
        &mut self,
        sw: &'a SwitchStatement<'a>,
        labels: Vec<String>,
    ) -> GenResult<()> {
        self.expression(&sw.discriminant)?;
        let disc = self.reg();
        self.star(disc);
        let saved = self.enter_scope(sw.scope_id.get().unwrap(), &[]);
        for case in sw.cases.iter() {
            self.hoist_functions(&case.consequent)?;
        }
        let brk = self.b().new_label();
        let case_labels: Vec<_> = sw.cases.iter().map(|_| self.b().new_label()).collect();
        for (case, label) in sw.cases.iter().zip(&case_labels) {
            if let Some(test) = &case.test {
                self.expression(test)?;
                let s = self.slot(FeedbackSlotKind::Compare);
                self.emit(Opcode::TestEqualStrict, &[disc.0 as u32, s]);
                self.b().jump(Opcode::JumpIfTrue, *label);
            }
        }
        match sw.cases.iter().position(|c| c.test.is_none()) {
            Some(d) => self.b().jump(Opcode::Jump, case_labels[d]),
            None => self.b().jump(Opcode::Jump, brk),
        }
        self.f().control.push(Control::Breakable {
            labels,
            brk,
            is_switch: true,
        });
        for (case, label) in sw.cases.iter().zip(case_labels) {
            self.b().bind(label);
            for s in &case.consequent {
                self.statement(s)?;
            }
        }
        self.f().control.pop();
        self.b().bind(brk);
        self.exit_scope(saved, false);
        Ok(())
    }
}

use oxc_span::GetSpan;
