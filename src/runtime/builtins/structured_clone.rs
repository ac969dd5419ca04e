//! `structuredClone(value, { transfer })`: the HTML structured clone, with
//! the types and messages of V8's value serializer as Node uses it.
//!
//! Serialization and deserialization are fused: each object is copied as
//! it is reached, and a memory of (original, copy) pairs keeps shared and
//! cyclic references shared and cyclic. Transferred buffers get their copy
//! up front, an empty placeholder that receives the data block only once
//! the whole clone has succeeded; a failed clone detaches nothing.

use super::arg;
use super::global::node_type_error;
use crate::runtime::errors::ErrorKind;
use crate::runtime::function::JsResult;
use crate::runtime::heap::Gc;
use crate::runtime::map::Attrs;
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::{Key, Own, key_roots};
use crate::runtime::typed_array::{self, View};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::collections::HashMap;

pub fn install(vm: &mut Vm) {
    let global = vm.realm.intrinsics.global;
    vm.define_native(global, "structuredClone", structured_clone, 0);
}

fn structured_clone(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if args.is_empty() {
        let message = "The value argument must be specified";
        return Err(node_type_error(vm, "ERR_MISSING_ARGS", message));
    }
    let options = arg(args, 1);
    if !options.is_nullish() && !options.is_object() {
        let message = "The options argument must be either an object or undefined";
        return Err(node_type_error(vm, "ERR_INVALID_ARG_TYPE", message));
    }
    vm.with_roots(&[], |vm| {
        let transfer = transfer_list(vm, options)?;
        let mut cloner = Cloner::default();
        let mut placeholders = Vec::new();
        // As in Node, a buffer detached already transfers as an empty one.
        let detached_before: Vec<bool> = transfer
            .iter()
            .map(|&b| typed_array::is_detached(b))
            .collect();
        for &buffer in &transfer {
            let proto = Value::object(vm.realm.intrinsics.array_buffer_prototype);
            let placeholder = vm.array_buffer_with(proto, Vec::new());
            cloner.remember(vm, buffer, placeholder);
            placeholders.push(placeholder);
        }
        let copy = cloner.clone_value(vm, args[0])?;
        // A getter that detached a transferred buffer during the clone
        // leaves views copied at its old length: refuse, as for any
        // detached buffer met while cloning.
        for (&buffer, was_detached) in transfer.iter().zip(detached_before) {
            if typed_array::is_detached(buffer) && !was_detached {
                return Err(vm.data_clone_error(DETACHED));
            }
        }
        for (buffer, placeholder) in transfer.into_iter().zip(placeholders) {
            let bytes = typed_array::detach(buffer);
            vm.heap.note_allocation(bytes.len());
            if let ObjectClass::ArrayBuffer(block) = &mut placeholder.as_object().class {
                *block = Some(bytes);
            }
        }
        Ok(copy)
    })
}

/// The ArrayBuffers of `options.transfer`, rooted on `temp_roots`.
fn transfer_list(vm: &mut Vm, options: Value) -> JsResult<Vec<Value>> {
    if !options.is_object() {
        return Ok(Vec::new());
    }
    let list = vm.get_named(options, "transfer")?;
    if list.is_undefined() {
        return Ok(Vec::new());
    }
    let iterable = list.is_object() && {
        let key = Key::Prop(crate::runtime::map::PropertyKey::Symbol(
            vm.symbols.iterator,
        ));
        let method = vm.get(list, key)?;
        vm.is_callable(method)
    };
    if !iterable {
        let message = "Optional transferList argument must be an iterable";
        return Err(node_type_error(vm, "ERR_INVALID_ARG_TYPE", message));
    }
    let mut buffers = Vec::new();
    vm.iterate(list, |vm, v| {
        vm.temp_roots.push(v);
        buffers.push(v);
        Ok(true)
    })?;
    for (i, &v) in buffers.iter().enumerate() {
        let is_buffer = v
            .to_object_opt()
            .is_some_and(|o| matches!(o.class, ObjectClass::ArrayBuffer(_)));
        if !is_buffer {
            let message = "Found invalid object in transferList";
            return Err(node_type_error(vm, "ERR_INVALID_TRANSFER_OBJECT", message));
        }
        if buffers[..i].contains(&v) {
            return Err(vm.data_clone_error("Transfer list contains duplicate ArrayBuffer"));
        }
    }
    Ok(buffers)
}

#[derive(Default)]
struct Cloner {
    /// Original → copy, for every object copied so far.
    memory: HashMap<Value, Value>,
}

impl Cloner {
    /// Records a copy; both stay rooted until `structured_clone` returns.
    fn remember(&mut self, vm: &mut Vm, original: Value, copy: Value) {
        vm.temp_roots.push(original);
        vm.temp_roots.push(copy);
        self.memory.insert(original, copy);
    }

    fn clone_value(&mut self, vm: &mut Vm, v: Value) -> JsResult<Value> {
        // Deeply nested data recurses here: a RangeError, not an abort.
        if !vm.native_stack_ok() {
            return Err(vm.stack_overflow());
        }
        if v.is_symbol() {
            return Err(not_cloneable(vm, v));
        }
        if !v.is_object() {
            return Ok(v);
        }
        if let Some(&copy) = self.memory.get(&v) {
            return Ok(copy);
        }
        let o = v.as_object();
        let leaf = match &o.class {
            ObjectClass::Boolean(b) => Some(vm.to_object(Value::bool(*b))?),
            ObjectClass::Number(n) => Some(vm.to_object(Value::number(*n))?),
            ObjectClass::String(s) => Some(vm.to_object(Value::string(*s))?),
            ObjectClass::Date(time) => {
                let proto = Value::object(vm.realm.intrinsics.date_prototype);
                Some(Value::object(
                    vm.new_object_with_proto(proto, ObjectClass::Date(*time)),
                ))
            }
            ObjectClass::RegExp(_) => Some(super::regexp::clone_regexp(vm, o)),
            ObjectClass::ArrayBuffer(None) => return Err(vm.data_clone_error(DETACHED)),
            ObjectClass::ArrayBuffer(Some(bytes)) => {
                let proto = Value::object(vm.realm.intrinsics.array_buffer_prototype);
                let bytes = bytes.clone();
                Some(vm.array_buffer_with(proto, bytes))
            }
            _ => None,
        };
        if let Some(copy) = leaf {
            self.remember(vm, v, copy);
            return Ok(copy);
        }
        match o.class {
            ObjectClass::TypedArray(view) => self.clone_typed_array(vm, v, view),
            ObjectClass::DataView {
                buffer,
                offset,
                length,
            } => {
                let buffer = self.clone_value(vm, buffer)?;
                let proto = Value::object(vm.realm.intrinsics.data_view_prototype);
                let class = ObjectClass::DataView {
                    buffer,
                    offset,
                    length,
                };
                let copy = Value::object(vm.new_object_with_proto(proto, class));
                self.remember(vm, v, copy);
                Ok(copy)
            }
            ObjectClass::MapCollection(_) | ObjectClass::SetCollection(_) => {
                self.clone_collection(vm, v)
            }
            ObjectClass::Error { .. } => self.clone_error(vm, v),
            ObjectClass::Array { .. } => {
                let copy = Value::object(vm.new_array(Vec::new()));
                vm.truncate_or_extend(copy.as_object(), o.array_length());
                self.remember(vm, v, copy);
                self.clone_properties(vm, o, copy)?;
                Ok(copy)
            }
            ObjectClass::Ordinary if v != Value::object(vm.realm.intrinsics.global) => {
                let copy = Value::object(vm.new_object());
                self.remember(vm, v, copy);
                self.clone_properties(vm, o, copy)?;
                Ok(copy)
            }
            _ => Err(not_cloneable(vm, v)),
        }
    }

    /// A view over the copy of its buffer (one copy per buffer however many
    /// views share it).
    fn clone_typed_array(&mut self, vm: &mut Vm, v: Value, view: View) -> JsResult<Value> {
        let buffer = self.clone_value(vm, view.buffer)?;
        let proto = Value::object(vm.realm.typed_array_prototypes[view.kind.index()]);
        let view = View::new(view.kind, buffer, view.offset, view.length());
        let copy = Value::object(vm.new_object_with_proto(proto, ObjectClass::TypedArray(view)));
        self.remember(vm, v, copy);
        Ok(copy)
    }

    /// A Map or Set: the entries as they are when it is reached, each key
    /// and value cloned in turn.
    fn clone_collection(&mut self, vm: &mut Vm, v: Value) -> JsResult<Value> {
        let o = v.as_object();
        let (entries, keyed) = match &o.class {
            ObjectClass::MapCollection(t) => (t.entries.clone(), true),
            ObjectClass::SetCollection(t) => (t.entries.clone(), false),
            _ => unreachable!("a Map or Set"),
        };
        let entries: Vec<(Value, Value)> = entries.into_iter().filter(|e| !e.0.is_hole()).collect();
        for &(key, value) in &entries {
            vm.temp_roots.push(key);
            vm.temp_roots.push(value);
        }
        let (proto, class) = if keyed {
            let proto = vm.realm.intrinsics.map_prototype;
            (proto, ObjectClass::MapCollection(Box::default()))
        } else {
            let proto = vm.realm.intrinsics.set_prototype;
            (proto, ObjectClass::SetCollection(Box::default()))
        };
        let copy = Value::object(vm.new_object_with_proto(Value::object(proto), class));
        self.remember(vm, v, copy);
        for (key, value) in entries {
            let key = self.clone_value(vm, key)?;
            let value = if keyed {
                self.clone_value(vm, value)?
            } else {
                value
            };
            super::keyed::insert(vm, copy.as_object(), key, value);
        }
        Ok(copy)
    }

    /// An Error: the prototype its `name` picks among the native errors,
    /// then `stack`, an own `message` and an own `cause`.
    fn clone_error(&mut self, vm: &mut Vm, v: Value) -> JsResult<Value> {
        let o = v.as_object();
        let name = vm.get(v, Key::Prop(vm.realm.names.name))?;
        let name = if name.is_string() {
            name.as_string().to_rust_string()
        } else {
            String::new()
        };
        let kind = NATIVE_ERRORS
            .into_iter()
            .find(|k| k.name() == name)
            .unwrap_or(ErrorKind::Error);
        let message = match vm.get_own(o, Key::Prop(vm.realm.names.message)) {
            Some(Own::Data(m, _)) => Some(Value::string(vm.to_string(m)?)),
            _ => None,
        };
        let stack = vm.get(v, Key::Prop(vm.realm.names.stack))?;
        let proto = Value::object(vm.error_prototype(kind));
        let copy = vm.new_object_with_proto(
            proto,
            ObjectClass::Error {
                pending_trace: None,
            },
        );
        self.remember(vm, v, Value::object(copy));
        if stack.is_string() {
            vm.define_data(copy, Key::Prop(vm.realm.names.stack), stack, Attrs::HIDDEN);
        }
        if let Some(m) = message {
            vm.define_data(copy, Key::Prop(vm.realm.names.message), m, Attrs::HIDDEN);
        }
        let cause_key = Key::Prop(vm.realm.names.cause);
        if vm.get_own(o, cause_key).is_some() {
            let cause = vm.get(v, cause_key)?;
            let cause = self.clone_value(vm, cause)?;
            vm.define_data(copy, cause_key, cause, Attrs::HIDDEN);
        }
        Ok(Value::object(copy))
    }

    /// Own enumerable string-keyed properties, read with [[Get]] (so
    /// getters run) and defined as data properties on the copy; a key a
    /// getter deleted on the way is skipped.
    fn clone_properties(&mut self, vm: &mut Vm, o: Gc<JsObject>, copy: Value) -> JsResult<()> {
        let keys = vm.own_enumerable_string_keys(o);
        vm.with_roots(&key_roots(&keys), |vm| {
            for key in keys {
                if vm.get_own(o, key).is_none() {
                    continue;
                }
                let value = vm.get(Value::object(o), key)?;
                let value = self.clone_value(vm, value)?;
                vm.define_data(copy.as_object(), key, value, Attrs::DEFAULT);
            }
            Ok(())
        })
    }
}

const DETACHED: &str = "An ArrayBuffer is detached and could not be cloned.";

const NATIVE_ERRORS: [ErrorKind; 6] = [
    ErrorKind::EvalError,
    ErrorKind::RangeError,
    ErrorKind::ReferenceError,
    ErrorKind::SyntaxError,
    ErrorKind::TypeError,
    ErrorKind::UriError,
];

/// "… could not be cloned.", naming a function by its source as V8 does.
fn not_cloneable(vm: &mut Vm, v: Value) -> Value {
    let shown = match vm.is_callable(v) {
        true => super::function::source_text(vm, v.as_object()),
        false => vm.to_display_string(v),
    };
    vm.data_clone_error(&format!("{shown} could not be cloned."))
}
