//! String and String.prototype.
//!
//! Strings are UTF-16 code units throughout; conversions to Rust strings
//! happen only where a Unicode operation (case mapping) needs chars, and
//! lone surrogates pass through those untouched.
//!
//! `match`, `matchAll`, `replace`, `replaceAll`, `search` and `split` first
//! hand an argument with the matching Symbol method (a RegExp) to it, as
//! the spec says; see `regexp.rs`.

use super::arg;
use super::keyed::prototype_from_new_target;
use super::regexp;
use crate::runtime::conversions::number_to_string;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::ObjectClass;
use crate::runtime::property::Key;
use crate::runtime::string::JsString;
use crate::runtime::symbol::Symbol;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// V8's longest string (`String::kMaxLength`).
const MAX_STRING_LENGTH: f64 = ((1 << 29) - 24) as f64;

pub fn install(vm: &mut Vm) {
    let sp = vm.realm.intrinsics.string_prototype;
    let mut spm = sp;
    let empty = vm.intern("");
    spm.class = ObjectClass::String(empty);
    let ctor = super::install_constructor(vm, "String", string_ctor, 1, sp);
    vm.define_native(ctor, "fromCharCode", from_char_code, 1);
    vm.define_native(ctor, "fromCodePoint", from_code_point, 1);
    vm.define_native(ctor, "raw", raw, 1);
    // Property order as in V8 (without the Annex B HTML methods).
    let methods: [(&str, NativeFn, u32); 37] = [
        ("at", at, 1),
        ("charAt", char_at, 1),
        ("charCodeAt", char_code_at, 1),
        ("codePointAt", code_point_at, 1),
        ("concat", concat, 1),
        ("endsWith", ends_with, 1),
        ("includes", includes, 1),
        ("indexOf", index_of, 1),
        ("isWellFormed", is_well_formed, 0),
        ("lastIndexOf", last_index_of, 1),
        ("localeCompare", locale_compare, 1),
        ("match", match_, 1),
        ("matchAll", match_all, 1),
        ("normalize", normalize, 0),
        ("padEnd", pad_end, 1),
        ("padStart", pad_start, 1),
        ("repeat", repeat, 1),
        ("replace", replace, 2),
        ("replaceAll", replace_all, 2),
        ("search", search, 1),
        ("slice", slice, 2),
        ("split", split, 2),
        ("substr", substr, 2),
        ("substring", substring, 2),
        ("startsWith", starts_with, 1),
        ("toString", to_string, 0),
        ("toWellFormed", to_well_formed, 0),
        ("trim", trim, 0),
        ("trimStart", trim_start, 0),
        ("trimLeft", trim_start, 0),
        ("trimEnd", trim_end, 0),
        ("trimRight", trim_end, 0),
        ("toLocaleLowerCase", to_lower, 0),
        ("toLocaleUpperCase", to_upper, 0),
        ("toLowerCase", to_lower, 0),
        ("toUpperCase", to_upper, 0),
        ("valueOf", value_of, 0),
    ];
    let mut trim_start_fn = Value::UNDEFINED;
    let mut trim_end_fn = Value::UNDEFINED;
    for (name, f, n) in methods {
        // trimLeft and trimRight are the same functions as trimStart and
        // trimEnd (Annex B).
        match name {
            "trimLeft" => vm.define_value(sp, name, trim_start_fn, Attrs::HIDDEN),
            "trimRight" => vm.define_value(sp, name, trim_end_fn, Attrs::HIDDEN),
            _ => {
                let f = Value::object(vm.define_native(sp, name, f, n));
                match name {
                    "trimStart" => trim_start_fn = f,
                    "trimEnd" => trim_end_fn = f,
                    "charCodeAt" => vm.realm.char_code_at = f,
                    _ => {}
                }
            }
        }
    }
    let it = vm.new_native_function("[Symbol.iterator]", iterator, 0, false);
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.iterator));
    vm.define_data(sp, k, Value::object(it), Attrs::HIDDEN);
    for (k, &(name, _, attribute)) in HTML_METHODS.iter().enumerate() {
        vm.define_native(sp, name, HTML[k], u32::from(!attribute.is_empty()));
    }
}

// ---- Annex B HTML methods ----

/// (method, tag, attribute): `"x".anchor("n")` is `<a name="n">x</a>`.
const HTML_METHODS: [(&str, &str, &str); 13] = [
    ("anchor", "a", "name"),
    ("big", "big", ""),
    ("blink", "blink", ""),
    ("bold", "b", ""),
    ("fixed", "tt", ""),
    ("fontcolor", "font", "color"),
    ("fontsize", "font", "size"),
    ("italics", "i", ""),
    ("link", "a", "href"),
    ("small", "small", ""),
    ("strike", "strike", ""),
    ("sub", "sub", ""),
    ("sup", "sup", ""),
];

const HTML: [NativeFn; 13] = [
    html::<0>, html::<1>, html::<2>, html::<3>, html::<4>, html::<5>, html::<6>, html::<7>,
    html::<8>, html::<9>, html::<10>, html::<11>, html::<12>,
];

/// CreateHTML: the string in a tag, with the argument as the attribute's
/// value (double quotes escaped).
fn html<const K: usize>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (method, tag, attribute) = HTML_METHODS[K];
    let s = this_str(vm, this, method)?;
    let mut out: Vec<u16> = format!("<{tag}").encode_utf16().collect();
    if !attribute.is_empty() {
        let value = vm.to_string(arg(args, 0))?;
        out.extend(format!(" {attribute}=\"").encode_utf16());
        for &u in value.units() {
            match u {
                0x22 => out.extend("&quot;".encode_utf16()),
                _ => out.push(u),
            }
        }
        out.push(0x22);
    }
    out.push(u16::from(b'>'));
    out.extend_from_slice(s.units());
    out.extend(format!("</{tag}>").encode_utf16());
    Ok(vm.new_string(out.into_boxed_slice()))
}

// ---- the constructor and statics ----

fn string_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let s = if args.is_empty() {
        vm.intern("")
    } else if args[0].is_symbol() && new_target.is_undefined() {
        // String(symbol) describes it; other conversions throw.
        let d = vm.to_display_string(args[0]);
        vm.intern(&d)
    } else {
        vm.to_string(args[0])?
    };
    if new_target.is_undefined() {
        return Ok(Value::string(s));
    }
    let fallback = vm.realm.intrinsics.string_prototype;
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    Ok(Value::object(
        vm.new_object_with_proto(proto, ObjectClass::String(s)),
    ))
}

fn from_char_code(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        units.push(vm.to_uint32(a)? as u16);
    }
    Ok(vm.new_string(units.into_boxed_slice()))
}

fn from_code_point(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        let cp = vm.to_number(a)?;
        if cp.trunc() != cp || !(0.0..=0x10FFFF as f64).contains(&cp) {
            let shown = number_to_string(cp);
            return Err(vm.range_error(&format!("Invalid code point {shown}")));
        }
        push_code_point(&mut units, cp as u32);
    }
    Ok(vm.new_string(units.into_boxed_slice()))
}

/// UTF16EncodeCodePoint.
fn push_code_point(units: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        units.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        units.push(0xD800 + (c >> 10) as u16);
        units.push(0xDC00 + (c & 0x3FF) as u16);
    }
}

fn raw(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cooked = vm.to_object(arg(args, 0))?;
    let raw = vm.get_named(cooked, "raw")?;
    let raw = vm.to_object(raw)?;
    let count = super::function::length_of_array_like(vm, raw)? as u64;
    let substitutions = args.get(1..).unwrap_or(&[]);
    let mut out: Vec<u16> = Vec::new();
    for i in 0..count {
        let key = if i < u32::MAX as u64 {
            Key::Index(i as u32)
        } else {
            vm.key_from_str(&i.to_string())
        };
        let segment = vm.get(raw, key)?;
        out.extend_from_slice(vm.to_string(segment)?.units());
        if i + 1 == count {
            break;
        }
        if let Some(&sub) = substitutions.get(i as usize) {
            out.extend_from_slice(vm.to_string(sub)?.units());
        }
    }
    Ok(vm.new_string(out.into_boxed_slice()))
}

// ---- helpers ----

/// RequireObjectCoercible(this), with V8's message naming the method.
fn require_coercible(vm: &mut Vm, this: Value, method: &str) -> JsResult<()> {
    if this.is_nullish() {
        return Err(vm.type_error(&format!(
            "String.prototype.{method} called on null or undefined"
        )));
    }
    Ok(())
}

/// RequireObjectCoercible(this) and ToString.
fn this_str(vm: &mut Vm, this: Value, method: &str) -> JsResult<Gc<JsString>> {
    if this.is_string() {
        return Ok(this.as_string());
    }
    require_coercible(vm, this, method)?;
    vm.to_string(this)
}

fn string_arg(vm: &mut Vm, args: &[Value], i: usize) -> JsResult<Gc<JsString>> {
    vm.to_string(arg(args, i))
}

fn substring_value(vm: &mut Vm, s: Gc<JsString>, from: usize, to: usize) -> Value {
    if from == 0 && to == s.len() {
        return Value::string(s);
    }
    vm.new_string(s.units()[from..to].into())
}

fn unit_string(vm: &mut Vm, u: u16) -> Value {
    vm.new_string(Box::new([u]))
}

/// StringIndexOf: the first match of `needle` at or after `from`.
fn index_of_units(h: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= h.len()).then_some(from);
    }
    if needle.len() > h.len() {
        return None;
    }
    (from..=h.len() - needle.len()).find(|&i| h[i..].starts_with(needle))
}

/// A position argument: ToIntegerOrInfinity clamped to `0..=len`.
fn clamped_position(vm: &mut Vm, v: Value, len: usize) -> JsResult<usize> {
    let i = vm.to_integer(v)?;
    Ok(i.clamp(0.0, len as f64) as usize)
}

/// A relative index (negative counts from the end) clamped to `0..=len`;
/// `undefined` gives `default`.
fn relative(vm: &mut Vm, v: Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let i = vm.to_integer(v)?;
    Ok(if i < 0.0 {
        (len as f64 + i).max(0.0) as usize
    } else {
        i.min(len as f64) as usize
    })
}

pub(super) fn check_length(vm: &mut Vm, len: f64) -> JsResult<()> {
    if len > MAX_STRING_LENGTH {
        return Err(vm.range_error("Invalid string length"));
    }
    Ok(())
}

// ---- characters ----

/// The code unit index a position argument names, if inside the string.
fn position(vm: &mut Vm, v: Value, len: usize) -> JsResult<Option<usize>> {
    let i = vm.to_integer(v)?;
    Ok((i >= 0.0 && i < len as f64).then_some(i as usize))
}

fn char_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "charAt")?;
    Ok(match position(vm, arg(args, 0), s.len())? {
        Some(i) => unit_string(vm, s.units()[i]),
        None => Value::string(vm.intern("")),
    })
}

fn char_code_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "charCodeAt")?;
    Ok(match position(vm, arg(args, 0), s.len())? {
        Some(i) => Value::int(s.units()[i] as i32),
        None => Value::double(f64::NAN),
    })
}

/// The code point starting at `i` (a lone surrogate stands for itself).
fn code_point_at_index(units: &[u16], i: usize) -> u32 {
    let first = units[i];
    if (0xD800..0xDC00).contains(&first)
        && let Some(&second) = units.get(i + 1)
        && (0xDC00..0xE000).contains(&second)
    {
        return 0x10000 + (((first as u32) - 0xD800) << 10) + ((second as u32) - 0xDC00);
    }
    first as u32
}

fn code_point_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "codePointAt")?;
    Ok(match position(vm, arg(args, 0), s.len())? {
        Some(i) => Value::int(code_point_at_index(s.units(), i) as i32),
        None => Value::UNDEFINED,
    })
}

fn at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "at")?;
    let i = vm.to_integer(arg(args, 0))?;
    let k = if i < 0.0 { s.len() as f64 + i } else { i };
    if k < 0.0 || k >= s.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(unit_string(vm, s.units()[k as usize]))
}

// ---- searching ----

fn index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "indexOf")?;
    let needle = string_arg(vm, args, 0)?;
    let from = clamped_position(vm, arg(args, 1), s.len())?;
    Ok(Value::int(
        index_of_units(s.units(), needle.units(), from).map_or(-1, |i| i as i32),
    ))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "lastIndexOf")?;
    let needle = string_arg(vm, args, 0)?;
    let n = vm.to_number(arg(args, 1))?;
    let pos = if n.is_nan() { f64::INFINITY } else { n.trunc() };
    let (h, n) = (s.units(), needle.units());
    if n.len() > h.len() {
        return Ok(Value::int(-1));
    }
    let start = pos.clamp(0.0, (h.len() - n.len()) as f64) as usize;
    let found = (0..=start).rev().find(|&i| h[i..].starts_with(n));
    Ok(Value::int(found.map_or(-1, |i| i as i32)))
}

/// The search string of includes, startsWith and endsWith, which refuse a
/// regular expression.
fn search_string(vm: &mut Vm, args: &[Value], method: &str) -> JsResult<Gc<JsString>> {
    if regexp::is_regexp(vm, arg(args, 0))? {
        return Err(vm.type_error(&format!(
            "First argument to String.prototype.{method} must not be a regular expression"
        )));
    }
    string_arg(vm, args, 0)
}

fn includes(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "includes")?;
    let needle = search_string(vm, args, "includes")?;
    let from = clamped_position(vm, arg(args, 1), s.len())?;
    Ok(Value::bool(
        index_of_units(s.units(), needle.units(), from).is_some(),
    ))
}

fn starts_with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "startsWith")?;
    let needle = search_string(vm, args, "startsWith")?;
    let start = clamped_position(vm, arg(args, 1), s.len())?;
    Ok(Value::bool(s.units()[start..].starts_with(needle.units())))
}

fn ends_with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "endsWith")?;
    let needle = search_string(vm, args, "endsWith")?;
    let end = if arg(args, 1).is_undefined() {
        s.len()
    } else {
        clamped_position(vm, args[1], s.len())?
    };
    Ok(Value::bool(s.units()[..end].ends_with(needle.units())))
}

/// The first step of match, matchAll, replace, replaceAll, search and
/// split: an argument with a method for `symbol` (a RegExp, usually) does
/// the work, called with the receiver and `rest`.
fn delegate(
    vm: &mut Vm,
    this: Value,
    target: Value,
    symbol: Gc<Symbol>,
    rest: &[Value],
) -> JsResult<Option<Value>> {
    if target.is_nullish() {
        return Ok(None);
    }
    let method = regexp::get_method(vm, target, symbol)?;
    if method.is_undefined() {
        return Ok(None);
    }
    let mut args = vec![this];
    args.extend_from_slice(rest);
    vm.call(method, target, &args).map(Some)
}

fn match_(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    require_coercible(vm, this, "match")?;
    let symbol = vm.symbols.match_;
    if let Some(r) = delegate(vm, this, arg(args, 0), symbol, &[])? {
        return Ok(r);
    }
    let s = this_str(vm, this, "match")?;
    regexp::create_and_invoke(vm, arg(args, 0), "", symbol, s)
}

fn match_all(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    require_coercible(vm, this, "matchAll")?;
    let pattern = arg(args, 0);
    if !pattern.is_nullish() {
        regexp::require_global(vm, pattern, "matchAll")?;
    }
    let symbol = vm.symbols.match_all;
    if let Some(r) = delegate(vm, this, pattern, symbol, &[])? {
        return Ok(r);
    }
    let s = this_str(vm, this, "matchAll")?;
    regexp::create_and_invoke(vm, pattern, "g", symbol, s)
}

fn search(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    require_coercible(vm, this, "search")?;
    let symbol = vm.symbols.search;
    if let Some(r) = delegate(vm, this, arg(args, 0), symbol, &[])? {
        return Ok(r);
    }
    let s = this_str(vm, this, "search")?;
    regexp::create_and_invoke(vm, arg(args, 0), "", symbol, s)
}

// ---- replacing ----

/// GetSubstitution without captures: `$$`, `$&`, `` $` ``, `$'`; other
/// `$` sequences stay as written.
fn substitution(template: &[u16], matched: &[u16], s: &[u16], position: usize) -> Vec<u16> {
    let tail = (position + matched.len()).min(s.len());
    let mut out = Vec::with_capacity(template.len());
    let mut i = 0;
    while i < template.len() {
        let next = template.get(i + 1).copied();
        if template[i] == b'$' as u16
            && let Some(n) = next
        {
            let piece: Option<&[u16]> = match n {
                0x24 => Some(&[b'$' as u16]),
                0x26 => Some(matched),
                0x60 => Some(&s[..position]),
                0x27 => Some(&s[tail..]),
                _ => None,
            };
            if let Some(p) = piece {
                out.extend_from_slice(p);
                i += 2;
                continue;
            }
        }
        out.push(template[i]);
        i += 1;
    }
    out
}

/// replace and replaceAll with a string pattern: the match positions are
/// found first, then each replacement is computed (calling the replacer
/// function, if any, with match, position and string).
fn replace_impl(vm: &mut Vm, this: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let s = this_str(vm, this, if all { "replaceAll" } else { "replace" })?;
    let needle = string_arg(vm, args, 0)?;
    let replacer = arg(args, 1);
    let template = if vm.is_callable(replacer) {
        None
    } else {
        Some(vm.to_string(replacer)?)
    };
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(i) = index_of_units(s.units(), needle.units(), from) {
        positions.push(i);
        if !all {
            break;
        }
        from = i + needle.len().max(1);
    }
    if positions.is_empty() {
        return Ok(Value::string(s));
    }
    let roots = [
        Value::string(s),
        Value::string(needle),
        template.map_or(Value::UNDEFINED, Value::string),
    ];
    vm.with_roots(&roots, |vm| {
        let mut out: Vec<u16> = Vec::new();
        let mut end = 0;
        for p in positions {
            out.extend_from_slice(&s.units()[end..p]);
            match template {
                Some(t) => out.extend(substitution(t.units(), needle.units(), s.units(), p)),
                None => {
                    let r = vm.call(
                        replacer,
                        Value::UNDEFINED,
                        &[
                            Value::string(needle),
                            Value::int(p as i32),
                            Value::string(s),
                        ],
                    )?;
                    out.extend_from_slice(vm.to_string(r)?.units());
                }
            }
            end = p + needle.len();
        }
        out.extend_from_slice(&s.units()[end..]);
        check_length(vm, out.len() as f64)?;
        Ok(vm.new_string(out.into_boxed_slice()))
    })
}

fn replace(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    require_coercible(vm, this, "replace")?;
    let symbol = vm.symbols.replace;
    if let Some(r) = delegate(vm, this, arg(args, 0), symbol, &[arg(args, 1)])? {
        return Ok(r);
    }
    replace_impl(vm, this, args, false)
}

fn replace_all(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    require_coercible(vm, this, "replaceAll")?;
    let pattern = arg(args, 0);
    if !pattern.is_nullish() {
        regexp::require_global(vm, pattern, "replaceAll")?;
    }
    let symbol = vm.symbols.replace;
    if let Some(r) = delegate(vm, this, pattern, symbol, &[arg(args, 1)])? {
        return Ok(r);
    }
    replace_impl(vm, this, args, true)
}

fn split(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    require_coercible(vm, this, "split")?;
    let symbol = vm.symbols.split;
    if let Some(r) = delegate(vm, this, arg(args, 0), symbol, &[arg(args, 1)])? {
        return Ok(r);
    }
    let s = this_str(vm, this, "split")?;
    let limit = if arg(args, 1).is_undefined() {
        u32::MAX
    } else {
        vm.to_uint32(args[1])?
    };
    let separator = if arg(args, 0).is_undefined() {
        None
    } else {
        Some(string_arg(vm, args, 0)?)
    };
    let mut parts: Vec<Value> = Vec::new();
    if limit == 0 {
        return Ok(Value::object(vm.new_array(parts)));
    }
    let Some(sep) = separator else {
        return Ok(Value::object(vm.new_array(vec![Value::string(s)])));
    };
    let (h, n) = (s.units(), sep.units());
    if h.is_empty() {
        let parts = if n.is_empty() {
            Vec::new()
        } else {
            vec![Value::string(s)]
        };
        return Ok(Value::object(vm.new_array(parts)));
    }
    if n.is_empty() {
        // Every code unit on its own.
        let count = h.len().min(limit as usize);
        for &u in &h[..count] {
            parts.push(unit_string(vm, u));
        }
        return Ok(Value::object(vm.new_array(parts)));
    }
    let mut start = 0;
    while let Some(i) = index_of_units(h, n, start) {
        parts.push(vm.new_string(h[start..i].into()));
        if parts.len() == limit as usize {
            return Ok(Value::object(vm.new_array(parts)));
        }
        start = i + n.len();
    }
    parts.push(vm.new_string(h[start..].into()));
    Ok(Value::object(vm.new_array(parts)))
}

// ---- slicing and building ----

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "slice")?;
    let from = relative(vm, arg(args, 0), s.len(), 0)?;
    let to = relative(vm, arg(args, 1), s.len(), s.len())?;
    Ok(substring_value(vm, s, from, to.max(from)))
}

fn substring(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "substring")?;
    let a = clamped_position(vm, arg(args, 0), s.len())?;
    let b = if arg(args, 1).is_undefined() {
        s.len()
    } else {
        clamped_position(vm, args[1], s.len())?
    };
    Ok(substring_value(vm, s, a.min(b), a.max(b)))
}

fn substr(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "substr")?;
    let from = relative(vm, arg(args, 0), s.len(), 0)?;
    let count = if arg(args, 1).is_undefined() {
        s.len() as f64
    } else {
        vm.to_integer(args[1])?
    };
    let to = (from as f64 + count.max(0.0)).min(s.len() as f64) as usize;
    Ok(substring_value(vm, s, from, to.max(from)))
}

fn concat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "concat")?;
    let mut out = s.units().to_vec();
    for &a in args {
        out.extend_from_slice(vm.to_string(a)?.units());
        check_length(vm, out.len() as f64)?;
    }
    Ok(vm.new_string(out.into_boxed_slice()))
}

fn repeat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "repeat")?;
    let n = vm.to_number(arg(args, 0))?;
    let count = if n.is_nan() { 0.0 } else { n.trunc() };
    if count < 0.0 || count == f64::INFINITY {
        let shown = number_to_string(n);
        return Err(vm.range_error(&format!("Invalid count value: {shown}")));
    }
    if s.is_empty() || count == 0.0 {
        return Ok(Value::string(vm.intern("")));
    }
    check_length(vm, s.len() as f64 * count)?;
    Ok(vm.new_string(s.units().repeat(count as usize).into()))
}

fn pad(vm: &mut Vm, this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let s = this_str(vm, this, if at_start { "padStart" } else { "padEnd" })?;
    let max = vm.to_integer(arg(args, 0))?;
    if max <= s.len() as f64 {
        return Ok(Value::string(s));
    }
    let fill = if arg(args, 1).is_undefined() {
        vm.intern(" ")
    } else {
        string_arg(vm, args, 1)?
    };
    if fill.is_empty() {
        return Ok(Value::string(s));
    }
    check_length(vm, max)?;
    let padding = fill
        .units()
        .iter()
        .copied()
        .cycle()
        .take(max as usize - s.len());
    let out: Vec<u16> = if at_start {
        padding.chain(s.units().iter().copied()).collect()
    } else {
        s.units().iter().copied().chain(padding).collect()
    };
    Ok(vm.new_string(out.into_boxed_slice()))
}

fn pad_start(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    pad(vm, this, args, true)
}

fn pad_end(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    pad(vm, this, args, false)
}

// ---- whitespace and case ----

/// WhiteSpace and LineTerminator code points (all in the BMP).
fn is_js_whitespace(u: u16) -> bool {
    matches!(
        u,
        0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

fn trim_impl(vm: &mut Vm, this: Value, method: &str, start: bool, end: bool) -> JsResult<Value> {
    let s = this_str(vm, this, method)?;
    let u = s.units();
    let from = if start {
        u.iter()
            .position(|&c| !is_js_whitespace(c))
            .unwrap_or(u.len())
    } else {
        0
    };
    let to = if end {
        u.iter()
            .rposition(|&c| !is_js_whitespace(c))
            .map_or(from, |i| i + 1)
    } else {
        u.len()
    };
    Ok(substring_value(vm, s, from, to.max(from)))
}

fn trim(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    trim_impl(vm, this, "trim", true, true)
}

fn trim_start(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    trim_impl(vm, this, "trimStart", true, false)
}

fn trim_end(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    trim_impl(vm, this, "trimEnd", false, true)
}

/// Applies a Unicode mapping to the well-formed stretches of `units`,
/// passing lone surrogates through.
fn map_text(units: &[u16], f: impl Fn(&str) -> String) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    let mut text = String::new();
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => text.push(c),
            Err(e) => {
                out.extend(f(&text).encode_utf16());
                text.clear();
                out.push(e.unpaired_surrogate());
            }
        }
    }
    out.extend(f(&text).encode_utf16());
    out
}

fn change_case(vm: &mut Vm, this: Value, method: &str, upper: bool) -> JsResult<Value> {
    let s = this_str(vm, this, method)?;
    // ASCII needs no Unicode tables.
    if s.units().iter().all(|&u| u < 0x80) {
        let map = |u: &u16| {
            let b = *u as u8;
            (if upper {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }) as u16
        };
        let out: Vec<u16> = s.units().iter().map(map).collect();
        return Ok(vm.new_string(out.into_boxed_slice()));
    }
    let out = map_text(s.units(), |t| {
        if upper {
            t.to_uppercase()
        } else {
            t.to_lowercase()
        }
    });
    Ok(vm.new_string(out.into_boxed_slice()))
}

fn to_upper(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    change_case(vm, this, "toUpperCase", true)
}

fn to_lower(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    change_case(vm, this, "toLowerCase", false)
}

// ---- Unicode forms ----

fn is_well_formed(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "isWellFormed")?;
    Ok(Value::bool(
        char::decode_utf16(s.units().iter().copied()).all(|c| c.is_ok()),
    ))
}

fn to_well_formed(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "toWellFormed")?;
    let mut out = Vec::with_capacity(s.len());
    for c in char::decode_utf16(s.units().iter().copied()) {
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut buf = [0u16; 2];
        out.extend_from_slice(c.encode_utf16(&mut buf));
    }
    Ok(vm.new_string(out.into_boxed_slice()))
}

/// String.prototype.normalize.
fn normalize(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "normalize")?;
    let form = if arg(args, 0).is_undefined() {
        "NFC".to_string()
    } else {
        vm.to_rust_string(args[0])?
    };
    let form = match form.as_str() {
        "NFC" => Form::Nfc,
        "NFD" => Form::Nfd,
        "NFKC" => Form::Nfkc,
        "NFKD" => Form::Nfkd,
        _ => {
            let message = "The normalization form should be one of NFC, NFD, NFKC, NFKD.";
            return Err(vm.range_error(message));
        }
    };
    if s.units().iter().all(|&u| u < 0x80) {
        return Ok(Value::string(s));
    }
    let normalized = normalize_units(s.units(), form);
    Ok(vm.new_string(normalized.into_boxed_slice()))
}

/// A Unicode normalization form.
#[derive(Clone, Copy)]
pub(super) enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

/// `units` normalized: each run of well-formed text through the Unicode
/// tables; a lone surrogate stays where it is.
pub(super) fn normalize_units(units: &[u16], form: Form) -> Vec<u16> {
    use unicode_normalization::UnicodeNormalization;
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        let text: String = match form {
            Form::Nfc => run.nfc().collect(),
            Form::Nfd => run.nfd().collect(),
            Form::Nfkc => run.nfkc().collect(),
            Form::Nfkd => run.nfkd().collect(),
        };
        out.extend(text.encode_utf16());
        run.clear();
    };
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(lone) => {
                flush(&mut run, &mut out);
                out.push(lone.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// localeCompare: the root collation's order (`collation.rs`), as -1, 0
/// or 1; the locales and options arguments are not read (every locale
/// collates as the root one).
fn locale_compare(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_str(vm, this, "localeCompare")?;
    let that = string_arg(vm, args, 0)?;
    Ok(Value::int(
        match super::collation::compare(s.units(), that.units()) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        },
    ))
}

// ---- conversions and iteration ----

/// thisStringValue, with V8's message naming the method.
fn this_string_value(vm: &mut Vm, this: Value, method: &str) -> JsResult<Value> {
    if this.is_string() {
        return Ok(this);
    }
    if let Some(o) = this.to_object_opt()
        && let ObjectClass::String(s) = &o.class
    {
        return Ok(Value::string(*s));
    }
    Err(vm.type_error(&format!(
        "String.prototype.{method} requires that 'this' be a String"
    )))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    this_string_value(vm, this, "toString")
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    this_string_value(vm, this, "valueOf")
}

fn iterator(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype[Symbol.iterator] called on null or undefined"));
    }
    let s = vm.to_string(this)?;
    let proto = Value::object(vm.realm.intrinsics.string_iterator_prototype);
    let it = vm.new_object_with_proto(
        proto,
        ObjectClass::StringIterator {
            target: s,
            index: 0,
        },
    );
    Ok(Value::object(it))
}
