//! Creating error objects and their `stack` strings, V8-style:
//! `TypeError: msg\n    at f (file.js:3:9)`.

use super::heap::Gc;
use super::map::Attrs;
use super::object::{JsObject, ObjectClass};
use super::property::{Key, Own};
use super::value::Value;
use super::vm::Vm;
use crate::runtime::function::{FunctionKind, SharedFunctionInfo};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    UriError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::UriError => "URIError",
        }
    }
}

impl Vm {
    /// How many frames a stack trace shows: `Error.stackTraceLimit` (10
    /// unless a program changes it), read without running code. None when
    /// it is not a number: then errors get no `stack` at all.
    fn stack_trace_limit(&self) -> Option<usize> {
        let error = self.realm.error_constructor.to_object_opt()?;
        let (_, d) = error.map.lookup(self.realm.names.stack_trace_limit)?;
        let n = error.slot(d.slot);
        (!d.attrs.is_accessor() && n.is_number())
            .then(|| n.as_number().clamp(0.0, usize::MAX as f64) as usize)
    }

    /// The `stack` a new error gets: `header`, then the trace below the
    /// newest call of `until` (if given); None when
    /// `Error.stackTraceLimit` is not a number.
    pub fn stack_text(
        &mut self,
        header: &str,
        until: Option<Gc<SharedFunctionInfo>>,
    ) -> Option<Value> {
        self.stack_trace_limit()?;
        let trace = self.stack_trace_below(until);
        Some(self.str(&format!("{header}{trace}")))
    }

    pub fn error_prototype(&self, kind: ErrorKind) -> Gc<JsObject> {
        let i = &self.realm.intrinsics;
        match kind {
            ErrorKind::Error => i.error_prototype,
            ErrorKind::TypeError => i.type_error_prototype,
            ErrorKind::RangeError => i.range_error_prototype,
            ErrorKind::ReferenceError => i.reference_error_prototype,
            ErrorKind::SyntaxError => i.syntax_error_prototype,
            ErrorKind::EvalError => i.eval_error_prototype,
            ErrorKind::UriError => i.uri_error_prototype,
        }
    }

    /// A new error object with `message` and a captured `stack`.
    pub fn make_error(&mut self, kind: ErrorKind, message: &str) -> Value {
        let proto = Value::object(self.error_prototype(kind));
        let msg = self.str(message);
        self.make_error_with_proto(proto, Some(msg))
    }

    pub fn make_error_with_proto(&mut self, proto: Value, message: Option<Value>) -> Value {
        self.make_error_below(proto, message, None)
    }

    /// An error whose stack trace leaves out the frames up to the newest
    /// call of `until` (a subclass constructor). The trace is captured now,
    /// its `Name: message` line when `stack` is first read.
    pub fn make_error_below(
        &mut self,
        proto: Value,
        message: Option<Value>,
        until: Option<Gc<SharedFunctionInfo>>,
    ) -> Value {
        let o = self.new_object_with_proto(
            proto,
            ObjectClass::Error {
                pending_trace: None,
            },
        );
        let hidden = Attrs::HIDDEN;
        if let Some(m) = message {
            self.define_data(o, Key::Prop(self.realm.names.message), m, hidden);
        }
        if self.stack_trace_limit().is_some() {
            let trace = self.stack_trace_below(until);
            let trace = self.str(&trace).as_string();
            let mut error = o;
            error.class = ObjectClass::Error {
                pending_trace: Some(trace),
            };
            let (get, set) = self.realm.error_stack_accessors;
            let key = Key::Prop(self.realm.names.stack);
            self.define_accessor(o, key, Some(get), Some(set), hidden);
        }
        Value::object(o)
    }

    /// Writes an error's pending `stack` as a data property (its header
    /// from the current name and message, without running user code).
    pub fn materialize_stack(&mut self, o: Gc<JsObject>) {
        let ObjectClass::Error {
            pending_trace: Some(trace),
        } = o.class
        else {
            return;
        };
        let mut error = o;
        error.class = ObjectClass::Error {
            pending_trace: None,
        };
        // Unless `stack` was deleted or redefined meanwhile; a frozen
        // error's stays read-only.
        let key = Key::Prop(self.realm.names.stack);
        let Some(Own::Accessor(pair, attrs)) = self.get_own(o, key) else {
            return;
        };
        if pair.getter != self.realm.error_stack_accessors.0 {
            return;
        }
        let header = self.error_header(Value::object(o));
        let stack = self.str(&format!("{header}{}", trace.to_rust_string()));
        let attrs = if attrs.configurable() {
            Attrs(Attrs::WRITABLE | Attrs::CONFIGURABLE)
        } else {
            Attrs::NONE
        };
        self.define_data(o, key, stack, attrs);
    }

    /// `Name: message` as Error.prototype.toString would print it, without
    /// running user code.
    fn error_header(&mut self, e: Value) -> String {
        let o = e.as_object();
        let find = |vm: &mut Vm, k| match vm.lookup(o, k) {
            Some((_, super::property::Own::Data(v, _))) if v.is_string() => {
                Some(v.as_string().to_rust_string())
            }
            _ => None,
        };
        let name = find(self, Key::Prop(self.realm.names.name)).unwrap_or_else(|| "Error".into());
        let msg = find(self, Key::Prop(self.realm.names.message)).unwrap_or_default();
        match (name.is_empty(), msg.is_empty()) {
            (_, true) => name,
            (true, false) => msg,
            (false, false) => format!("{name}: {msg}"),
        }
    }

    pub fn type_error(&mut self, message: &str) -> Value {
        self.make_error(ErrorKind::TypeError, message)
    }
    pub fn range_error(&mut self, message: &str) -> Value {
        self.make_error(ErrorKind::RangeError, message)
    }
    pub fn reference_error(&mut self, message: &str) -> Value {
        self.make_error(ErrorKind::ReferenceError, message)
    }
    pub fn syntax_error(&mut self, message: &str) -> Value {
        self.make_error(ErrorKind::SyntaxError, message)
    }

    /// `\n    at f (file:line:col)` lines for the interpreter frames.
    pub fn capture_stack_trace(&self) -> String {
        self.stack_trace_below(None)
    }

    /// The stack trace without the frames up to and including the newest
    /// call of `until` (Error.captureStackTrace's `constructorOpt`; none
    /// at all when it is not on the stack).
    pub fn stack_trace_below(&self, until: Option<Gc<SharedFunctionInfo>>) -> String {
        let mut out = String::new();
        // An optimized activation stands for its inlined frames too.
        let frames = self
            .frames
            .iter()
            .rev()
            .filter(|f| !f.replaced_by_osr)
            .flat_map(|frame| frame.source_frames());
        let mut frames: Box<dyn Iterator<Item = _>> = Box::new(frames);
        if let Some(until) = until {
            frames = Box::new(frames.skip_while(move |f| f.function != until).skip(1));
        }
        for frame in frames.take(self.stack_trace_limit().unwrap_or(0)) {
            let shared = frame.function;
            let pos = shared.bytecode.source_position(frame.offset);
            let location = match pos {
                Some(p) => {
                    let (line, col) = shared.script.line_col(p);
                    format!("{}:{line}:{col}", shared.script.name)
                }
                None => shared.script.name.clone(),
            };
            let mut name = shared.name_string();
            if shared.kind == FunctionKind::TopLevel {
                name = "Object.<anonymous>".into();
            } else if frame.is_construct && !name.is_empty() {
                name = format!("new {name}");
            }
            if name.is_empty() {
                out.push_str(&format!("\n    at {location}"));
            } else {
                out.push_str(&format!("\n    at {name} ({location})"));
            }
        }
        out
    }
}

impl Vm {
    /// What Node prints for an uncaught exception: the throwing line with a
    /// caret, then the error (its stack) or the inspected value.
    pub fn uncaught_report(&mut self, exception: Value) -> String {
        let mut out = String::new();
        if let Some((_, script, pos)) = self.throw_site.clone() {
            let (line, col) = script.line_col(pos);
            let text = script.line_text(line);
            out.push_str(&format!(
                "{}:{line}\n{text}\n{}^\n",
                script.name,
                " ".repeat(col as usize - 1)
            ));
        }
        let is_error = exception.is_object()
            && matches!(exception.as_object().class, ObjectClass::Error { .. });
        if is_error {
            out.push('\n');
        }
        let shown = if exception.is_string() {
            exception.as_string().to_rust_string()
        } else {
            self.inspect(exception)
        };
        out.push_str(&shown);
        out.push('\n');
        out
    }
}
