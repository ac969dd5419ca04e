//! `DOMException` as Node provides it (WebIDL): the error `structuredClone`
//! throws. An instance keeps its name and message in internal slots that
//! prototype getters read; its only own property is `stack`.

use super::arg;
use super::keyed::{define_tag, prototype_from_new_target};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::Attrs;
use crate::runtime::object::ObjectClass;
use crate::runtime::property::Key;
use crate::runtime::string::JsString;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// The legacy code constants, in code order (`INDEX_SIZE_ERR` is 1).
const CONSTANTS: [&str; 25] = [
    "INDEX_SIZE_ERR",
    "DOMSTRING_SIZE_ERR",
    "HIERARCHY_REQUEST_ERR",
    "WRONG_DOCUMENT_ERR",
    "INVALID_CHARACTER_ERR",
    "NO_DATA_ALLOWED_ERR",
    "NO_MODIFICATION_ALLOWED_ERR",
    "NOT_FOUND_ERR",
    "NOT_SUPPORTED_ERR",
    "INUSE_ATTRIBUTE_ERR",
    "INVALID_STATE_ERR",
    "SYNTAX_ERR",
    "INVALID_MODIFICATION_ERR",
    "NAMESPACE_ERR",
    "INVALID_ACCESS_ERR",
    "VALIDATION_ERR",
    "TYPE_MISMATCH_ERR",
    "SECURITY_ERR",
    "NETWORK_ERR",
    "ABORT_ERR",
    "URL_MISMATCH_ERR",
    "QUOTA_EXCEEDED_ERR",
    "TIMEOUT_ERR",
    "INVALID_NODE_TYPE_ERR",
    "DATA_CLONE_ERR",
];

/// The names with a legacy code (WebIDL's error names table); any other
/// name has code 0.
const CODES: [(&str, u8); 22] = [
    ("IndexSizeError", 1),
    ("HierarchyRequestError", 3),
    ("WrongDocumentError", 4),
    ("InvalidCharacterError", 5),
    ("NoModificationAllowedError", 7),
    ("NotFoundError", 8),
    ("NotSupportedError", 9),
    ("InUseAttributeError", 10),
    ("InvalidStateError", 11),
    ("SyntaxError", 12),
    ("InvalidModificationError", 13),
    ("NamespaceError", 14),
    ("InvalidAccessError", 15),
    ("TypeMismatchError", 17),
    ("SecurityError", 18),
    ("NetworkError", 19),
    ("AbortError", 20),
    ("URLMismatchError", 21),
    ("QuotaExceededError", 22),
    ("TimeoutError", 23),
    ("InvalidNodeTypeError", 24),
    ("DataCloneError", 25),
];

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.dom_exception_prototype;
    let ctor = super::install_constructor(vm, "DOMException", construct, 0, proto);
    let getters: [(&str, NativeFn); 3] = [("name", name), ("message", message), ("code", code)];
    for (key, f) in getters {
        let getter = vm.new_native_function(&format!("get {key}"), f, 0, false);
        let key = vm.key_from_str(key);
        let attrs = Attrs(Attrs::ENUMERABLE | Attrs::CONFIGURABLE);
        vm.define_accessor(proto, key, Some(Value::object(getter)), None, attrs);
    }
    for (i, constant) in CONSTANTS.into_iter().enumerate() {
        let value = Value::int(i as i32 + 1);
        vm.define_value(ctor, constant, value, Attrs(Attrs::ENUMERABLE));
        vm.define_value(proto, constant, value, Attrs(Attrs::ENUMERABLE));
    }
    define_tag(vm, proto, "DOMException");
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, "DOMException", Value::object(ctor), Attrs::HIDDEN);
}

/// `new DOMException(message = "", name = "Error")`.
fn construct(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(vm.type_error("Class constructor DOMException cannot be invoked without 'new'"));
    }
    let message = match arg(args, 0) {
        v if v.is_undefined() => vm.str("").as_string(),
        v => vm.to_string(v)?,
    };
    let name = match arg(args, 1) {
        v if v.is_undefined() => vm.str("Error").as_string(),
        v => vm.to_string(v)?,
    };
    let fallback = vm.realm.intrinsics.dom_exception_prototype;
    let proto = prototype_from_new_target(vm, nt, fallback)?;
    Ok(vm.new_dom_exception(proto, name, message))
}

impl Vm {
    /// A DOMException `name` with `message`, as the platform throws it.
    pub fn dom_exception(&mut self, name: &str, message: &str) -> Value {
        let proto = Value::object(self.realm.intrinsics.dom_exception_prototype);
        let (name, message) = (self.str(name).as_string(), self.str(message).as_string());
        self.new_dom_exception(proto, name, message)
    }

    /// The DataCloneError `structuredClone` throws.
    pub fn data_clone_error(&mut self, message: &str) -> Value {
        self.dom_exception("DataCloneError", message)
    }

    fn new_dom_exception(
        &mut self,
        proto: Value,
        name: Gc<JsString>,
        message: Gc<JsString>,
    ) -> Value {
        let o = self.new_object_with_proto(proto, ObjectClass::DomException { name, message });
        let header = match message.is_empty() {
            true => name.to_rust_string(),
            false => format!("{}: {}", name.to_rust_string(), message.to_rust_string()),
        };
        if let Some(stack) = self.stack_text(&header, None) {
            let key = Key::Prop(self.realm.names.stack);
            self.define_data(o, key, stack, Attrs(Attrs::WRITABLE | Attrs::CONFIGURABLE));
        }
        Value::object(o)
    }
}

/// The receiver's (name, message) slots.
fn slots(vm: &mut Vm, this: Value) -> JsResult<(Gc<JsString>, Gc<JsString>)> {
    if let Some(o) = this.to_object_opt()
        && let ObjectClass::DomException { name, message } = o.class
    {
        return Ok((name, message));
    }
    Err(vm.type_error("Value of \"this\" must be of DOMException"))
}

fn name(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::string(slots(vm, this)?.0))
}

fn message(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::string(slots(vm, this)?.1))
}

fn code(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let name = slots(vm, this)?.0.to_rust_string();
    let code = CODES.iter().find(|(n, _)| *n == name).map_or(0, |c| c.1);
    Ok(Value::int(code as i32))
}
