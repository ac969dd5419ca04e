//! Array and Array.prototype (the common methods; the rest in issue 3).

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::heap::Gc;
use crate::runtime::object::{IterKind, JsObject, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let ap = vm.realm.intrinsics.array_prototype;
    let ctor = super::install_constructor(vm, "Array", array_ctor, 1, ap);
    vm.define_native(ctor, "isArray", is_array, 1);
    vm.define_native(ctor, "of", of, 0);
    vm.define_native(ctor, "from", from, 1);
    for (name, f, n) in [
        ("push", push as crate::runtime::function::NativeFn, 1),
        ("pop", pop, 0),
        ("shift", shift, 0),
        ("unshift", unshift, 1),
        ("slice", slice, 2),
        ("splice", splice, 2),
        ("concat", concat, 1),
        ("join", join, 1),
        ("reverse", reverse, 0),
        ("indexOf", index_of, 1),
        ("lastIndexOf", last_index_of, 1),
        ("includes", includes, 1),
        ("forEach", for_each, 1),
        ("map", map, 1),
        ("filter", filter, 1),
        ("reduce", reduce, 1),
        ("reduceRight", reduce_right, 1),
        ("some", some, 1),
        ("every", every, 1),
        ("find", find, 1),
        ("findIndex", find_index, 1),
        ("sort", sort, 1),
        ("fill", fill, 1),
        ("keys", keys, 0),
        ("entries", entries, 0),
        ("toString", to_string, 0),
        ("flat", flat, 0),
    ] {
        vm.define_native(ap, name, f, n);
    }
    let values = vm.define_native(ap, "values", values, 0);
    vm.realm.array_values = Value::object(values);
    let k = Key::Prop(crate::runtime::map::PropertyKey::Symbol(vm.symbols.iterator));
    vm.define_data(ap, k, Value::object(values), crate::runtime::map::Attrs::HIDDEN);
}

fn array_ctor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if args.len() == 1 && args[0].is_number() {
        let n = args[0].as_number();
        if n < 0.0 || n.fract() != 0.0 || n > u32::MAX as f64 {
            return Err(vm.range_error("Invalid array length"));
        }
        let a = vm.new_array(Vec::new());
        vm.truncate_or_extend(a, n as u32);
        return Ok(Value::object(a));
    }
    Ok(Value::object(vm.new_array(args.to_vec())))
}

fn is_array(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).to_object_opt().is_some_and(|o| o.is_array())))
}

fn of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::object(vm.new_array(args.to_vec())))
}

fn from(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let src = arg(args, 0);
    let f = arg(args, 1);
    let iter = vm.get(src, Key::Prop(crate::runtime::map::PropertyKey::Symbol(vm.symbols.iterator)));
    let arr = if matches!(iter, Ok(i) if !i.is_nullish()) {
        vm.iterable_to_list(src)?
    } else {
        let items = super::function::array_like_to_vec(vm, src)?;
        vm.new_array(items)
    };
    if vm.is_callable(f) {
        for i in 0..arr.array_length() {
            let v = vm.get(Value::object(arr), Key::Index(i))?;
            let r = vm.call(f, arg(args, 2), &[v, Value::int(i as i32)])?;
            vm.set_element(arr, i, r);
        }
    }
    Ok(Value::object(arr))
}

/// `this` as an object and its length.
fn this_array(vm: &mut Vm, this: Value) -> JsResult<(Value, u32)> {
    let o = vm.to_object(this)?;
    let len = if o.as_object().is_array() {
        o.as_object().array_length()
    } else {
        let l = vm.get_named(o, "length")?;
        vm.to_integer(l)?.clamp(0.0, u32::MAX as f64) as u32
    };
    Ok((o, len))
}

fn get_index(vm: &mut Vm, o: Value, i: u32) -> JsResult<Value> {
    vm.get(o, Key::Index(i))
}

fn has_index(vm: &mut Vm, o: Value, i: u32) -> bool {
    vm.has_property(o.as_object(), Key::Index(i))
}

fn set_length(vm: &mut Vm, o: Value, len: u32) -> JsResult<()> {
    if o.as_object().is_array() {
        vm.truncate_or_extend(o.as_object(), len);
        Ok(())
    } else {
        vm.set(o, Key::Prop(vm.realm.names.length), Value::number(len as f64), true)
    }
}

fn push(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    for (i, &v) in args.iter().enumerate() {
        vm.set(o, Key::Index(len + i as u32), v, true)?;
    }
    let n = len + args.len() as u32;
    set_length(vm, o, n)?;
    Ok(Value::number(n as f64))
}

fn pop(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    if len == 0 {
        set_length(vm, o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let v = get_index(vm, o, len - 1)?;
    vm.delete(o.as_object(), Key::Index(len - 1), true)?;
    set_length(vm, o, len - 1)?;
    Ok(v)
}

fn shift(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    if len == 0 {
        return Ok(Value::UNDEFINED);
    }
    let first = get_index(vm, o, 0)?;
    let mut obj = o.as_object();
    if obj.is_array() && obj.sparse.is_none() && obj.elements.len() == len as usize {
        obj.elements.remove(0);
        vm.truncate_or_extend(obj, len - 1);
        return Ok(if first.is_hole() { Value::UNDEFINED } else { first });
    }
    for i in 1..len {
        if has_index(vm, o, i) {
            let v = get_index(vm, o, i)?;
            vm.set(o, Key::Index(i - 1), v, true)?;
        } else {
            vm.delete(obj, Key::Index(i - 1), true)?;
        }
    }
    vm.delete(obj, Key::Index(len - 1), true)?;
    set_length(vm, o, len - 1)?;
    Ok(first)
}

fn unshift(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let n = args.len() as u32;
    for i in (0..len).rev() {
        if has_index(vm, o, i) {
            let v = get_index(vm, o, i)?;
            vm.set(o, Key::Index(i + n), v, true)?;
        } else {
            vm.delete(o.as_object(), Key::Index(i + n), true)?;
        }
    }
    for (i, &v) in args.iter().enumerate() {
        vm.set(o, Key::Index(i as u32), v, true)?;
    }
    set_length(vm, o, len + n)?;
    Ok(Value::number((len + n) as f64))
}

fn relative(vm: &mut Vm, v: Value, len: u32, default: u32) -> JsResult<u32> {
    if v.is_undefined() {
        return Ok(default);
    }
    let r = vm.to_integer(v)?;
    Ok(if r < 0.0 { (len as f64 + r).max(0.0) as u32 } else { r.min(len as f64) as u32 })
}

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let start = relative(vm, arg(args, 0), len, 0)?;
    let end = relative(vm, arg(args, 1), len, len)?;
    let result = vm.new_array(Vec::new());
    let mut n = 0;
    for i in start..end.max(start) {
        if has_index(vm, o, i) {
            let v = get_index(vm, o, i)?;
            vm.set_element(result, n, v);
        }
        n += 1;
    }
    vm.truncate_or_extend(result, n);
    Ok(Value::object(result))
}

fn splice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let start = relative(vm, arg(args, 0), len, 0)?;
    let delete = if args.is_empty() {
        0
    } else if args.len() == 1 {
        len - start
    } else {
        (vm.to_integer(args[1])?.max(0.0) as u32).min(len - start)
    };
    let items: Vec<Value> = args.iter().skip(2).copied().collect();
    let mut all = Vec::with_capacity(len as usize);
    for i in 0..len {
        all.push(get_index(vm, o, i)?);
    }
    let removed: Vec<Value> = all.splice(start as usize..(start + delete) as usize, items).collect();
    for (i, v) in all.iter().enumerate() {
        vm.set(o, Key::Index(i as u32), *v, true)?;
    }
    set_length(vm, o, all.len() as u32)?;
    Ok(Value::object(vm.new_array(removed)))
}

fn concat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let result = vm.new_array(Vec::new());
    let mut n = 0u32;
    for item in std::iter::once(o).chain(args.iter().copied()) {
        if item.to_object_opt().is_some_and(|a| a.is_array()) {
            let len = item.as_object().array_length();
            for i in 0..len {
                if has_index(vm, item, i) {
                    let v = get_index(vm, item, i)?;
                    vm.set_element(result, n + i, v);
                }
            }
            n += len;
            vm.truncate_or_extend(result, n);
        } else {
            vm.set_element(result, n, item);
            n += 1;
        }
    }
    Ok(Value::object(result))
}

pub fn join_values(vm: &mut Vm, this: Value, sep: &str) -> JsResult<String> {
    let (o, len) = this_array(vm, this)?;
    let mut s = String::new();
    for i in 0..len {
        if i > 0 {
            s.push_str(sep);
        }
        let v = get_index(vm, o, i)?;
        if !v.is_nullish() {
            s.push_str(&vm.to_rust_string(v)?);
        }
    }
    Ok(s)
}

fn join(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let sep = if arg(args, 0).is_undefined() { ",".to_string() } else { vm.to_rust_string(args[0])? };
    let s = join_values(vm, this, &sep)?;
    Ok(vm.str(&s))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = join_values(vm, this, ",")?;
    Ok(vm.str(&s))
}

fn reverse(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let mut vals = Vec::new();
    for i in 0..len {
        vals.push(get_index(vm, o, i)?);
    }
    for (i, v) in vals.into_iter().rev().enumerate() {
        vm.set(o, Key::Index(i as u32), v, true)?;
    }
    Ok(o)
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let start = relative(vm, arg(args, 1), len, 0)?;
    for i in start..len {
        if has_index(vm, o, i) {
            let v = get_index(vm, o, i)?;
            if vm.strict_equals(v, arg(args, 0)) {
                return Ok(Value::int(i as i32));
            }
        }
    }
    Ok(Value::int(-1))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    for i in (0..len).rev() {
        let v = get_index(vm, o, i)?;
        if vm.strict_equals(v, arg(args, 0)) {
            return Ok(Value::int(i as i32));
        }
    }
    Ok(Value::int(-1))
}

fn includes(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    for i in 0..len {
        let v = get_index(vm, o, i)?;
        if vm.same_value_zero(v, arg(args, 0)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn callback(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        let d = vm.to_display_string(f);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    Ok(f)
}

/// Runs `f(element, index, array)` over present elements; `visit` sees the
/// index, element and result and says whether to go on.
fn each(vm: &mut Vm, this: Value, args: &[Value], mut visit: impl FnMut(&mut Vm, u32, Value, Value) -> JsResult<bool>) -> JsResult<()> {
    let (o, len) = this_array(vm, this)?;
    let f = callback(vm, args)?;
    let this_arg = arg(args, 1);
    for i in 0..len {
        if !has_index(vm, o, i) {
            continue;
        }
        let v = get_index(vm, o, i)?;
        let r = vm.call(f, this_arg, &[v, Value::int(i as i32), o])?;
        if !visit(vm, i, v, r)? {
            break;
        }
    }
    Ok(())
}

fn for_each(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    each(vm, this, args, |_, _, _, _| Ok(true))?;
    Ok(Value::UNDEFINED)
}

fn map(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (_, len) = this_array(vm, this)?;
    let result = vm.new_array(Vec::new());
    vm.truncate_or_extend(result, len);
    vm.with_roots(&[Value::object(result)], |vm| {
        each(vm, this, args, |vm, i, _, r| {
            vm.set_element(result, i, r);
            Ok(true)
        })
    })?;
    Ok(Value::object(result))
}

fn filter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let result = vm.new_array(Vec::new());
    vm.with_roots(&[Value::object(result)], |vm| {
        each(vm, this, args, |vm, _, v, r| {
            if vm.to_boolean(r) {
                let len = result.array_length();
                vm.set_element(result, len, v);
            }
            Ok(true)
        })
    })?;
    Ok(Value::object(result))
}

fn some(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut found = false;
    each(vm, this, args, |vm, _, _, r| {
        found = vm.to_boolean(r);
        Ok(!found)
    })?;
    Ok(Value::bool(found))
}

fn every(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut all = true;
    each(vm, this, args, |vm, _, _, r| {
        all = vm.to_boolean(r);
        Ok(all)
    })?;
    Ok(Value::bool(all))
}

fn find_generic(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Option<(u32, Value)>> {
    let (o, len) = this_array(vm, this)?;
    let f = callback(vm, args)?;
    for i in 0..len {
        let v = get_index(vm, o, i)?;
        let r = vm.call(f, arg(args, 1), &[v, Value::int(i as i32), o])?;
        if vm.to_boolean(r) {
            return Ok(Some((i, v)));
        }
    }
    Ok(None)
}

fn find(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(find_generic(vm, this, args)?.map_or(Value::UNDEFINED, |(_, v)| v))
}

fn find_index(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::int(find_generic(vm, this, args)?.map_or(-1, |(i, _)| i as i32)))
}

fn reduce_impl(vm: &mut Vm, this: Value, args: &[Value], reverse: bool) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let f = callback(vm, args)?;
    let order: Vec<u32> = if reverse { (0..len).rev().collect() } else { (0..len).collect() };
    let mut acc = None;
    if args.len() > 1 {
        acc = Some(args[1]);
    }
    for i in order {
        if !has_index(vm, o, i) {
            continue;
        }
        let v = get_index(vm, o, i)?;
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(f, Value::UNDEFINED, &[a, v, Value::int(i as i32), o])?,
        });
    }
    match acc {
        Some(a) => Ok(a),
        None => Err(vm.type_error("Reduce of empty array with no initial value")),
    }
}

fn reduce(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    reduce_impl(vm, this, args, false)
}

fn reduce_right(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    reduce_impl(vm, this, args, true)
}

fn sort(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let cmp = arg(args, 0);
    let mut vals = Vec::new();
    let mut holes = 0;
    for i in 0..len {
        if has_index(vm, o, i) {
            vals.push(get_index(vm, o, i)?);
        } else {
            holes += 1;
        }
    }
    let undefs = vals.iter().filter(|v| v.is_undefined()).count();
    vals.retain(|v| !v.is_undefined());
    // Keep the values reachable while the comparator runs.
    let keep = vm.new_array(vals.clone());
    let sorted = vm.with_roots(&[Value::object(keep)], |vm| merge_sort(vm, vals, cmp))?;
    let mut i = 0;
    for v in sorted {
        vm.set(o, Key::Index(i), v, true)?;
        i += 1;
    }
    for _ in 0..undefs {
        vm.set(o, Key::Index(i), Value::UNDEFINED, true)?;
        i += 1;
    }
    for _ in 0..holes {
        vm.delete(o.as_object(), Key::Index(i), true)?;
        i += 1;
    }
    Ok(o)
}

/// A stable merge sort (the spec requires stability).
fn merge_sort(vm: &mut Vm, v: Vec<Value>, cmp: Value) -> JsResult<Vec<Value>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    let mid = v.len() / 2;
    let right = merge_sort(vm, v[mid..].to_vec(), cmp)?;
    let left = merge_sort(vm, v[..mid].to_vec(), cmp)?;
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        let greater = if cmp.is_undefined() {
            let a = vm.to_string(left[i])?;
            let b = vm.to_string(right[j])?;
            a.units() > b.units()
        } else {
            let r = vm.call(cmp, Value::UNDEFINED, &[left[i], right[j]])?;
            vm.to_number(r)? > 0.0
        };
        if greater {
            out.push(right[j]);
            j += 1;
        } else {
            out.push(left[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

fn fill(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, len) = this_array(vm, this)?;
    let start = relative(vm, arg(args, 1), len, 0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    for i in start..end {
        vm.set(o, Key::Index(i), arg(args, 0), true)?;
    }
    Ok(o)
}

fn flat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let depth = if arg(args, 0).is_undefined() { 1.0 } else { vm.to_integer(args[0])? };
    let result = vm.new_array(Vec::new());
    flatten(vm, result, this, depth)?;
    Ok(Value::object(result))
}

fn flatten(vm: &mut Vm, result: Gc<JsObject>, source: Value, depth: f64) -> JsResult<()> {
    let (o, len) = this_array(vm, source)?;
    for i in 0..len {
        if !has_index(vm, o, i) {
            continue;
        }
        let v = get_index(vm, o, i)?;
        if depth > 0.0 && v.to_object_opt().is_some_and(|a| a.is_array()) {
            flatten(vm, result, v, depth - 1.0)?;
        } else {
            let n = result.array_length();
            vm.set_element(result, n, v);
        }
    }
    Ok(())
}

fn make_iterator(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let proto = Value::object(vm.realm.intrinsics.array_iterator_prototype);
    let it = vm.new_object_with_proto(proto, ObjectClass::ArrayIterator { target: o, index: 0, kind });
    Ok(Value::object(it))
}

fn values(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iterator(vm, this, IterKind::Values)
}
fn keys(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iterator(vm, this, IterKind::Keys)
}
fn entries(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iterator(vm, this, IterKind::Entries)
}
