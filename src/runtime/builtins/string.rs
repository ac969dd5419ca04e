//! String and String.prototype (common methods).

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::ObjectClass;
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let sp = vm.realm.intrinsics.string_prototype;
    let mut spm = sp;
    let empty = vm.intern("");
    spm.class = ObjectClass::String(empty);
    let ctor = super::install_constructor(vm, "String", string_ctor, 1, sp);
    vm.define_native(ctor, "fromCharCode", from_char_code, 1);
    for (name, f, n) in [
        ("charAt", char_at as crate::runtime::function::NativeFn, 1),
        ("charCodeAt", char_code_at, 1),
        ("codePointAt", code_point_at, 1),
        ("indexOf", index_of, 1),
        ("lastIndexOf", last_index_of, 1),
        ("includes", includes, 1),
        ("startsWith", starts_with, 1),
        ("endsWith", ends_with, 1),
        ("slice", slice, 2),
        ("substring", substring, 2),
        ("substr", substr, 2),
        ("toUpperCase", to_upper, 0),
        ("toLowerCase", to_lower, 0),
        ("trim", trim, 0),
        ("trimStart", trim_start, 0),
        ("trimEnd", trim_end, 0),
        ("split", split, 2),
        ("repeat", repeat, 1),
        ("padStart", pad_start, 2),
        ("padEnd", pad_end, 2),
        ("concat", concat, 1),
        ("replace", replace, 2),
        ("replaceAll", replace_all, 2),
        ("at", at, 1),
        ("toString", to_string, 0),
        ("valueOf", to_string, 0),
    ] {
        vm.define_native(sp, name, f, n);
    }
    let it = vm.new_native_function("[Symbol.iterator]", iterator, 0, false);
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.iterator));
    vm.define_data(sp, k, Value::object(it), Attrs::HIDDEN);
}

fn string_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let s = if args.is_empty() {
        Value::string(vm.intern(""))
    } else if args[0].is_symbol() && new_target.is_undefined() {
        let d = vm.to_display_string(args[0]);
        vm.str(&d)
    } else {
        Value::string(vm.to_string(args[0])?)
    };
    if new_target.is_undefined() { Ok(s) } else { vm.to_object(s) }
}

fn from_char_code(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut units = Vec::new();
    for &a in args {
        units.push(vm.to_uint32(a)? as u16);
    }
    Ok(vm.new_string(units.into_boxed_slice()))
}

fn this_units(vm: &mut Vm, this: Value) -> JsResult<Vec<u16>> {
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype method called on null or undefined"));
    }
    if let Some(o) = this.to_object_opt() {
        if let ObjectClass::String(s) = &o.class {
            return Ok(s.units().to_vec());
        }
    }
    Ok(vm.to_string(this)?.units().to_vec())
}

fn units_of(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    Ok(vm.to_string(v)?.units().to_vec())
}

fn find(h: &[u16], n: &[u16], from: usize) -> Option<usize> {
    if n.is_empty() {
        return Some(from.min(h.len()));
    }
    (from..=h.len().saturating_sub(n.len())).find(|&i| i + n.len() <= h.len() && &h[i..i + n.len()] == n)
}

fn char_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let i = vm.to_integer(arg(args, 0))?;
    if i < 0.0 || i as usize >= s.len() {
        return Ok(Value::string(vm.intern("")));
    }
    Ok(vm.new_string(Box::new([s[i as usize]])))
}

fn char_code_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let i = vm.to_integer(arg(args, 0))?;
    if i < 0.0 || i as usize >= s.len() {
        return Ok(Value::double(f64::NAN));
    }
    Ok(Value::int(s[i as usize] as i32))
}

fn code_point_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let i = vm.to_integer(arg(args, 0))?;
    if i < 0.0 || i as usize >= s.len() {
        return Ok(Value::UNDEFINED);
    }
    let i = i as usize;
    let c = char::decode_utf16(s[i..].iter().copied()).next().unwrap();
    Ok(Value::int(match c {
        Ok(c) => c as i32,
        Err(e) => e.unpaired_surrogate() as i32,
    }))
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = units_of(vm, arg(args, 0))?;
    let from = vm.to_integer(arg(args, 1))?.max(0.0) as usize;
    Ok(Value::int(find(&s, &n, from).map_or(-1, |i| i as i32)))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = units_of(vm, arg(args, 0))?;
    let r = (0..=s.len().saturating_sub(n.len())).rev().find(|&i| i + n.len() <= s.len() && s[i..i + n.len()] == n[..]);
    Ok(Value::int(r.map_or(-1, |i| i as i32)))
}

fn includes(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = units_of(vm, arg(args, 0))?;
    Ok(Value::bool(find(&s, &n, 0).is_some()))
}

fn starts_with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = units_of(vm, arg(args, 0))?;
    let p = vm.to_integer(arg(args, 1))?.max(0.0) as usize;
    Ok(Value::bool(p <= s.len() && s[p..].starts_with(&n)))
}

fn ends_with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = units_of(vm, arg(args, 0))?;
    let end = if arg(args, 1).is_undefined() { s.len() } else { (vm.to_integer(args[1])?.max(0.0) as usize).min(s.len()) };
    Ok(Value::bool(s[..end].ends_with(&n)))
}

fn clamp_index(vm: &mut Vm, v: Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let i = vm.to_integer(v)?;
    Ok(if i < 0.0 { (len as f64 + i).max(0.0) as usize } else { (i as usize).min(len) })
}

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let a = clamp_index(vm, arg(args, 0), s.len(), 0)?;
    let b = clamp_index(vm, arg(args, 1), s.len(), s.len())?;
    Ok(vm.new_string(s[a..b.max(a)].into()))
}

fn substring(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let a = (vm.to_integer(arg(args, 0))?.max(0.0) as usize).min(s.len());
    let b = if arg(args, 1).is_undefined() { s.len() } else { (vm.to_integer(args[1])?.max(0.0) as usize).min(s.len()) };
    let (a, b) = if a > b { (b, a) } else { (a, b) };
    Ok(vm.new_string(s[a..b].into()))
}

fn substr(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let a = clamp_index(vm, arg(args, 0), s.len(), 0)?;
    let n = if arg(args, 1).is_undefined() { s.len() } else { vm.to_integer(args[1])?.max(0.0) as usize };
    let b = (a + n).min(s.len());
    Ok(vm.new_string(s[a..b].into()))
}

fn map_string(vm: &mut Vm, this: Value, f: impl Fn(&str) -> String) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let r = f(&String::from_utf16_lossy(&s));
    Ok(vm.str(&r))
}

fn to_upper(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    map_string(vm, this, |s| s.to_uppercase())
}
fn to_lower(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    map_string(vm, this, |s| s.to_lowercase())
}
fn is_js_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}
fn trim(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    map_string(vm, this, |s| s.trim_matches(is_js_space).to_string())
}
fn trim_start(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    map_string(vm, this, |s| s.trim_start_matches(is_js_space).to_string())
}
fn trim_end(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    map_string(vm, this, |s| s.trim_end_matches(is_js_space).to_string())
}

fn split(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let limit = if arg(args, 1).is_undefined() { u32::MAX } else { vm.to_uint32(args[1])? };
    let mut parts: Vec<Value> = Vec::new();
    if arg(args, 0).is_undefined() {
        parts.push(vm.new_string(s.into()));
    } else {
        let sep = units_of(vm, args[0])?;
        if sep.is_empty() {
            for &u in &s {
                parts.push(vm.new_string(Box::new([u])));
            }
        } else {
            let mut start = 0;
            while let Some(i) = find(&s, &sep, start) {
                if i + sep.len() > s.len() || (i == s.len() && start == s.len() && !s.is_empty()) {
                    break;
                }
                parts.push(vm.new_string(s[start..i].into()));
                start = i + sep.len();
            }
            parts.push(vm.new_string(s[start..].into()));
        }
    }
    parts.truncate(limit as usize);
    Ok(Value::object(vm.new_array(parts)))
}

fn repeat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = vm.to_integer(arg(args, 0))?;
    if n < 0.0 || n.is_infinite() {
        let d = vm.to_display_string(arg(args, 0));
        return Err(vm.range_error(&format!("Invalid count value: {d}")));
    }
    if s.len() as f64 * n > (1u64 << 29) as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    Ok(vm.new_string(s.repeat(n as usize).into()))
}

fn pad(vm: &mut Vm, this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let len = vm.to_integer(arg(args, 0))?.max(0.0) as usize;
    let fill = if arg(args, 1).is_undefined() { vec![b' ' as u16] } else { units_of(vm, args[1])? };
    if len <= s.len() || fill.is_empty() {
        return Ok(vm.new_string(s.into()));
    }
    let padding: Vec<u16> = fill.iter().copied().cycle().take(len - s.len()).collect();
    let out = if at_start { [padding, s].concat() } else { [s, padding].concat() };
    Ok(vm.new_string(out.into()))
}

fn pad_start(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    pad(vm, this, args, true)
}
fn pad_end(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    pad(vm, this, args, false)
}

fn concat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut s = this_units(vm, this)?;
    for &a in args {
        s.extend(units_of(vm, a)?);
    }
    Ok(vm.new_string(s.into()))
}

fn replace_impl(vm: &mut Vm, this: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let pat = units_of(vm, arg(args, 0))?;
    let replacement = arg(args, 1);
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(i) = find(&s, &pat, start) {
        out.extend_from_slice(&s[start..i]);
        if vm.is_callable(replacement) {
            let m = vm.new_string(pat.clone().into());
            let r = vm.call(replacement, Value::UNDEFINED, &[m, Value::int(i as i32), this])?;
            out.extend(units_of(vm, r)?);
        } else {
            out.extend(units_of(vm, replacement)?);
        }
        start = i + pat.len();
        if !all || start > s.len() {
            break;
        }
        if pat.is_empty() {
            if start < s.len() {
                out.push(s[start]);
            }
            start += 1;
        }
    }
    if start <= s.len() {
        out.extend_from_slice(&s[start..]);
    }
    Ok(vm.new_string(out.into()))
}

fn replace(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    replace_impl(vm, this, args, false)
}
fn replace_all(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    replace_impl(vm, this, args, true)
}

fn at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let i = vm.to_integer(arg(args, 0))?;
    let i = if i < 0.0 { s.len() as f64 + i } else { i };
    if i < 0.0 || i as usize >= s.len() {
        return Ok(Value::UNDEFINED);
    }
    Ok(vm.new_string(Box::new([s[i as usize]])))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if this.is_string() {
        return Ok(this);
    }
    if let Some(o) = this.to_object_opt() {
        if let ObjectClass::String(s) = &o.class {
            return Ok(Value::string(*s));
        }
    }
    Err(vm.type_error("String.prototype.toString requires that 'this' be a String"))
}

fn iterator(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = vm.to_string(this)?;
    let proto = Value::object(vm.realm.intrinsics.string_iterator_prototype);
    let it = vm.new_object_with_proto(proto, ObjectClass::StringIterator { target: s, index: 0 });
    Ok(Value::object(it))
}
