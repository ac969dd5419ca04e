//! Non-local control flow: `break`, `continue` and `return` leaving blocks
//! that pushed contexts, `for-of` loops whose iterators must be closed, and
//! `try/finally` blocks, which every such jump must run first.
//!
//! A jump through a `finally` is *deferred*: it stores a token, jumps to the
//! finally block, and the end of that block dispatches on the token to
//! re-issue the jump from outside the try statement (V8's control scopes).

use oxc_ast::ast::*;

use super::super::builder::{Label, Reg};
use super::super::opcodes::Opcode;
use super::{GenResult, Generator};
use crate::interpreter::runtime_functions::RuntimeFunction;

pub(super) enum Control {
    Loop {
        labels: Vec<String>,
        brk: Label,
        cont: Label,
    },
    /// A labeled statement or a switch (unlabeled `break` targets a switch).
    Breakable {
        labels: Vec<String>,
        brk: Label,
        is_switch: bool,
    },
    Finally {
        token: Reg,
        value: Reg,
        entry: Label,
        deferred: Vec<Command>,
    },
    IteratorClose {
        iterator: Reg,
        /// A `for await` loop: the `return()` result is awaited.
        is_async: bool,
        /// Array destructuring: true once the iterator is done (then it
        /// is not closed).
        done: Option<Reg>,
    },
    Context {
        saved: Reg,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Command {
    Break(usize),
    Continue(usize),
    Return,
}

/// Tokens a finally block dispatches on besides deferred commands.
pub(super) const TOKEN_FALLTHROUGH: i32 = -1;
pub(super) const TOKEN_THROW: i32 = -2;

impl<'a> Generator<'a, '_> {
    fn find_target(
        &mut self,
        label: Option<&LabelIdentifier>,
        is_continue: bool,
        span: oxc_span::Span,
    ) -> GenResult<usize> {
        let control = &self.f().control;
        for (i, c) in control.iter().enumerate().rev() {
            match (c, label) {
                (Control::Loop { .. }, None) => return Ok(i),
                (
                    Control::Breakable {
                        is_switch: true, ..
                    },
                    None,
                ) if !is_continue => return Ok(i),
                (Control::Loop { labels, .. }, Some(l))
                    if labels.iter().any(|x| x == l.name.as_str()) =>
                {
                    return Ok(i);
                }
                (Control::Breakable { labels, .. }, Some(l))
                    if !is_continue && labels.iter().any(|x| x == l.name.as_str()) =>
                {
                    return Ok(i);
                }
                _ => {}
            }
        }
        Err(self.error(span, "Illegal break or continue statement"))
    }

    pub(super) fn break_statement(&mut self, s: &BreakStatement) -> GenResult<()> {
        let t = self.find_target(s.label.as_ref(), false, s.span)?;
        self.jump_out(Command::Break(t));
        Ok(())
    }

    pub(super) fn continue_statement(&mut self, s: &ContinueStatement) -> GenResult<()> {
        let t = self.find_target(s.label.as_ref(), true, s.span)?;
        self.jump_out(Command::Continue(t));
        Ok(())
    }

    /// Returns acc from the function, running enclosing finally blocks.
    pub(super) fn emit_return(&mut self) {
        self.jump_out(Command::Return);
    }

    /// Emits the jump for `cmd`, unwinding the control stack down to its
    /// target.
    pub(super) fn jump_out(&mut self, cmd: Command) {
        let stop = match cmd {
            Command::Break(t) | Command::Continue(t) => t + 1,
            Command::Return => 0,
        };
        let mut i = self.f().control.len();
        while i > stop {
            i -= 1;
            match &self.f().control[i] {
                Control::Context { saved } => {
                    let r = saved.0 as u32;
                    self.emit(Opcode::PopContext, &[r]);
                }
                // `continue` stays in its for-of loop: no close.
                Control::IteratorClose { .. } if matches!(cmd, Command::Continue(t) if t + 1 == i) =>
                    {}
                Control::IteratorClose {
                    iterator,
                    is_async,
                    done,
                } => {
                    let (it, is_async, done) = (*iterator, *is_async, *done);
                    let keep = self.reg();
                    self.star(keep);
                    let closed = self.b().new_label();
                    if let Some(done) = done {
                        self.ldar(done);
                        self.b().jump(Opcode::JumpIfTrue, closed);
                        // Closed once: a throw from return() itself must
                        // not make the pattern's handler close it again.
                        self.op(Opcode::LdaTrue);
                        self.star(done);
                    }
                    if is_async {
                        self.emit_async_iterator_close(it);
                    } else {
                        self.emit(
                            Opcode::CallRuntime,
                            &[RuntimeFunction::IteratorClose as u32, it.0 as u32, 1],
                        );
                    }
                    self.b().bind(closed);
                    self.ldar(keep);
                }
                Control::Finally {
                    token,
                    value,
                    entry,
                    ..
                } => {
                    let (token, value, entry) = (*token, *value, *entry);
                    self.star(value);
                    let Control::Finally { deferred, .. } = &mut self.f().control[i] else {
                        unreachable!()
                    };
                    let k = match deferred.iter().position(|c| *c == cmd) {
                        Some(k) => k,
                        None => {
                            deferred.push(cmd);
                            deferred.len() - 1
                        }
                    };
                    self.emit(Opcode::LdaSmi, &[k as u32]);
                    self.star(token);
                    self.b().jump(Opcode::Jump, entry);
                    return;
                }
                _ => {}
            }
        }
        match cmd {
            // (The interpreter checks what a derived constructor returns.)
            Command::Return => self.op(Opcode::Return),
            Command::Break(t) => {
                let l = match &self.f().control[t] {
                    Control::Loop { brk, .. } | Control::Breakable { brk, .. } => *brk,
                    _ => unreachable!(),
                };
                self.b().jump(Opcode::Jump, l);
            }
            Command::Continue(t) => {
                let Control::Loop { cont, .. } = &self.f().control[t] else {
                    unreachable!()
                };
                let l = *cont;
                self.b().jump(Opcode::Jump, l);
            }
        }
    }

    /// AsyncIteratorClose for a normal completion: awaits what `return()`
    /// gives, which must be an object.
    fn emit_async_iterator_close(&mut self, iterator: Reg) {
        let result = self.reg();
        self.ldar(iterator);
        self.star(result);
        // Leaves the call's result in `result`, and whether there was a
        // `return` method in acc.
        self.emit(
            Opcode::CallRuntime,
            &[
                RuntimeFunction::AsyncIteratorReturn as u32,
                result.0 as u32,
                1,
            ],
        );
        let skip = self.b().new_label();
        self.b().jump(Opcode::JumpIfFalse, skip);
        self.ldar(result);
        self.emit_await();
        let c = self.string_constant("Iterator result");
        self.emit(Opcode::ThrowIfNotObject, &[c]);
        self.b().bind(skip);
    }

    pub(super) fn try_statement(&mut self, s: &'a TryStatement<'a>) -> GenResult<()> {
        match &s.finalizer {
            None => self.try_catch(s),
            Some(finalizer) => {
                let token = self.reg();
                let value = self.reg();
                let entry = self.b().new_label();
                let context = self.reg();
                self.emit(Opcode::SaveContext, &[context.0 as u32]);
                self.f().control.push(Control::Finally {
                    token,
                    value,
                    entry,
                    deferred: Vec::new(),
                });
                let start = self.b().offset();
                if s.handler.is_some() {
                    self.try_catch(s)?;
                } else {
                    self.block_statement(&s.block)?;
                }
                let end = self.b().offset();
                self.emit(Opcode::LdaSmi, &[TOKEN_FALLTHROUGH as u32]);
                self.star(token);
                self.b().jump(Opcode::Jump, entry);
                let handler = self.b().new_bound_label();
                self.b().add_handler(start, end, handler, context);
                self.star(value);
                self.emit(Opcode::LdaSmi, &[TOKEN_THROW as u32]);
                self.star(token);
                let Some(Control::Finally { deferred, .. }) = self.f().control.pop() else {
                    unreachable!()
                };
                self.b().bind(entry);
                // A finally block's own completion value never counts.
                let completion = self.f().completion.take();
                self.block_statement(finalizer)?;
                self.f().completion = completion;
                // Dispatch on the token.
                let done = self.b().new_label();
                self.emit(Opcode::LdaSmi, &[TOKEN_FALLTHROUGH as u32]);
                let slot = self.slot(crate::feedback::FeedbackSlotKind::Compare);
                self.emit(Opcode::TestEqualStrict, &[token.0 as u32, slot]);
                self.b().jump(Opcode::JumpIfTrue, done);
                self.emit(Opcode::LdaSmi, &[TOKEN_THROW as u32]);
                let slot = self.slot(crate::feedback::FeedbackSlotKind::Compare);
                self.emit(Opcode::TestEqualStrict, &[token.0 as u32, slot]);
                let not_throw = self.b().new_label();
                self.b().jump(Opcode::JumpIfFalse, not_throw);
                self.ldar(value);
                self.op(Opcode::ReThrow);
                self.b().bind(not_throw);
                for (k, cmd) in deferred.into_iter().enumerate() {
                    let next = self.b().new_label();
                    self.emit(Opcode::LdaSmi, &[k as u32]);
                    let slot = self.slot(crate::feedback::FeedbackSlotKind::Compare);
                    self.emit(Opcode::TestEqualStrict, &[token.0 as u32, slot]);
                    self.b().jump(Opcode::JumpIfFalse, next);
                    self.ldar(value);
                    self.jump_out(cmd);
                    self.b().bind(next);
                }
                self.b().bind(done);
                Ok(())
            }
        }
    }

    fn try_catch(&mut self, s: &'a TryStatement<'a>) -> GenResult<()> {
        let handler_clause = s.handler.as_ref().unwrap();
        let context = self.reg();
        self.emit(Opcode::SaveContext, &[context.0 as u32]);
        let start = self.b().offset();
        self.block_statement(&s.block)?;
        let end = self.b().offset();
        let done = self.b().new_label();
        self.b().jump(Opcode::Jump, done);
        let handler = self.b().new_bound_label();
        self.b().add_handler(start, end, handler, context);
        let exception = self.reg();
        self.star(exception);
        // oxc binds a simple catch parameter in the body block's scope and
        // a pattern's names in the clause's: enter both before binding.
        let scope = handler_clause.scope_id.get().unwrap();
        let saved = self.enter_scope(scope, &[]);
        let body = &handler_clause.body;
        let saved_body = self.enter_scope(body.scope_id.get().unwrap(), &[]);
        if let Some(param) = &handler_clause.param {
            self.ldar(exception);
            self.assign_pattern(&param.pattern, true)?;
        }
        self.hoist_functions(&body.body)?;
        for s in &body.body {
            self.statement(s)?;
        }
        self.exit_scope(saved_body, false);
        self.exit_scope(saved, false);
        self.b().bind(done);
        Ok(())
    }
}
