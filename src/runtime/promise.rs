//! Promises (ES2020 §25.6): states, reactions, resolving functions and the
//! jobs that settle them. The builtins (`Promise`, `then`, `all`, …) are in
//! `builtins::promise`; this module is the machinery they share with
//! `await`.
//!
//! An `await` does not allocate closures: its reactions carry
//! `Handler::Await(body)`, and the job resumes the suspended body directly
//! (V8 uses dedicated await closures for the same reason).

use super::function::JsResult;
use super::heap::{Gc, Tracer};
use super::object::{JsObject, ObjectClass};
use super::property::Key;
use super::value::Value;
use super::vm::Vm;
use crate::runtime::event_loop::Job;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PromiseStatus {
    Pending,
    Fulfilled,
    Rejected,
}

pub struct PromiseState {
    pub status: PromiseStatus,
    /// The value or the reason, once settled.
    pub result: Value,
    pub fulfill_reactions: Vec<Reaction>,
    pub reject_reactions: Vec<Reaction>,
    /// Whether a rejection handler was ever attached (unhandled-rejection
    /// tracking).
    pub is_handled: bool,
}

impl PromiseState {
    pub fn trace(&self, t: &mut Tracer) {
        t.value(self.result);
        for r in self.fulfill_reactions.iter().chain(&self.reject_reactions) {
            r.trace(t);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReactionKind {
    Fulfill,
    Reject,
}

/// What a reaction runs when its promise settles.
#[derive(Clone, Copy, Debug)]
pub enum Handler {
    /// No handler: the value (or the reason) passes through.
    Identity,
    Function(Value),
    /// Resumes the async body (a suspended generator object) awaiting the
    /// promise.
    Await(Value),
    /// An async generator's `return` on a completed generator, awaiting
    /// the returned value.
    AsyncGeneratorReturn(Value),
}

/// A PromiseCapability record.
#[derive(Clone, Copy, Debug)]
pub struct Capability {
    pub promise: Value,
    pub resolve: Value,
    pub reject: Value,
}

impl Capability {
    pub fn trace(&self, t: &mut Tracer) {
        t.value(self.promise);
        t.value(self.resolve);
        t.value(self.reject);
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Reaction {
    pub kind: ReactionKind,
    pub handler: Handler,
    /// The derived promise `then` returned; none for `await`.
    pub capability: Option<Capability>,
}

impl Reaction {
    pub fn trace(&self, t: &mut Tracer) {
        match self.handler {
            Handler::Identity => {}
            Handler::Function(v) | Handler::Await(v) | Handler::AsyncGeneratorReturn(v) => {
                t.value(v)
            }
        }
        if let Some(c) = &self.capability {
            c.trace(t);
        }
    }
}

/// The value as a promise object, if it is one.
pub fn as_promise(v: Value) -> Option<Gc<JsObject>> {
    let o = v.to_object_opt()?;
    matches!(o.class, ObjectClass::Promise(_)).then_some(o)
}

/// The state of an object known to be a promise.
pub fn state_of(o: &mut Gc<JsObject>) -> &mut PromiseState {
    match &mut o.class {
        ObjectClass::Promise(p) => p,
        _ => unreachable!("a promise"),
    }
}

impl Vm {
    pub fn new_promise(&mut self) -> Value {
        let proto = Value::object(self.realm.intrinsics.promise_prototype);
        self.new_promise_with_proto(proto)
    }

    pub fn new_promise_with_proto(&mut self, proto: Value) -> Value {
        let state = PromiseState {
            status: PromiseStatus::Pending,
            result: Value::UNDEFINED,
            fulfill_reactions: Vec::new(),
            reject_reactions: Vec::new(),
            is_handled: false,
        };
        Value::object(self.new_object_with_proto(proto, ObjectClass::Promise(Box::new(state))))
    }

    /// CreateResolvingFunctions: a resolve and a reject function sharing
    /// one "already resolved" flag. Each carries [promise, partner]; using
    /// either clears the promise from both.
    pub fn create_resolving_functions(&mut self, promise: Value) -> (Value, Value) {
        let resolve =
            self.native_with_data("", resolve_function, 1, vec![promise, Value::UNDEFINED]);
        let reject = self.native_with_data(
            "",
            reject_function,
            1,
            vec![promise, Value::object(resolve)],
        );
        let mut resolve = resolve;
        if let ObjectClass::Native(n) = &mut resolve.class {
            n.data[1] = Value::object(reject);
        }
        (Value::object(resolve), Value::object(reject))
    }

    /// A new %Promise% with its resolving functions (NewPromiseCapability
    /// of the intrinsic constructor, which runs no user code).
    pub fn new_intrinsic_capability(&mut self) -> Capability {
        let promise = self.new_promise();
        let (resolve, reject) = self.create_resolving_functions(promise);
        Capability {
            promise,
            resolve,
            reject,
        }
    }

    /// NewPromiseCapability(C).
    pub fn new_promise_capability(&mut self, c: Value) -> JsResult<Capability> {
        if c == self.realm.promise_constructor {
            return Ok(self.new_intrinsic_capability());
        }
        if !self.is_constructor(c) {
            let shown = self.to_display_string(c);
            return Err(self.type_error(&format!("{shown} is not a constructor")));
        }
        let executor = self.native_with_data(
            "",
            capability_executor,
            2,
            vec![Value::UNDEFINED, Value::UNDEFINED],
        );
        let promise = self.construct(c, &[Value::object(executor)], c)?;
        let ObjectClass::Native(n) = &executor.class else {
            unreachable!()
        };
        let (resolve, reject) = (n.data[0], n.data[1]);
        if !self.is_callable(resolve) || !self.is_callable(reject) {
            return Err(self.type_error("Promise resolve or reject function is not callable"));
        }
        Ok(Capability {
            promise,
            resolve,
            reject,
        })
    }

    /// The body of a promise's resolve function (after its "already
    /// resolved" check): fulfills, rejects, or follows a thenable.
    pub fn resolve_promise(&mut self, promise: Value, resolution: Value) {
        if resolution == promise {
            let e = self.type_error("Chaining cycle detected for promise #<Promise>");
            return self.reject_promise(promise, e);
        }
        if !resolution.is_object() {
            return self.fulfill_promise(promise, resolution);
        }
        let then = match self.get(resolution, Key::Prop(self.realm.names.then)) {
            Ok(then) => then,
            Err(e) => return self.reject_promise(promise, e),
        };
        if !self.is_callable(then) {
            return self.fulfill_promise(promise, resolution);
        }
        self.event_loop.enqueue_job(Job::ResolveThenable {
            promise,
            thenable: resolution,
            then,
        });
    }

    pub fn fulfill_promise(&mut self, promise: Value, value: Value) {
        self.settle(promise, PromiseStatus::Fulfilled, value);
    }

    pub fn reject_promise(&mut self, promise: Value, reason: Value) {
        let mut o = as_promise(promise).expect("a promise");
        if !state_of(&mut o).is_handled {
            self.event_loop.track_rejection(promise);
        }
        self.settle(promise, PromiseStatus::Rejected, reason);
    }

    fn settle(&mut self, promise: Value, status: PromiseStatus, result: Value) {
        let mut o = as_promise(promise).expect("a promise");
        let state = state_of(&mut o);
        debug_assert_eq!(state.status, PromiseStatus::Pending);
        let fulfill = std::mem::take(&mut state.fulfill_reactions);
        let reject = std::mem::take(&mut state.reject_reactions);
        state.status = status;
        state.result = result;
        let reactions = if status == PromiseStatus::Fulfilled {
            fulfill
        } else {
            reject
        };
        for reaction in reactions {
            self.event_loop.enqueue_job(Job::Reaction {
                reaction,
                argument: result,
            });
        }
    }

    /// PerformPromiseThen: registers the handlers, or queues the job at
    /// once if the promise is already settled.
    pub fn perform_then(
        &mut self,
        promise: Value,
        on_fulfilled: Handler,
        on_rejected: Handler,
        capability: Option<Capability>,
    ) {
        let fulfill = Reaction {
            kind: ReactionKind::Fulfill,
            handler: on_fulfilled,
            capability,
        };
        let reject = Reaction {
            kind: ReactionKind::Reject,
            handler: on_rejected,
            capability,
        };
        let mut o = as_promise(promise).expect("a promise");
        let state = state_of(&mut o);
        let (reaction, argument) = match state.status {
            PromiseStatus::Pending => {
                state.fulfill_reactions.push(fulfill);
                state.reject_reactions.push(reject);
                state.is_handled = true;
                return;
            }
            PromiseStatus::Fulfilled => (fulfill, state.result),
            PromiseStatus::Rejected => (reject, state.result),
        };
        state.is_handled = true;
        self.event_loop
            .enqueue_job(Job::Reaction { reaction, argument });
    }

    /// PromiseResolve(C, x): x itself if it is a promise made by C.
    pub fn promise_resolve(&mut self, c: Value, x: Value) -> JsResult<Value> {
        if as_promise(x).is_some() {
            let ctor = self.get(x, Key::Prop(self.realm.names.constructor))?;
            if ctor == c {
                return Ok(x);
            }
        }
        let capability = self.new_promise_capability(c)?;
        self.call(capability.resolve, Value::UNDEFINED, &[x])?;
        Ok(capability.promise)
    }

    /// PromiseReactionJob.
    pub fn run_reaction_job(&mut self, reaction: Reaction, argument: Value) -> JsResult<()> {
        let result = match reaction.handler {
            Handler::Identity => match reaction.kind {
                ReactionKind::Fulfill => Ok(argument),
                ReactionKind::Reject => Err(argument),
            },
            Handler::Function(f) => self.call(f, Value::UNDEFINED, &[argument]),
            Handler::Await(body) => {
                self.resume_awaiting_body(body, reaction.kind, argument);
                return Ok(());
            }
            Handler::AsyncGeneratorReturn(generator) => {
                self.async_generator_return_settled(generator, reaction.kind, argument);
                return Ok(());
            }
        };
        let Some(capability) = reaction.capability else {
            return Ok(());
        };
        match result {
            Ok(v) => self.call(capability.resolve, Value::UNDEFINED, &[v])?,
            Err(e) => self.call(capability.reject, Value::UNDEFINED, &[e])?,
        };
        Ok(())
    }

    /// PromiseResolveThenableJob: `thenable.then(resolve, reject)` with
    /// fresh resolving functions for the promise.
    pub fn run_resolve_thenable_job(
        &mut self,
        promise: Value,
        thenable: Value,
        then: Value,
    ) -> JsResult<()> {
        let (resolve, reject) = self.create_resolving_functions(promise);
        if let Err(e) = self.call(then, thenable, &[resolve, reject]) {
            self.call(reject, Value::UNDEFINED, &[e])?;
        }
        Ok(())
    }
}

/// Clears the promise from a resolving function pair ("already resolved").
fn take_promise(vm: &mut Vm) -> Option<Value> {
    let promise = vm.callee_data(0);
    if promise.is_undefined() {
        return None;
    }
    let partner = vm.callee_data(1);
    vm.set_callee_data(0, Value::UNDEFINED);
    let mut partner = partner.as_object();
    if let ObjectClass::Native(n) = &mut partner.class {
        n.data[0] = Value::UNDEFINED;
    }
    Some(promise)
}

fn resolve_function(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(promise) = take_promise(vm) {
        let resolution = args.first().copied().unwrap_or(Value::UNDEFINED);
        vm.resolve_promise(promise, resolution);
    }
    Ok(Value::UNDEFINED)
}

fn reject_function(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(promise) = take_promise(vm) {
        let reason = args.first().copied().unwrap_or(Value::UNDEFINED);
        vm.reject_promise(promise, reason);
    }
    Ok(Value::UNDEFINED)
}

/// GetCapabilitiesExecutor: records the resolve and reject functions a
/// promise constructor hands it, once.
fn capability_executor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.callee_data(0).is_undefined() || !vm.callee_data(1).is_undefined() {
        return Err(
            vm.type_error("Promise executor has already been invoked with non-undefined arguments")
        );
    }
    let resolve = args.first().copied().unwrap_or(Value::UNDEFINED);
    let reject = args.get(1).copied().unwrap_or(Value::UNDEFINED);
    vm.set_callee_data(0, resolve);
    vm.set_callee_data(1, reject);
    Ok(Value::UNDEFINED)
}
