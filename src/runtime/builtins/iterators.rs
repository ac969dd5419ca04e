//! %IteratorPrototype%, array/string/collection iterators and generator
//! objects' next/return/throw.

use super::arg;
use crate::bytecode::opcodes::resume_mode;
use crate::runtime::function::JsResult;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{IterKind, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let ip = vm.realm.intrinsics.iterator_prototype;
    let f = vm.new_native_function("[Symbol.iterator]", return_this, 0, false);
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.iterator));
    vm.define_data(ip, k, Value::object(f), Attrs::HIDDEN);
    let aip = vm.realm.intrinsics.array_iterator_prototype;
    let next = vm.define_native(aip, "next", array_iterator_next, 0);
    vm.realm.array_iterator_next = Value::object(next);
    tag(vm, aip, "Array Iterator");
    let sip = vm.realm.intrinsics.string_iterator_prototype;
    vm.define_native(sip, "next", string_iterator_next, 0);
    tag(vm, sip, "String Iterator");
    for (p, name) in [
        (vm.realm.intrinsics.map_iterator_prototype, "Map Iterator"),
        (vm.realm.intrinsics.set_iterator_prototype, "Set Iterator"),
    ] {
        vm.define_native(p, "next", collection_iterator_next, 0);
        tag(vm, p, name);
    }
    let gp = vm.realm.intrinsics.generator_prototype;
    vm.define_native(gp, "next", generator_next, 1);
    vm.define_native(gp, "return", generator_return, 1);
    vm.define_native(gp, "throw", generator_throw, 1);
    tag(vm, gp, "Generator");
    let gfp = vm.realm.intrinsics.generator_function_prototype;
    vm.define_data(
        gfp,
        Key::Prop(vm.realm.names.prototype),
        Value::object(gp),
        Attrs(Attrs::CONFIGURABLE),
    );
    vm.define_data(
        gp,
        Key::Prop(vm.realm.names.constructor),
        Value::object(gfp),
        Attrs(Attrs::CONFIGURABLE),
    );
    tag(vm, gfp, "GeneratorFunction");
    super::install_hidden_constructor(vm, gfp, "GeneratorFunction", generator_function);
}

/// `GeneratorFunction(p1, …, body)`: a generator from source text.
fn generator_function(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.create_dynamic_function("function*", args)
}

fn tag(vm: &mut Vm, o: crate::runtime::heap::Gc<crate::runtime::object::JsObject>, name: &str) {
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let v = vm.str(name);
    vm.define_data(o, k, v, Attrs(Attrs::CONFIGURABLE));
}

fn return_this(_: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}

fn array_iterator_next(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(mut it) = this.to_object_opt() else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let ObjectClass::ArrayIterator {
        target,
        index,
        kind,
    } = &mut it.class
    else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let (target, i, kind) = (*target, *index, *kind);
    if target.is_undefined() {
        return Ok(vm.iter_result(Value::UNDEFINED, true));
    }
    let len = if target.as_object().is_array() {
        target.as_object().array_length()
    } else if let Some(view) = crate::runtime::typed_array::view_of(target.as_object()) {
        if view.is_detached() {
            return Err(super::typed_array::detached_error(
                vm,
                "Array Iterator.prototype.next",
            ));
        }
        view.length() as u32
    } else {
        let l = vm.get_named(target, "length")?;
        vm.to_integer(l)? as u32
    };
    let ObjectClass::ArrayIterator {
        target: t, index, ..
    } = &mut it.class
    else {
        unreachable!()
    };
    if i >= len {
        *t = Value::UNDEFINED;
        return Ok(vm.iter_result(Value::UNDEFINED, true));
    }
    *index = i + 1;
    let v = match kind {
        IterKind::Keys => Value::int(i as i32),
        IterKind::Values => vm.get(target, Key::Index(i))?,
        IterKind::Entries => {
            let v = vm.get(target, Key::Index(i))?;
            Value::object(vm.new_array(vec![Value::int(i as i32), v]))
        }
    };
    Ok(vm.iter_result(v, false))
}

fn string_iterator_next(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(mut it) = this.to_object_opt() else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let ObjectClass::StringIterator { target, index } = &mut it.class else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let units = target.units();
    let i = *index as usize;
    if i >= units.len() {
        return Ok(vm.iter_result(Value::UNDEFINED, true));
    }
    let n = if (0xD800..0xDC00).contains(&units[i])
        && i + 1 < units.len()
        && (0xDC00..0xE000).contains(&units[i + 1])
    {
        2
    } else {
        1
    };
    let piece: Box<[u16]> = units[i..i + n].into();
    *index += n as u32;
    let s = vm.new_string(piece);
    Ok(vm.iter_result(s, false))
}

fn collection_iterator_next(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(mut it) = this.to_object_opt() else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let ObjectClass::CollectionIterator {
        target,
        index,
        kind,
    } = &mut it.class
    else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let (t, kind) = (*target, *kind);
    if t.is_undefined() {
        return Ok(vm.iter_result(Value::UNDEFINED, true));
    }
    let table = match &t.as_object().class {
        ObjectClass::MapCollection(table) | ObjectClass::SetCollection(table) => {
            table.entries.clone()
        }
        _ => unreachable!(),
    };
    let is_set = matches!(t.as_object().class, ObjectClass::SetCollection(_));
    while (*index as usize) < table.len() {
        let (k, v) = table[*index as usize];
        *index += 1;
        if k.is_hole() {
            continue;
        }
        let r = match kind {
            IterKind::Keys => k,
            IterKind::Values => {
                if is_set {
                    k
                } else {
                    v
                }
            }
            IterKind::Entries => Value::object(vm.new_array(vec![k, if is_set { k } else { v }])),
        };
        return Ok(vm.iter_result(r, false));
    }
    *target = Value::UNDEFINED;
    Ok(vm.iter_result(Value::UNDEFINED, true))
}

fn generator_next(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.generator_resume(this, resume_mode::NEXT, arg(args, 0))
}
fn generator_return(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.generator_resume(this, resume_mode::RETURN, arg(args, 0))
}
fn generator_throw(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.generator_resume(this, resume_mode::THROW, arg(args, 0))
}
