//! Drivers of async bodies. An async function or async generator runs on a
//! suspended frame like a generator's (see `generator`); what differs is
//! who resumes it:
//! - at `Await`, the awaited value becomes a promise whose reactions
//!   (`Handler::Await`) resume the body with next (fulfilled) or throw
//!   (rejected) from a microtask;
//! - an async function settles the promise its call returned when the body
//!   returns or throws;
//! - an async generator settles the oldest request of its queue at every
//!   `yield`, return or throw, then starts on the next request
//!   (AsyncGeneratorResumeNext, ES2020 §25.5.3).

use super::generator::{Flavor, GeneratorStatus, Suspension};
use crate::bytecode::opcodes::resume_mode;
use crate::runtime::function::JsResult;
use crate::runtime::heap::{Gc, Tracer};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::promise::{Capability, Handler, ReactionKind};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// An AsyncGeneratorRequest: a `next`/`throw`/`return` call waiting for
/// the generator.
pub struct AsyncRequest {
    pub mode: i32,
    pub value: Value,
    pub capability: Capability,
}

impl AsyncRequest {
    pub fn trace(&self, t: &mut Tracer) {
        t.value(self.value);
        self.capability.trace(t);
    }
}

/// The state of a suspended body. Like every `Gc` access, the reference
/// is valid while the object is alive (the callers hold it on the native
/// stack, which the collector scans) and no other reference to the state
/// is in use.
fn body_state(body: Value) -> &'static mut super::generator::GeneratorState {
    let o: Gc<JsObject> = body.as_object();
    // SAFETY: as for `Gc`'s `DerefMut`, above.
    let o = unsafe { &mut *o.as_ptr() };
    let ObjectClass::Generator(state) = &mut o.class else {
        unreachable!("an async body")
    };
    state
}

impl Vm {
    /// Calling an async function: its body runs now, up to its first
    /// `await`; the call returns the promise of its result.
    pub fn start_async_function(
        &mut self,
        f: Gc<JsObject>,
        this: Value,
        args: &[Value],
        new_target: Value,
    ) -> Value {
        let promise = self.new_promise();
        let flavor = Flavor::AsyncFunction { promise };
        let body = self.new_suspended_body(f, this, args, new_target, Value::NULL, flavor);
        self.async_function_resume(body, resume_mode::NEXT, Value::UNDEFINED);
        promise
    }

    fn async_function_resume(&mut self, body: Value, mut mode: i32, mut value: Value) {
        let Flavor::AsyncFunction { promise } = body_state(body).flavor else {
            unreachable!("an async function body")
        };
        loop {
            match self.resume_body(body, mode, value) {
                Err(e) => return self.reject_promise(promise, e),
                Ok((v, Suspension::Return)) => return self.resolve_promise(promise, v),
                Ok((v, _)) => match self.await_value(body, v) {
                    Ok(()) => return,
                    Err(e) => (mode, value) = (resume_mode::THROW, e),
                },
            }
        }
    }

    /// Await(v): resumes `body` when `v` (as a promise) settles. A
    /// PromiseResolve that throws is thrown back into the body.
    fn await_value(&mut self, body: Value, v: Value) -> JsResult<()> {
        let promise = self.promise_resolve(self.realm.promise_constructor, v)?;
        self.perform_then(promise, Handler::Await(body), Handler::Await(body), None);
        Ok(())
    }

    /// The job of an awaited promise's reaction.
    pub fn resume_awaiting_body(&mut self, body: Value, kind: ReactionKind, value: Value) {
        let mode = match kind {
            ReactionKind::Fulfill => resume_mode::NEXT,
            ReactionKind::Reject => resume_mode::THROW,
        };
        match body_state(body).flavor {
            Flavor::AsyncFunction { .. } => self.async_function_resume(body, mode, value),
            Flavor::AsyncGenerator { .. } => self.async_generator_run(body, mode, value),
            Flavor::Sync => unreachable!("a sync generator awaits nothing"),
        }
    }

    // ---- async generators ----

    /// `AsyncGenerator.prototype.next/return/throw`: queues the request
    /// and returns its promise.
    pub fn async_generator_enqueue(&mut self, generator: Value, mode: i32, value: Value) -> Value {
        let capability = self.new_intrinsic_capability();
        let is_async_generator = generator.to_object_opt().is_some_and(|o| {
            matches!(&o.class, ObjectClass::Generator(s) if matches!(s.flavor, Flavor::AsyncGenerator { .. }))
        });
        if !is_async_generator {
            let name = ["next", "return", "throw"][mode as usize];
            let shown = self.to_display_string(generator);
            let e = self.type_error(&format!(
                "{name} method called on incompatible receiver {shown}"
            ));
            self.reject_promise(capability.promise, e);
            return capability.promise;
        }
        let state = body_state(generator);
        let Flavor::AsyncGenerator {
            queue,
            awaiting_return,
        } = &mut state.flavor
        else {
            unreachable!()
        };
        queue.push_back(AsyncRequest {
            mode,
            value,
            capability,
        });
        if state.status != GeneratorStatus::Running && !*awaiting_return {
            self.async_generator_resume_next(generator);
        }
        capability.promise
    }

    /// AsyncGeneratorResumeNext: serves queued requests until the body is
    /// running (or awaiting) again or the queue is empty.
    fn async_generator_resume_next(&mut self, generator: Value) {
        loop {
            let state = body_state(generator);
            let Flavor::AsyncGenerator {
                queue,
                awaiting_return,
            } = &mut state.flavor
            else {
                unreachable!()
            };
            if state.status == GeneratorStatus::Running || *awaiting_return {
                return;
            }
            let Some(request) = queue.front() else {
                return;
            };
            let (mode, value) = (request.mode, request.value);
            if mode != resume_mode::NEXT && state.status == GeneratorStatus::SuspendedStart {
                state.status = GeneratorStatus::Completed;
            }
            if state.status == GeneratorStatus::Completed {
                match mode {
                    resume_mode::RETURN => {
                        *awaiting_return = true;
                        let c = self.realm.promise_constructor;
                        match self.promise_resolve(c, value) {
                            Ok(p) => {
                                let h = Handler::AsyncGeneratorReturn(generator);
                                self.perform_then(p, h, h, None);
                                return;
                            }
                            Err(e) => {
                                self.set_awaiting_return(generator, false);
                                self.async_generator_settle(generator, Err(e));
                            }
                        }
                    }
                    resume_mode::THROW => self.async_generator_settle(generator, Err(value)),
                    _ => {
                        let done = self.iter_result(Value::UNDEFINED, true);
                        self.async_generator_settle(generator, Ok(done));
                    }
                }
                continue;
            }
            self.async_generator_run(generator, mode, value);
            return;
        }
    }

    fn set_awaiting_return(&mut self, generator: Value, on: bool) {
        if let Flavor::AsyncGenerator {
            awaiting_return, ..
        } = &mut body_state(generator).flavor
        {
            *awaiting_return = on;
        }
    }

    /// Runs the body with a request's (or an await's) completion until it
    /// awaits, yields, returns or throws.
    fn async_generator_run(&mut self, generator: Value, mut mode: i32, mut value: Value) {
        loop {
            let outcome = match self.resume_body(generator, mode, value) {
                Err(e) => Err(e),
                Ok((v, Suspension::Await)) => match self.await_value(generator, v) {
                    Ok(()) => return,
                    Err(e) => {
                        (mode, value) = (resume_mode::THROW, e);
                        continue;
                    }
                },
                Ok((v, Suspension::Yield)) => Ok(self.iter_result(v, false)),
                Ok((v, Suspension::Return)) => Ok(self.iter_result(v, true)),
            };
            self.async_generator_settle(generator, outcome);
            return self.async_generator_resume_next(generator);
        }
    }

    /// The job after `return(v)` on a completed generator awaited `v`.
    pub fn async_generator_return_settled(
        &mut self,
        generator: Value,
        kind: ReactionKind,
        value: Value,
    ) {
        self.set_awaiting_return(generator, false);
        let outcome = match kind {
            ReactionKind::Fulfill => Ok(self.iter_result(value, true)),
            ReactionKind::Reject => Err(value),
        };
        self.async_generator_settle(generator, outcome);
        self.async_generator_resume_next(generator);
    }

    /// AsyncGeneratorResolve/Reject: settles the oldest request.
    fn async_generator_settle(&mut self, generator: Value, outcome: JsResult<Value>) {
        let Flavor::AsyncGenerator { queue, .. } = &mut body_state(generator).flavor else {
            unreachable!()
        };
        let request = queue.pop_front().expect("a pending request");
        let c = request.capability;
        let (f, v) = match outcome {
            Ok(v) => (c.resolve, v),
            Err(e) => (c.reject, e),
        };
        // The intrinsic resolving functions run no user code and cannot
        // throw.
        let _ = self.call(f, Value::UNDEFINED, &[v]);
    }
}
