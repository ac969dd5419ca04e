//! Error and the native error types.

use super::arg;
use crate::runtime::descriptor::{PropertyDescriptor, define_or_throw};
use crate::runtime::errors::ErrorKind;
use crate::runtime::function::JsResult;
use crate::runtime::map::Attrs;
use crate::runtime::object::ObjectClass;
use crate::runtime::property::{Key, Own};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const KINDS: [ErrorKind; 7] = [
    ErrorKind::Error,
    ErrorKind::TypeError,
    ErrorKind::RangeError,
    ErrorKind::ReferenceError,
    ErrorKind::SyntaxError,
    ErrorKind::EvalError,
    ErrorKind::UriError,
];

pub fn install(vm: &mut Vm) {
    let mut base = None;
    for (kind, ctor) in KINDS.into_iter().zip(CONSTRUCTORS) {
        let proto = vm.error_prototype(kind);
        let ctor = super::install_constructor(vm, kind.name(), ctor, 1, proto);
        let n = vm.str(kind.name());
        vm.define_value(proto, "name", n, Attrs::HIDDEN);
        let empty = vm.str("");
        vm.define_value(proto, "message", empty, Attrs::HIDDEN);
        match base {
            None => {
                base = Some(ctor);
                vm.define_native(proto, "toString", to_string, 0);
            }
            Some(b) => {
                vm.set_prototype(ctor, Value::object(b));
            }
        }
    }
    let get = vm.new_native_function("stack", stack_getter, 0, false);
    let set = vm.new_native_function("stack", stack_setter, 1, false);
    vm.realm.error_stack_accessors = (Value::object(get), Value::object(set));
    if let Some(error) = base {
        vm.realm.error_constructor = Value::object(error);
        vm.define_native(error, "captureStackTrace", capture_stack_trace, 2);
        let limit = Key::Prop(vm.realm.names.stack_trace_limit);
        vm.define_data(error, limit, Value::int(10), Attrs::DEFAULT);
    }
    let proto = vm.realm.intrinsics.aggregate_error_prototype;
    let ctor = super::install_constructor(vm, "AggregateError", aggregate_error_ctor, 2, proto);
    let n = vm.str("AggregateError");
    vm.define_value(proto, "name", n, Attrs::HIDDEN);
    let empty = vm.str("");
    vm.define_value(proto, "message", empty, Attrs::HIDDEN);
    if let Some(b) = base {
        vm.set_prototype(ctor, Value::object(b));
    }
}

/// `AggregateError(errors, msg, {cause})`.
fn aggregate_error_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let proto = if nt.is_undefined() {
        Value::object(vm.realm.intrinsics.aggregate_error_prototype)
    } else {
        vm.get(nt, Key::Prop(vm.realm.names.prototype))?
    };
    let msg = if arg(args, 1).is_undefined() {
        None
    } else {
        Some(Value::string(vm.to_string(args[1])?))
    };
    let subclass = nt
        .to_object_opt()
        .and_then(|f| f.closure().map(|c| c.shared));
    let e = vm.make_error_below(proto, msg, subclass);
    install_cause(vm, e, arg(args, 2))?;
    let mut errors = Vec::new();
    vm.iterate(arg(args, 0), |_, v| {
        errors.push(v);
        Ok(true)
    })?;
    let errors = Value::object(vm.new_array(errors));
    vm.define_value(e.as_object(), "errors", errors, Attrs::HIDDEN);
    Ok(e)
}

/// An error's `stack` on first read: written out as a data property of
/// the error holding it (`this` or an object inheriting from it).
fn stack_getter(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let key = Key::Prop(vm.realm.names.stack);
    let mut holder = this.to_object_opt();
    while let Some(o) = holder {
        if let ObjectClass::Error {
            pending_trace: Some(_),
        } = o.class
        {
            vm.materialize_stack(o);
            if let Some(Own::Data(v, _)) = vm.get_own(o, key) {
                return Ok(v);
            }
        }
        holder = o.map.prototype.to_object_opt();
    }
    Ok(Value::UNDEFINED)
}

/// Assigning an error's `stack` before it was read replaces it.
fn stack_setter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(mut o) = this.to_object_opt() {
        if let ObjectClass::Error { pending_trace } = &mut o.class {
            *pending_trace = None;
        }
        let attrs = Attrs(Attrs::WRITABLE | Attrs::CONFIGURABLE);
        vm.define_data(o, Key::Prop(vm.realm.names.stack), arg(args, 0), attrs);
    }
    Ok(Value::UNDEFINED)
}

/// InstallErrorCause.
fn install_cause(vm: &mut Vm, e: Value, options: Value) -> JsResult<()> {
    if options.is_object() {
        let k = Key::Prop(vm.realm.names.cause);
        if vm.has_property(options.as_object(), k)? {
            let c = vm.get(options, k)?;
            vm.define_data(e.as_object(), k, c, Attrs::HIDDEN);
        }
    }
    Ok(())
}

impl Vm {
    /// An AggregateError with these errors (Promise.any's rejection).
    pub fn aggregate_error(&mut self, errors: Value, message: &str) -> Value {
        let proto = Value::object(self.realm.intrinsics.aggregate_error_prototype);
        let msg = self.str(message);
        let e = self.make_error_with_proto(proto, Some(msg));
        self.define_value(e.as_object(), "errors", errors, Attrs::HIDDEN);
        e
    }
}

/// One constructor per kind: a native does not learn which function object
/// it was called through, so the kind is a const parameter.
const CONSTRUCTORS: [crate::runtime::function::NativeFn; 7] = [
    error_ctor::<0>,
    error_ctor::<1>,
    error_ctor::<2>,
    error_ctor::<3>,
    error_ctor::<4>,
    error_ctor::<5>,
    error_ctor::<6>,
];

/// `Error(msg, {cause})`, called or constructed; a subclass's `new.target`
/// supplies the prototype.
fn error_ctor<const KIND: usize>(
    vm: &mut Vm,
    _: Value,
    args: &[Value],
    nt: Value,
) -> JsResult<Value> {
    let proto = if nt.is_undefined() {
        Value::object(vm.error_prototype(KINDS[KIND]))
    } else {
        vm.get(nt, Key::Prop(vm.realm.names.prototype))?
    };
    let msg = if arg(args, 0).is_undefined() {
        None
    } else {
        Some(Value::string(vm.to_string(args[0])?))
    };
    // V8 leaves out the frames of a subclass's constructors.
    let subclass = nt
        .to_object_opt()
        .and_then(|f| f.closure().map(|c| c.shared));
    let e = vm.make_error_below(proto, msg, subclass);
    install_cause(vm, e, arg(args, 1))?;
    Ok(e)
}

/// `Error.captureStackTrace(object, constructorOpt)`: gives `object` a
/// `stack` like a new error's, leaving out the frames from the newest call
/// of `constructorOpt` up.
fn capture_stack_trace(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let target = arg(args, 0);
    if !target.is_object() {
        // V8's message, verbatim.
        return Err(vm.type_error("invalid_argument"));
    }
    let header = to_string(vm, target, &[], Value::UNDEFINED)?;
    let header = vm.to_rust_string(header)?;
    let until = arg(args, 1)
        .to_object_opt()
        .and_then(|f| f.closure().map(|c| c.shared));
    // A native `constructorOpt` is never on the interpreter's stack: no
    // frames are left.
    let stack = match arg(args, 1) {
        f if vm.is_callable(f) && until.is_none() => Some(vm.str(&header)),
        _ => vm.stack_text(&header, until),
    };
    if let Some(stack) = stack {
        let key = Key::Prop(vm.realm.names.stack);
        let element = PropertyDescriptor::data(stack, Attrs(Attrs::WRITABLE | Attrs::CONFIGURABLE));
        define_or_throw(vm, target.as_object(), key, &element)?;
    }
    Ok(Value::UNDEFINED)
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(vm.type_error("Error.prototype.toString requires that 'this' be an Object"));
    }
    let name = vm.get_named(this, "name")?;
    let name = if name.is_undefined() {
        "Error".to_string()
    } else {
        vm.to_rust_string(name)?
    };
    let msg = vm.get_named(this, "message")?;
    let msg = if msg.is_undefined() {
        String::new()
    } else {
        vm.to_rust_string(msg)?
    };
    let s = match (name.is_empty(), msg.is_empty()) {
        (_, true) => name,
        (true, false) => msg,
        _ => format!("{name}: {msg}"),
    };
    Ok(vm.str(&s))
}
