//! RegExp, RegExp.prototype and %RegExpStringIteratorPrototype%, on the
//! `regress` backtracking engine.
//!
//! Strings are UTF-16, and so is matching: in Unicode mode (`u`, `v`) the
//! pattern and the input are read as code points (`find_from_utf16`),
//! otherwise as code units (`find_from_ucs2`), so that without `u` a
//! surrogate pair is two characters, as JavaScript says. Match positions
//! are code unit offsets either way.
//!
//! The Symbol methods (`[Symbol.replace]` and friends) are the spec's
//! generic algorithms over `exec`, so subclasses and regexp-like objects
//! behave as in V8. `split` alone takes a shortcut when its splitter is a
//! plain RegExp with the builtin `exec`, where the shortcut is
//! unobservable: the spec tries a sticky match at every position, which
//! costs quadratic time with a matcher that can only search forward.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use regress::Regex;

use super::arg;
use super::function::length_of_array_like;
use super::keyed::{incompatible_receiver, prototype_from_new_target};
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::{Key, Own};
use crate::runtime::string::JsString;
use crate::runtime::symbol::Symbol;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

// ---- flags and internal slots ----

/// The flag letters in the order `flags` lists them; bit i of `Flags` is
/// `FLAG_LETTERS[i]`.
const FLAG_LETTERS: &[u8; 8] = b"dgimsuvy";

/// A RegExp's [[OriginalFlags]].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Flags(u8);

impl Flags {
    /// Parses a flags string: None for an unknown or repeated letter, or for
    /// `u` with `v`.
    fn parse(units: &[u16]) -> Option<Flags> {
        let mut bits = 0u8;
        for &u in units {
            let bit = u8::try_from(u).map_or(0, Flags::bit);
            if bit == 0 || bits & bit != 0 {
                return None;
            }
            bits |= bit;
        }
        let flags = Flags(bits);
        (!(flags.has(b'u') && flags.has(b'v'))).then_some(flags)
    }

    /// The bit of a flag letter (0 for other letters).
    fn bit(letter: u8) -> u8 {
        FLAG_LETTERS
            .iter()
            .position(|&c| c == letter)
            .map_or(0, |i| 1 << i)
    }

    fn has(self, letter: u8) -> bool {
        self.0 & Flags::bit(letter) != 0
    }

    /// `u` or `v`: the pattern and the input are code points.
    fn unicode_mode(self) -> bool {
        self.has(b'u') || self.has(b'v')
    }

    fn to_regress(self) -> regress::Flags {
        regress::Flags {
            icase: self.has(b'i'),
            multiline: self.has(b'm'),
            dot_all: self.has(b's'),
            unicode: self.unicode_mode(),
            unicode_sets: self.has(b'v'),
            ..regress::Flags::default()
        }
    }
}

impl std::fmt::Display for Flags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for &c in FLAG_LETTERS {
            if self.has(c) {
                write!(f, "{}", c as char)?;
            }
        }
        Ok(())
    }
}

/// A RegExp object's internal slots: [[RegExpMatcher]], [[OriginalSource]]
/// and [[OriginalFlags]]. No GC references, so nothing to trace.
pub struct RegExpData {
    regex: Rc<Regex>,
    source: Box<[u16]>,
    flags: Flags,
}

/// `v` itself if it is a RegExp object.
fn as_regexp(v: Value) -> Option<Gc<JsObject>> {
    v.to_object_opt()
        .filter(|o| matches!(o.class, ObjectClass::RegExp(_)))
}

/// Reads a RegExp's slots (None for any other value).
fn with_slots<T>(v: Value, f: impl FnOnce(&RegExpData) -> T) -> Option<T> {
    let o = v.to_object_opt()?;
    match &o.class {
        ObjectClass::RegExp(data) => Some(f(data)),
        _ => None,
    }
}

/// `/source/flags` as an unmodified RegExp prints (what `inspect` shows),
/// or None for other objects.
pub fn display(o: &JsObject) -> Option<String> {
    match &o.class {
        ObjectClass::RegExp(data) => Some(format!(
            "/{}/{}",
            String::from_utf16_lossy(&escape_source(&data.source)),
            data.flags
        )),
        _ => None,
    }
}

// ---- compiling ----

const BACKSLASH: u16 = b'\\' as u16;
const SLASH: u16 = b'/' as u16;
const LEFT_BRACKET: u16 = b'[' as u16;
const RIGHT_BRACKET: u16 = b']' as u16;
const LEFT_PAREN: u16 = b'(' as u16;
const RIGHT_PAREN: u16 = b')' as u16;
const LEFT_BRACE: u16 = b'{' as u16;
const RIGHT_BRACE: u16 = b'}' as u16;
const QUESTION: u16 = b'?' as u16;
const DOLLAR: u16 = b'$' as u16;

/// Compiled patterns kept for reuse, at most this many.
const COMPILED_CAPACITY: usize = 256;

/// Compilations by source and flags.
type CompiledPatterns = HashMap<(Box<[u16]>, Flags), Rc<Regex>>;

thread_local! {
    /// Compilations kept so that a literal evaluated in a loop (a new
    /// object each time) compiles once. Cleared when full.
    static COMPILED: RefCell<CompiledPatterns> = RefCell::new(HashMap::new());
}

/// The matcher for a pattern, or V8's description of its syntax error.
fn compile_pattern(source: &[u16], flags: Flags) -> Result<Rc<Regex>, String> {
    let key = (Box::<[u16]>::from(source), flags);
    if let Some(regex) = COMPILED.with_borrow(|c| c.get(&key).cloned()) {
        return Ok(regex);
    }
    let regex = Rc::new(parse(source, flags)?);
    COMPILED.with_borrow_mut(|c| {
        if c.len() >= COMPILED_CAPACITY {
            c.clear();
        }
        c.insert(key, regex.clone());
    });
    Ok(regex)
}

fn parse(source: &[u16], flags: Flags) -> Result<Regex, String> {
    let structure = scan(source, flags.has(b'v'));
    let options = flags.to_regress();
    let compiled = if flags.unicode_mode() {
        Regex::from_unicode(code_points(source), options)
    } else {
        let source = split_escaped_surrogate_pairs(source);
        Regex::from_unicode(source.iter().map(|&u| u32::from(u)), options)
    };
    match (compiled, structure.error) {
        // regress accepts `(?i:…)` modifier groups, which Node 20 rejects.
        (Ok(_), Some(error)) => Err(error.into()),
        (Ok(regex), None) => Ok(regex),
        (Err(e), _) => Err(v8_message(&e.text, source, flags, &structure)),
    }
}

/// Without the `u` flag `\uD83D\uDE00` is two code units, but regress
/// joins an escaped surrogate pair into one code point whatever the
/// flags. Writing the high half as the literal unit keeps them apart.
fn split_escaped_surrogate_pairs(source: &[u16]) -> Vec<u16> {
    let hex4 = |at: usize| -> Option<u16> {
        let digits = source.get(at..at + 4)?;
        let text: String = char::decode_utf16(digits.iter().copied())
            .collect::<Result<_, _>>()
            .ok()?;
        u16::from_str_radix(&text, 16).ok()
    };
    let escape_at = |at: usize| {
        source.get(at) == Some(&u16::from(b'\\')) && source.get(at + 1) == Some(&u16::from(b'u'))
    };
    let mut out = Vec::with_capacity(source.len());
    let mut i = 0;
    while i < source.len() {
        if source[i] != u16::from(b'\\') {
            out.push(source[i]);
            i += 1;
            continue;
        }
        let high = if escape_at(i) { hex4(i + 2) } else { None };
        match high {
            Some(h) if (0xD800..=0xDBFF).contains(&h) && escape_at(i + 6) => {
                out.push(h);
                i += 6;
            }
            _ => {
                // Any other escape is copied whole (so `\\u` stays as it is).
                out.extend_from_slice(&source[i..(i + 2).min(source.len())]);
                i += 2;
            }
        }
    }
    out
}

/// The code points of UTF-16 text; a lone surrogate stands for itself.
fn code_points(units: &[u16]) -> impl Iterator<Item = u32> + Clone + '_ {
    char::decode_utf16(units.iter().copied())
        .map(|c| c.map_or_else(|e| u32::from(e.unpaired_surrogate()), u32::from))
}

/// What one pass over a pattern's brackets finds. regress says only
/// "Unbalanced parenthesis" where V8 says "Unmatched ')'" or "Unterminated
/// group", so its messages are refined with this.
#[derive(Default)]
struct Structure {
    /// The first structural error, in V8's words.
    error: Option<&'static str>,
    /// A `]`, or a `}` closing no `{`, outside a class.
    lone_bracket: bool,
    /// A lookahead or lookbehind group.
    lookaround: bool,
}

fn scan(p: &[u16], unicode_sets: bool) -> Structure {
    fn fail(found: &mut Structure, error: &'static str) {
        found.error.get_or_insert(error);
    }
    let ascii = |i: usize| p.get(i).filter(|&&u| u < 0x80).map(|&u| u as u8);
    let mut found = Structure::default();
    let (mut depth, mut class_depth, mut brace_open) = (0usize, 0usize, false);
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            BACKSLASH if i + 1 == p.len() => fail(&mut found, "\\ at end of pattern"),
            BACKSLASH => i += 1,
            RIGHT_BRACKET if class_depth > 0 => class_depth -= 1,
            // With `v`, classes nest.
            LEFT_BRACKET if class_depth == 0 || unicode_sets => class_depth += 1,
            _ if class_depth > 0 => {}
            RIGHT_BRACKET => found.lone_bracket = true,
            LEFT_BRACE => brace_open = true,
            RIGHT_BRACE if brace_open => brace_open = false,
            RIGHT_BRACE => found.lone_bracket = true,
            LEFT_PAREN => {
                depth += 1;
                if p.get(i + 1) == Some(&QUESTION) {
                    match ascii(i + 2) {
                        Some(b':') => {}
                        Some(b'=' | b'!') => found.lookaround = true,
                        Some(b'<') => found.lookaround |= matches!(ascii(i + 3), Some(b'=' | b'!')),
                        _ => fail(&mut found, "Invalid group"),
                    }
                }
            }
            RIGHT_PAREN if depth == 0 => fail(&mut found, "Unmatched ')'"),
            RIGHT_PAREN => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    if class_depth > 0 {
        fail(&mut found, "Unterminated character class");
    } else if depth > 0 {
        fail(&mut found, "Unterminated group");
    }
    found
}

/// regress's syntax error in V8's words.
fn v8_message(regress: &str, source: &[u16], flags: Flags, structure: &Structure) -> String {
    let message = match regress {
        "Unbalanced parenthesis"
        | "Unbalanced bracket"
        | "Unbalanced class set bracket"
        | "Incomplete escape"
        | "Unterminated escape" => structure.error.unwrap_or("Unterminated group"),
        m if m.starts_with("Unexpected char") => structure.error.unwrap_or("Unmatched ')'"),
        "Invalid atom character" | "Invalid braced quantifier" => {
            if flags.unicode_mode() && structure.lone_bracket {
                "Lone quantifier brackets"
            } else {
                "Nothing to repeat"
            }
        }
        "Quantifier not allowed here" if structure.lookaround => "Invalid quantifier",
        "Quantifier not allowed here" => "Nothing to repeat",
        "Invalid quantifier" if has_reversed_quantifier(source) => {
            "numbers out of order in {} quantifier"
        }
        "Invalid quantifier" => "Incomplete quantifier",
        "Capture group count limit exceeded" => "Too many captures",
        "Loop count limit exceeded" => "Regular expression too large",
        "Invalid token at named capture group identifier" => "Invalid capture group name",
        "Duplicate capture group name" => "Duplicate capture group name",
        // With a `<`, V8 blames the unterminated name.
        "Unexpected end of named backreference" if contains(source, "\\k<") => {
            "Invalid capture group name"
        }
        "Unexpected end of named backreference" => "Invalid named reference",
        m if m.starts_with("Backreference to invalid named capture group") => {
            "Invalid named capture referenced"
        }
        "Invalid group modifier" => "Invalid group",
        m if m.starts_with("Range values reversed") => "Range out of order in character class",
        "Invalid character range" => "Invalid character class",
        "Invalid unicode escape" => "Invalid Unicode escape",
        "Invalid character escape" => "Invalid escape",
        "Invalid property name" | "Invalid character at property escape start" => {
            "Invalid property name"
        }
        m if m.contains("class set") => "Invalid set operation in character class",
        other => other,
    };
    message.to_string()
}

fn contains(units: &[u16], text: &str) -> bool {
    let needle: Vec<u16> = text.encode_utf16().collect();
    units.windows(needle.len()).any(|w| w == needle)
}

/// Whether a `{n,m}` quantifier has n > m.
fn has_reversed_quantifier(p: &[u16]) -> bool {
    let text = String::from_utf16_lossy(p);
    text.split('{').skip(1).any(|rest| {
        let Some((min, max)) = rest.split_once('}').and_then(|(b, _)| b.split_once(',')) else {
            return false;
        };
        matches!((min.parse::<u64>(), max.parse::<u64>()), (Ok(a), Ok(b)) if a > b)
    })
}

/// EscapeRegExpPattern as V8 does it: `/` outside a class and line
/// terminators are escaped, so that `/${source}/` reads back as the same
/// literal; the empty pattern is `(?:)`.
fn escape_source(source: &[u16]) -> Vec<u16> {
    if source.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(source.len());
    let mut in_class = false;
    let mut i = 0;
    while i < source.len() {
        let u = source[i];
        match u {
            BACKSLASH => {
                out.push(u);
                if let Some(&next) = source.get(i + 1) {
                    // An escaped line terminator keeps its backslash.
                    match line_terminator_escape(next) {
                        Some(name) => out.extend(name.encode_utf16()),
                        None => out.push(next),
                    }
                    i += 1;
                }
            }
            SLASH if !in_class => out.extend([BACKSLASH, SLASH]),
            LEFT_BRACKET => {
                in_class = true;
                out.push(u);
            }
            RIGHT_BRACKET => {
                in_class = false;
                out.push(u);
            }
            _ => match line_terminator_escape(u) {
                Some(name) => {
                    out.push(BACKSLASH);
                    out.extend(name.encode_utf16());
                }
                None => out.push(u),
            },
        }
        i += 1;
    }
    out
}

/// A line terminator's escape without the backslash (`n` for `\n`).
fn line_terminator_escape(u: u16) -> Option<&'static str> {
    match u {
        0x0A => Some("n"),
        0x0D => Some("r"),
        0x2028 => Some("u2028"),
        0x2029 => Some("u2029"),
        _ => None,
    }
}

// ---- creating ----

/// The early error of a regular expression literal, if it has one (the
/// compiled matcher is kept for when the literal runs): V8's message.
pub fn literal_error(pattern: &str, flags: &str) -> Option<String> {
    let source: Vec<u16> = pattern.encode_utf16().collect();
    let flag_units: Vec<u16> = flags.encode_utf16().collect();
    let Some(parsed) = Flags::parse(&flag_units) else {
        return Some("Invalid regular expression flags".to_string());
    };
    compile_pattern(&source, parsed)
        .err()
        .map(|message| format!("Invalid regular expression: /{pattern}/{flags}: {message}"))
}

fn string_or_empty(vm: &mut Vm, v: Value) -> JsResult<Gc<JsString>> {
    if v.is_undefined() {
        Ok(vm.intern(""))
    } else {
        vm.to_string(v)
    }
}

/// RegExpInitialize's parsing: the slots for a pattern and flags.
fn regexp_data(vm: &mut Vm, source: Gc<JsString>, flags: Gc<JsString>) -> JsResult<RegExpData> {
    let Some(parsed) = Flags::parse(flags.units()) else {
        let shown = flags.to_rust_string();
        return Err(vm.syntax_error(&format!(
            "Invalid flags supplied to RegExp constructor '{shown}'"
        )));
    };
    match compile_pattern(source.units(), parsed) {
        Ok(regex) => Ok(RegExpData {
            regex,
            source: source.units().into(),
            flags: parsed,
        }),
        Err(message) => {
            let shown = source.to_rust_string();
            Err(vm.syntax_error(&format!(
                "Invalid regular expression: /{shown}/{parsed}: {message}"
            )))
        }
    }
}

/// RegExpAlloc and RegExpInitialize: a new RegExp with prototype `proto`.
fn new_regexp_object(vm: &mut Vm, proto: Value, pattern: Value, flags: Value) -> JsResult<Value> {
    let source = string_or_empty(vm, pattern)?;
    let flags = string_or_empty(vm, flags)?;
    let data = regexp_data(vm, source, flags)?;
    let o = vm.new_object_with_proto(proto, ObjectClass::RegExp(Box::new(data)));
    let key = Key::Prop(vm.realm.names.last_index);
    vm.define_data(o, key, Value::int(0), Attrs(Attrs::WRITABLE));
    Ok(Value::object(o))
}

/// A new RegExp with `o`'s pattern and flags and a fresh lastIndex
/// (structuredClone's copy).
pub fn clone_regexp(vm: &mut Vm, o: Gc<JsObject>) -> Value {
    let ObjectClass::RegExp(data) = &o.class else {
        unreachable!("a RegExp")
    };
    let data = RegExpData {
        regex: data.regex.clone(),
        source: data.source.clone(),
        flags: data.flags,
    };
    let proto = Value::object(vm.realm.intrinsics.regexp_prototype);
    let copy = vm.new_object_with_proto(proto, ObjectClass::RegExp(Box::new(data)));
    let key = Key::Prop(vm.realm.names.last_index);
    vm.define_data(copy, key, Value::int(0), Attrs(Attrs::WRITABLE));
    Value::object(copy)
}

/// RegExpCreate: regular expression literals and String.prototype.match &
/// co. with a pattern that is not a RegExp.
pub fn regexp_create(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<Value> {
    let proto = Value::object(vm.realm.intrinsics.regexp_prototype);
    new_regexp_object(vm, proto, pattern, flags)
}

/// IsRegExp: `Symbol.match` decides when present, else being a RegExp.
pub(super) fn is_regexp(vm: &mut Vm, v: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let matcher = vm.get(v, symbol_key(vm.symbols.match_))?;
    if !matcher.is_undefined() {
        return Ok(vm.to_boolean(matcher));
    }
    Ok(as_regexp(v).is_some())
}

/// The pattern and flags a RegExp is built from: another RegExp's slots, a
/// regexp-like object's `source` and `flags`, or the arguments themselves.
fn source_and_flags(
    vm: &mut Vm,
    pattern: Value,
    pattern_is_regexp: bool,
    flags: Value,
) -> JsResult<(Value, Value)> {
    if let Some((source, own_flags)) = with_slots(pattern, |d| (d.source.clone(), d.flags)) {
        let source = vm.new_string(source);
        let flags = if flags.is_undefined() {
            vm.str(&own_flags.to_string())
        } else {
            flags
        };
        return Ok((source, flags));
    }
    if pattern_is_regexp {
        let source = vm.get_named(pattern, "source")?;
        let flags = if flags.is_undefined() {
            vm.get_named(pattern, "flags")?
        } else {
            flags
        };
        return Ok((source, flags));
    }
    Ok((pattern, flags))
}

fn regexp_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    // Read before anything can run another native.
    let callee = vm.native_callee;
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let pattern_is_regexp = is_regexp(vm, pattern)?;
    // `RegExp(re)` hands back `re` itself.
    if new_target.is_undefined() && pattern_is_regexp && flags.is_undefined() {
        let ctor = vm.get(pattern, Key::Prop(vm.realm.names.constructor))?;
        if ctor == callee {
            return Ok(pattern);
        }
    }
    let (source, flags) = source_and_flags(vm, pattern, pattern_is_regexp, flags)?;
    let target = if new_target.is_undefined() {
        callee
    } else {
        new_target
    };
    let fallback = vm.realm.intrinsics.regexp_prototype;
    let proto = prototype_from_new_target(vm, target, fallback)?;
    new_regexp_object(vm, proto, source, flags)
}

/// `new RegExp(pattern, flags)` with the intrinsic constructor.
fn new_regexp_from(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<Value> {
    let pattern_is_regexp = is_regexp(vm, pattern)?;
    let (source, flags) = source_and_flags(vm, pattern, pattern_is_regexp, flags)?;
    regexp_create(vm, source, flags)
}

fn species(_: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}

/// SpeciesConstructor(rx, %RegExp%): None stands for %RegExp%.
fn species_constructor(vm: &mut Vm, rx: Value) -> JsResult<Option<Value>> {
    let c = vm.get(rx, Key::Prop(vm.realm.names.constructor))?;
    if c.is_undefined() {
        return Ok(None);
    }
    if !c.is_object() {
        return Err(vm.type_error("The .constructor property is not an object"));
    }
    let s = vm.get(c, symbol_key(vm.symbols.species))?;
    if s.is_nullish() {
        return Ok(None);
    }
    if !vm.is_constructor(s) {
        return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    Ok(Some(s))
}

/// Construct(C, «rx, flags») for split and matchAll.
fn construct_species(vm: &mut Vm, c: Option<Value>, rx: Value, flags: Value) -> JsResult<Value> {
    match c {
        Some(c) => vm.construct(c, &[rx, flags], c),
        None => new_regexp_from(vm, rx, flags),
    }
}

// ---- matching ----

/// The leftmost match starting at or after code unit `start`.
fn find(regex: &Regex, flags: Flags, text: &[u16], start: usize) -> Option<regress::Match> {
    if flags.unicode_mode() {
        regex.find_from_utf16(text, start).next()
    } else {
        regex.find_from_ucs2(text, start).next()
    }
}

fn to_length(vm: &mut Vm, v: Value) -> JsResult<f64> {
    Ok(vm.to_integer(v)?.clamp(0.0, 9007199254740991.0))
}

fn set_last_index(vm: &mut Vm, rx: Value, index: f64) -> JsResult<()> {
    let key = Key::Prop(vm.realm.names.last_index);
    vm.set(rx, key, Value::number(index), true)
}

/// RegExpBuiltinExec up to the result array: the match, with `lastIndex`
/// read and updated as the spec does.
fn builtin_match(
    vm: &mut Vm,
    r: Gc<JsObject>,
    s: Gc<JsString>,
) -> JsResult<Option<regress::Match>> {
    let rx = Value::object(r);
    let last_index = vm.get(rx, Key::Prop(vm.realm.names.last_index))?;
    let last_index = to_length(vm, last_index)?;
    // After `lastIndex`'s conversion, which may run code that recompiles `r`.
    let (regex, flags) = with_slots(rx, |d| (d.regex.clone(), d.flags)).expect("a RegExp");
    let (global, sticky) = (flags.has(b'g'), flags.has(b'y'));
    let start = if global || sticky { last_index } else { 0.0 };
    let found = if start > s.len() as f64 {
        None
    } else {
        // A sticky match must start exactly at `lastIndex`.
        find(&regex, flags, s.units(), start as usize)
            .filter(|m| !sticky || m.start() == start as usize)
    };
    if global || sticky {
        let next = found.as_ref().map_or(0, |m| m.end());
        set_last_index(vm, rx, next as f64)?;
    }
    if let Some(m) = &found {
        vm.record_last_match(s, m);
    }
    Ok(found)
}

fn substring(vm: &mut Vm, s: Gc<JsString>, range: std::ops::Range<usize>) -> Value {
    if range.start == 0 && range.end == s.len() {
        return Value::string(s);
    }
    vm.new_string(s.units()[range].into())
}

/// A `groups` object (null prototype, one property per named group) with
/// `value` of each group's range, or undefined without named groups.
fn groups_object(
    vm: &mut Vm,
    m: &regress::Match,
    value: impl Fn(&mut Vm, Option<std::ops::Range<usize>>) -> Value,
) -> Value {
    if m.named_groups().next().is_none() {
        return Value::UNDEFINED;
    }
    let groups = vm.new_object_with_proto(Value::NULL, ObjectClass::Ordinary);
    for (name, range) in m.named_groups() {
        let v = value(vm, range);
        let key = vm.key_from_str(name);
        vm.define_data(groups, key, v, Attrs::DEFAULT);
    }
    Value::object(groups)
}

/// The exec result: `[match, ...captures]` with `index`, `input`, `groups`
/// and, for the `d` flag, `indices`. Runs no JavaScript.
fn match_result(vm: &mut Vm, s: Gc<JsString>, m: &regress::Match, has_indices: bool) -> Value {
    let text = |vm: &mut Vm, range: Option<std::ops::Range<usize>>| {
        range.map_or(Value::UNDEFINED, |r| substring(vm, s, r))
    };
    let values: Vec<Value> = m.groups().map(|range| text(vm, range)).collect();
    let groups = groups_object(vm, m, text);
    let a = vm.new_array(values);
    let names = &vm.realm.names;
    let (index, input, groups_key) = (names.index, names.input, names.groups);
    vm.define_data(
        a,
        Key::Prop(index),
        Value::number(m.start() as f64),
        Attrs::DEFAULT,
    );
    vm.define_data(a, Key::Prop(input), Value::string(s), Attrs::DEFAULT);
    vm.define_data(a, Key::Prop(groups_key), groups, Attrs::DEFAULT);
    if has_indices {
        let indices = indices_array(vm, m);
        vm.define_value(a, "indices", indices, Attrs::DEFAULT);
    }
    Value::object(a)
}

/// The `indices` of a `d`-flag result: `[start, end]` per group.
fn indices_array(vm: &mut Vm, m: &regress::Match) -> Value {
    let pair = |vm: &mut Vm, range: Option<std::ops::Range<usize>>| {
        range.map_or(Value::UNDEFINED, |r| {
            let bounds = vec![Value::number(r.start as f64), Value::number(r.end as f64)];
            Value::object(vm.new_array(bounds))
        })
    };
    let values: Vec<Value> = m.groups().map(|range| pair(vm, range)).collect();
    let groups = groups_object(vm, m, pair);
    let a = vm.new_array(values);
    vm.define_data(a, Key::Prop(vm.realm.names.groups), groups, Attrs::DEFAULT);
    Value::object(a)
}

fn builtin_exec(vm: &mut Vm, r: Gc<JsObject>, s: Gc<JsString>) -> JsResult<Value> {
    Ok(match builtin_match(vm, r, s)? {
        Some(m) => {
            let has_indices = with_slots(Value::object(r), |d| d.flags.has(b'd')).unwrap_or(false);
            match_result(vm, s, &m, has_indices)
        }
        None => Value::NULL,
    })
}

/// Whether `v` is the builtin whose Rust function is `f`.
fn is_builtin(v: Value, f: NativeFn) -> bool {
    v.to_object_opt().is_some_and(
        |o| matches!(&o.class, ObjectClass::Native(n) if std::ptr::fn_addr_eq(n.func, f)),
    )
}

/// What RegExpExec runs for a receiver.
enum Exec {
    /// The builtin matcher of a RegExp with the builtin `exec`: callers
    /// that only need to know whether it matched skip the result array.
    Builtin(Gc<JsObject>),
    /// A user `exec` (or the builtin one on another object, which throws).
    Function(Value),
}

fn exec_of(vm: &mut Vm, r: Value) -> JsResult<Exec> {
    let f = vm.get_named(r, "exec")?;
    let regexp = as_regexp(r);
    if vm.is_callable(f) && !(is_builtin(f, exec) && regexp.is_some()) {
        return Ok(Exec::Function(f));
    }
    match regexp {
        Some(o) => Ok(Exec::Builtin(o)),
        None => Err(incompatible_receiver(vm, r, "RegExp.prototype.exec")),
    }
}

fn call_exec(vm: &mut Vm, f: Value, r: Value, s: Gc<JsString>) -> JsResult<Value> {
    let result = vm.call(f, r, &[Value::string(s)])?;
    if !result.is_object() && !result.is_null() {
        return Err(
            vm.type_error("RegExp exec method returned something other than an Object or null")
        );
    }
    Ok(result)
}

/// RegExpExec: the match result object, or null.
fn regexp_exec(vm: &mut Vm, r: Value, s: Gc<JsString>) -> JsResult<Value> {
    match exec_of(vm, r)? {
        Exec::Builtin(o) => builtin_exec(vm, o, s),
        Exec::Function(f) => call_exec(vm, f, r, s),
    }
}

/// AdvanceStringIndex: past one code point in Unicode mode, one code unit
/// otherwise.
fn advance_index(s: &[u16], index: f64, unicode: bool) -> f64 {
    let i = index as usize;
    let pair = unicode
        && index + 1.0 < s.len() as f64
        && (0xD800..0xDC00).contains(&s[i])
        && (0xDC00..0xE000).contains(&s[i + 1]);
    index + if pair { 2.0 } else { 1.0 }
}

/// After an empty match, global matching moves `lastIndex` past it so
/// that the next search makes progress.
fn step_past_empty(
    vm: &mut Vm,
    rx: Value,
    matched: Gc<JsString>,
    s: Gc<JsString>,
    unicode: bool,
) -> JsResult<()> {
    if !matched.is_empty() {
        return Ok(());
    }
    let last_index = vm.get(rx, Key::Prop(vm.realm.names.last_index))?;
    let this_index = to_length(vm, last_index)?;
    set_last_index(vm, rx, advance_index(s.units(), this_index, unicode))
}

/// ToString(Get(result, "0")): the matched text of an exec result.
fn matched_text(vm: &mut Vm, result: Value) -> JsResult<Gc<JsString>> {
    let m = vm.get(result, Key::Index(0))?;
    vm.to_string(m)
}

/// `[Symbol.match]` and `[Symbol.replace]` read `global`, then `unicode`
/// and `unicodeSets`, as V8 does (not `flags`): None when not global,
/// else whether matching is by code point.
fn global_unicode(vm: &mut Vm, rx: Value) -> JsResult<Option<bool>> {
    let flag = |vm: &mut Vm, name: &str| -> JsResult<bool> {
        let v = vm.get_named(rx, name)?;
        Ok(vm.to_boolean(v))
    };
    if !flag(vm, "global")? {
        return Ok(None);
    }
    let unicode = flag(vm, "unicode")?;
    let unicode_sets = flag(vm, "unicodeSets")?;
    Ok(Some(unicode || unicode_sets))
}

fn flags_of(vm: &mut Vm, rx: Value) -> JsResult<Gc<JsString>> {
    let flags = vm.get_named(rx, "flags")?;
    vm.to_string(flags)
}

fn has_flag(flags: Gc<JsString>, letter: u8) -> bool {
    flags.units().contains(&u16::from(letter))
}

fn symbol_key(s: Gc<Symbol>) -> Key {
    Key::Prop(PropertyKey::Symbol(s))
}

/// `this` for the generic methods, which take any object.
fn object_receiver(vm: &mut Vm, this: Value, method: &str) -> JsResult<Value> {
    if this.is_object() {
        return Ok(this);
    }
    // V8 names the primitive receiver of these two `undefined`.
    let shown = if matches!(method, "test" | "@@replace") {
        Value::UNDEFINED
    } else {
        this
    };
    Err(incompatible_receiver(
        vm,
        shown,
        &format!("RegExp.prototype.{method}"),
    ))
}

// ---- RegExp.prototype ----

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.regexp_prototype;
    let ctor = super::install_constructor(vm, "RegExp", regexp_ctor, 2, proto);
    let get_species = vm.new_native_function("get [Symbol.species]", species, 0, false);
    let k = symbol_key(vm.symbols.species);
    vm.define_accessor(
        ctor,
        k,
        Some(Value::object(get_species)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );
    // Property order as in V8.
    vm.define_native(proto, "exec", exec, 1);
    let getters: [(&str, NativeFn); 9] = [
        ("dotAll", dot_all),
        ("flags", flags),
        ("global", global),
        ("hasIndices", has_indices),
        ("ignoreCase", ignore_case),
        ("multiline", multiline),
        ("source", source),
        ("sticky", sticky),
        ("unicode", unicode),
    ];
    for (name, f) in getters {
        define_getter(vm, proto, name, f);
    }
    vm.define_native(proto, "compile", compile, 2);
    vm.define_native(proto, "toString", to_string, 0);
    vm.define_native(proto, "test", test, 1);
    define_getter(vm, proto, "unicodeSets", unicode_sets);
    install_symbol_methods(vm, proto);
    super::regexp_legacy::install(vm, ctor);
}

fn define_getter(vm: &mut Vm, o: Gc<JsObject>, name: &str, f: NativeFn) {
    let getter = vm.new_native_function(&format!("get {name}"), f, 0, false);
    let k = vm.key_from_str(name);
    vm.define_accessor(
        o,
        k,
        Some(Value::object(getter)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );
}

fn install_symbol_methods(vm: &mut Vm, proto: Gc<JsObject>) {
    let (iterator_proto, state_key) = install_string_iterator(vm);
    let s = &vm.symbols;
    let methods: [(Gc<Symbol>, &str, NativeFn, u32); 5] = [
        (s.match_, "[Symbol.match]", symbol_match, 1),
        (s.match_all, "[Symbol.matchAll]", symbol_match_all, 1),
        (s.replace, "[Symbol.replace]", symbol_replace, 2),
        (s.search, "[Symbol.search]", symbol_search, 1),
        (s.split, "[Symbol.split]", symbol_split, 2),
    ];
    for (symbol, name, f, length) in methods {
        // matchAll makes iterators: it carries their prototype and key.
        let data = if symbol == vm.symbols.match_all {
            vec![Value::object(iterator_proto), Value::symbol(state_key)]
        } else {
            Vec::new()
        };
        let func = vm.native_with_data(name, f, length, data);
        vm.define_data(
            proto,
            symbol_key(symbol),
            Value::object(func),
            Attrs::HIDDEN,
        );
    }
}

fn exec(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(r) = as_regexp(this) else {
        return Err(incompatible_receiver(vm, this, "RegExp.prototype.exec"));
    };
    let s = vm.to_string(arg(args, 0))?;
    builtin_exec(vm, r, s)
}

fn test(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let r = object_receiver(vm, this, "test")?;
    let s = vm.to_string(arg(args, 0))?;
    let matched = match exec_of(vm, r)? {
        Exec::Builtin(o) => builtin_match(vm, o, s)?.is_some(),
        Exec::Function(f) => !call_exec(vm, f, r, s)?.is_null(),
    };
    Ok(Value::bool(matched))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let r = object_receiver(vm, this, "toString")?;
    let source = vm.get_named(r, "source")?;
    let source = vm.to_string(source)?;
    let flags = flags_of(vm, r)?;
    let mut out = vec![SLASH];
    out.extend_from_slice(source.units());
    out.push(SLASH);
    out.extend_from_slice(flags.units());
    Ok(vm.new_string(out.into_boxed_slice()))
}

/// Annex B's `compile`: reinitializes the RegExp in place.
fn compile(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(mut r) = as_regexp(this) else {
        return Err(incompatible_receiver(vm, this, "RegExp.prototype.compile"));
    };
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let (pattern, flags) = match with_slots(pattern, |d| (d.source.clone(), d.flags)) {
        Some(_) if !flags.is_undefined() => {
            return Err(
                vm.type_error("Cannot supply flags when constructing one RegExp from another")
            );
        }
        Some((source, own_flags)) => (vm.new_string(source), vm.str(&own_flags.to_string())),
        None => (pattern, flags),
    };
    let source = string_or_empty(vm, pattern)?;
    let flags = string_or_empty(vm, flags)?;
    let data = regexp_data(vm, source, flags)?;
    r.class = ObjectClass::RegExp(Box::new(data));
    set_last_index(vm, this, 0.0)?;
    Ok(this)
}

/// The flag getters: a RegExp's flag, undefined on RegExp.prototype
/// itself, a TypeError on anything else.
fn flag_getter(vm: &mut Vm, this: Value, letter: u8, name: &str) -> JsResult<Value> {
    if let Some(flags) = with_slots(this, |d| d.flags) {
        return Ok(Value::bool(flags.has(letter)));
    }
    if this == Value::object(vm.realm.intrinsics.regexp_prototype) {
        return Ok(Value::UNDEFINED);
    }
    Err(vm.type_error(&format!(
        "RegExp.prototype.{name} getter called on non-RegExp object"
    )))
}

macro_rules! flag_getters {
    ($($f:ident => ($letter:literal, $name:literal)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
                flag_getter(vm, this, $letter, $name)
            }
        )*
    };
}

flag_getters!(
    has_indices => (b'd', "hasIndices"),
    global => (b'g', "global"),
    ignore_case => (b'i', "ignoreCase"),
    multiline => (b'm', "multiline"),
    dot_all => (b's', "dotAll"),
    unicode => (b'u', "unicode"),
    unicode_sets => (b'v', "unicodeSets"),
    sticky => (b'y', "sticky"),
);

fn source(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if let Some(escaped) = with_slots(this, |d| escape_source(&d.source)) {
        return Ok(vm.new_string(escaped.into_boxed_slice()));
    }
    if this == Value::object(vm.realm.intrinsics.regexp_prototype) {
        return Ok(vm.str("(?:)"));
    }
    Err(vm.type_error("RegExp.prototype.source getter called on non-RegExp object"))
}

/// `flags` reads the flag getters, so it works on any object.
fn flags(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        let shown = vm.to_display_string(this);
        return Err(vm.type_error(&format!(
            "RegExp.prototype.flags getter called on non-object {shown}"
        )));
    }
    // V8 reads `unicodeSets` last but lists `v` before `y`.
    let mut bits = 0u8;
    for (letter, name) in [
        (b'd', "hasIndices"),
        (b'g', "global"),
        (b'i', "ignoreCase"),
        (b'm', "multiline"),
        (b's', "dotAll"),
        (b'u', "unicode"),
        (b'y', "sticky"),
        (b'v', "unicodeSets"),
    ] {
        let v = vm.get_named(this, name)?;
        if vm.to_boolean(v) {
            bits |= Flags::bit(letter);
        }
    }
    Ok(vm.str(&Flags(bits).to_string()))
}

// ---- the Symbol methods ----

fn symbol_match(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let rx = object_receiver(vm, this, "@@match")?;
    let s = vm.to_string(arg(args, 0))?;
    let Some(unicode) = global_unicode(vm, rx)? else {
        return regexp_exec(vm, rx, s);
    };
    set_last_index(vm, rx, 0.0)?;
    let found = vm.new_array(Vec::new());
    loop {
        let result = regexp_exec(vm, rx, s)?;
        if result.is_null() {
            return Ok(if found.array_length() == 0 {
                Value::NULL
            } else {
                Value::object(found)
            });
        }
        let matched = matched_text(vm, result)?;
        vm.set_element(found, found.array_length(), Value::string(matched));
        step_past_empty(vm, rx, matched, s, unicode)?;
    }
}

fn symbol_search(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let rx = object_receiver(vm, this, "@@search")?;
    let s = vm.to_string(arg(args, 0))?;
    let key = Key::Prop(vm.realm.names.last_index);
    let previous = vm.get(rx, key)?;
    if !vm.same_value(previous, Value::int(0)) {
        vm.set(rx, key, Value::int(0), true)?;
    }
    let result = regexp_exec(vm, rx, s)?;
    let current = vm.get(rx, key)?;
    if !vm.same_value(current, previous) {
        vm.set(rx, key, previous, true)?;
    }
    if result.is_null() {
        return Ok(Value::int(-1));
    }
    vm.get(result, Key::Prop(vm.realm.names.index))
}

/// How `[Symbol.replace]` makes each replacement.
#[derive(Clone, Copy)]
enum Replacer {
    Function(Value),
    Template(Gc<JsString>),
}

fn symbol_replace(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let rx = object_receiver(vm, this, "@@replace")?;
    let s = vm.to_string(arg(args, 0))?;
    let replace_value = arg(args, 1);
    let replacer = if vm.is_callable(replace_value) {
        Replacer::Function(replace_value)
    } else {
        Replacer::Template(vm.to_string(replace_value)?)
    };
    let global_unicode = global_unicode(vm, rx)?;
    let template = match replacer {
        Replacer::Template(t) => Value::string(t),
        Replacer::Function(_) => Value::UNDEFINED,
    };
    // Results and captures wait in Rust vectors while replacers run; they
    // are pushed to `temp_roots`, which `with_roots` restores at the end.
    vm.with_roots(&[Value::string(s), template], |vm| {
        let results = collect_results(vm, rx, s, global_unicode)?;
        let mut out: Vec<u16> = Vec::new();
        let mut next_source = 0;
        for result in results {
            let mark = vm.temp_roots.len();
            let (position, matched_len, replacement) = replacement_for(vm, result, s, replacer)?;
            vm.temp_roots.truncate(mark);
            // Results out of order (a user `exec`) are skipped.
            if position >= next_source {
                out.extend_from_slice(&s.units()[next_source..position]);
                out.extend(replacement);
                next_source = position + matched_len;
            }
        }
        if next_source < s.len() {
            out.extend_from_slice(&s.units()[next_source..]);
        }
        super::string::check_length(vm, out.len() as f64)?;
        Ok(vm.new_string(out.into_boxed_slice()))
    })
}

/// Runs the matcher until it fails (once unless global, see
/// `global_unicode`), keeping each result in `temp_roots`.
fn collect_results(
    vm: &mut Vm,
    rx: Value,
    s: Gc<JsString>,
    global_unicode: Option<bool>,
) -> JsResult<Vec<Value>> {
    if global_unicode.is_some() {
        set_last_index(vm, rx, 0.0)?;
    }
    let mut results = Vec::new();
    loop {
        let result = regexp_exec(vm, rx, s)?;
        if result.is_null() {
            return Ok(results);
        }
        vm.temp_roots.push(result);
        results.push(result);
        let Some(unicode) = global_unicode else {
            return Ok(results);
        };
        let matched = matched_text(vm, result)?;
        step_past_empty(vm, rx, matched, s, unicode)?;
    }
}

/// One result's replacement: (position, length of the match, the text to
/// put there). Values it keeps across calls go to `temp_roots`.
fn replacement_for(
    vm: &mut Vm,
    result: Value,
    s: Gc<JsString>,
    replacer: Replacer,
) -> JsResult<(usize, usize, Vec<u16>)> {
    let count = (length_of_array_like(vm, result)? - 1.0).max(0.0) as u64;
    let matched = matched_text(vm, result)?;
    vm.temp_roots.push(Value::string(matched));
    let position = vm.get(result, Key::Prop(vm.realm.names.index))?;
    let position = vm.to_integer(position)?.clamp(0.0, s.len() as f64) as usize;
    let mut captures = Vec::new();
    for n in 1..=count {
        let capture = vm.get(result, Key::Index(n as u32))?;
        let capture = if capture.is_undefined() {
            capture
        } else {
            Value::string(vm.to_string(capture)?)
        };
        vm.temp_roots.push(capture);
        captures.push(capture);
    }
    let groups = vm.get(result, Key::Prop(vm.realm.names.groups))?;
    vm.temp_roots.push(groups);
    let replacement = match replacer {
        Replacer::Function(f) => {
            let mut call_args = vec![Value::string(matched)];
            call_args.extend_from_slice(&captures);
            call_args.push(Value::number(position as f64));
            call_args.push(Value::string(s));
            if !groups.is_undefined() {
                call_args.push(groups);
            }
            let r = vm.call(f, Value::UNDEFINED, &call_args)?;
            vm.to_string(r)?.units().to_vec()
        }
        Replacer::Template(template) => {
            let groups = if groups.is_undefined() {
                groups
            } else {
                vm.to_object(groups)?
            };
            vm.temp_roots.push(groups);
            let found = Found {
                matched,
                position,
                captures: &captures,
                groups,
            };
            substitution(vm, &found, s, template)?
        }
    };
    Ok((position, matched.len(), replacement))
}

/// A match as GetSubstitution sees it.
struct Found<'a> {
    matched: Gc<JsString>,
    position: usize,
    /// Strings, or undefined for a group that did not participate.
    captures: &'a [Value],
    /// The `groups` object, or undefined.
    groups: Value,
}

/// GetSubstitution: the template with `$$`, `$&`, `` $` ``, `$'`, `$n`,
/// `$nn` and `$<name>` filled in.
fn substitution(
    vm: &mut Vm,
    found: &Found,
    s: Gc<JsString>,
    template: Gc<JsString>,
) -> JsResult<Vec<u16>> {
    let t = template.units();
    let mut out = Vec::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        let next = t.get(i + 1).map(|&u| u as u8);
        if t[i] != DOLLAR || next.is_none() || t[i + 1] > 0x7F {
            out.push(t[i]);
            i += 1;
            continue;
        }
        match next {
            Some(b'$') => out.push(DOLLAR),
            Some(b'&') => out.extend_from_slice(found.matched.units()),
            Some(b'`') => out.extend_from_slice(&s.units()[..found.position]),
            Some(b'\'') => {
                let tail = (found.position + found.matched.len()).min(s.len());
                out.extend_from_slice(&s.units()[tail..]);
            }
            Some(b'0'..=b'9') => match capture_reference(&t[i + 1..], found.captures.len()) {
                Some((n, digits)) => {
                    let capture = found.captures[n - 1];
                    if capture.is_string() {
                        out.extend_from_slice(capture.as_string().units());
                    }
                    i += 1 + digits;
                    continue;
                }
                None => {
                    out.push(DOLLAR);
                    i += 1;
                    continue;
                }
            },
            Some(b'<') if !found.groups.is_undefined() => {
                let rest = &t[i + 2..];
                let Some(end) = rest.iter().position(|&u| u == u16::from(b'>')) else {
                    out.extend_from_slice(&[DOLLAR, u16::from(b'<')]);
                    i += 2;
                    continue;
                };
                let name = vm.new_string(rest[..end].into());
                let key = vm.to_key(name)?;
                let capture = vm.get(found.groups, key)?;
                if !capture.is_undefined() {
                    out.extend_from_slice(vm.to_string(capture)?.units());
                }
                i += 2 + end + 1;
                continue;
            }
            _ => {
                out.push(DOLLAR);
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    Ok(out)
}

/// A `$n` or `$nn` reference (`digits` starts after the `$`): the capture
/// number and how many digits name it, when it names one. Two digits win
/// only when that capture exists, so `$10` with one capture is `$1` then
/// `0`.
fn capture_reference(digits: &[u16], count: usize) -> Option<(usize, usize)> {
    let digit = |i: usize| {
        digits
            .get(i)
            .filter(|&&u| (u16::from(b'0')..=u16::from(b'9')).contains(&u))
            .map(|&u| usize::from(u - u16::from(b'0')))
    };
    let first = digit(0)?;
    if let Some(second) = digit(1) {
        let n = first * 10 + second;
        if (1..=count).contains(&n) {
            return Some((n, 2));
        }
    }
    (1..=count).contains(&first).then_some((first, 1))
}

fn symbol_split(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let rx = object_receiver(vm, this, "@@split")?;
    let s = vm.to_string(arg(args, 0))?;
    let c = species_constructor(vm, rx)?;
    let flags = flags_of(vm, rx)?;
    let unicode = has_flag(flags, b'u') || has_flag(flags, b'v');
    let new_flags = if has_flag(flags, b'y') {
        Value::string(flags)
    } else {
        let mut units = flags.units().to_vec();
        units.push(u16::from(b'y'));
        vm.new_string(units.into_boxed_slice())
    };
    let splitter = construct_species(vm, c, rx, new_flags)?;
    let parts = vm.new_array(Vec::new());
    let limit = arg(args, 1);
    let limit = if limit.is_undefined() {
        u32::MAX
    } else {
        vm.to_uint32(limit)?
    };
    if limit == 0 {
        return Ok(Value::object(parts));
    }
    let mut out = Parts { parts, limit };
    if s.is_empty() {
        if regexp_exec(vm, splitter, s)?.is_null() {
            out.push(vm, Value::string(s));
        }
        return Ok(Value::object(parts));
    }
    // The shortcut is unobservable only on a RegExp made by %RegExp%
    // (nobody else holds it) whose `exec` is the builtin.
    let intrinsic = c.is_none_or(|c| is_builtin(c, regexp_ctor));
    match exec_of(vm, splitter)? {
        Exec::Builtin(o) if intrinsic => split_builtin(vm, o, s, &mut out),
        _ => split_generic(vm, splitter, s, unicode, &mut out)?,
    }
    Ok(Value::object(parts))
}

/// The array `[Symbol.split]` fills, up to its limit.
struct Parts {
    parts: Gc<JsObject>,
    limit: u32,
}

impl Parts {
    /// Appends `v`; true once the limit is reached.
    fn push(&mut self, vm: &mut Vm, v: Value) -> bool {
        let n = self.parts.array_length();
        vm.set_element(self.parts, n, v);
        n + 1 == self.limit
    }
}

/// split's loop as the spec writes it: a sticky match tried at each
/// position.
fn split_generic(
    vm: &mut Vm,
    splitter: Value,
    s: Gc<JsString>,
    unicode: bool,
    out: &mut Parts,
) -> JsResult<()> {
    let size = s.len();
    let (mut p, mut q) = (0, 0);
    while q < size {
        set_last_index(vm, splitter, q as f64)?;
        let z = regexp_exec(vm, splitter, s)?;
        if z.is_null() {
            q = advance_index(s.units(), q as f64, unicode) as usize;
            continue;
        }
        let end = vm.get(splitter, Key::Prop(vm.realm.names.last_index))?;
        let end = (to_length(vm, end)? as usize).min(size);
        if end == p {
            q = advance_index(s.units(), q as f64, unicode) as usize;
            continue;
        }
        let piece = substring(vm, s, p..q);
        if out.push(vm, piece) {
            return Ok(());
        }
        p = end;
        let count = (length_of_array_like(vm, z)? - 1.0).max(0.0) as u64;
        for n in 1..=count {
            let capture = vm.get(z, Key::Index(n as u32))?;
            if out.push(vm, capture) {
                return Ok(());
            }
        }
        q = p;
    }
    let rest = substring(vm, s, p..size);
    out.push(vm, rest);
    Ok(())
}

/// split's loop with the builtin matcher: a search from q finds the first
/// position where the sticky match would succeed, so the positions before
/// it are skipped at once. Runs no JavaScript.
fn split_builtin(vm: &mut Vm, splitter: Gc<JsObject>, s: Gc<JsString>, out: &mut Parts) {
    let (regex, flags) =
        with_slots(Value::object(splitter), |d| (d.regex.clone(), d.flags)).expect("a RegExp");
    let size = s.len();
    let (mut p, mut q) = (0, 0);
    while q < size {
        let Some(m) = find(&regex, flags, s.units(), q).filter(|m| m.start() < size) else {
            break;
        };
        if m.end() == p {
            q = advance_index(s.units(), m.start() as f64, flags.unicode_mode()) as usize;
            continue;
        }
        vm.record_last_match(s, &m);
        let piece = substring(vm, s, p..m.start());
        if out.push(vm, piece) {
            return;
        }
        p = m.end();
        for capture in &m.captures {
            let v = capture
                .clone()
                .map_or(Value::UNDEFINED, |r| substring(vm, s, r));
            if out.push(vm, v) {
                return;
            }
        }
        q = p;
    }
    let rest = substring(vm, s, p..size);
    out.push(vm, rest);
}

// ---- matchAll and %RegExpStringIteratorPrototype% ----

/// The slots of a RegExp String Iterator's state array, which lives under
/// a private symbol on the iterator. An undefined matcher means done.
const ITER_MATCHER: usize = 0;
const ITER_STRING: usize = 1;
const ITER_GLOBAL: usize = 2;
const ITER_UNICODE: usize = 3;

/// %RegExpStringIteratorPrototype% and the private key of its state.
fn install_string_iterator(vm: &mut Vm) -> (Gc<JsObject>, Gc<Symbol>) {
    let parent = Value::object(vm.realm.intrinsics.iterator_prototype);
    let proto = vm.new_object_with_proto(parent, ObjectClass::Ordinary);
    let description = vm.str("RegExpStringIterator");
    let state_key = vm.heap.alloc(Symbol::new(description, true));
    let next = vm.native_with_data(
        "next",
        string_iterator_next,
        0,
        vec![Value::symbol(state_key)],
    );
    vm.define_value(proto, "next", Value::object(next), Attrs::HIDDEN);
    let tag = vm.str("RegExp String Iterator");
    let k = symbol_key(vm.symbols.to_string_tag);
    vm.define_data(proto, k, tag, Attrs(Attrs::CONFIGURABLE));
    (proto, state_key)
}

fn symbol_match_all(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (proto, state_key) = (vm.callee_data(0), vm.callee_data(1));
    let rx = object_receiver(vm, this, "@@matchAll")?;
    let s = vm.to_string(arg(args, 0))?;
    let c = species_constructor(vm, rx)?;
    let flags = flags_of(vm, rx)?;
    let matcher = construct_species(vm, c, rx, Value::string(flags))?;
    let last_index = vm.get(rx, Key::Prop(vm.realm.names.last_index))?;
    let last_index = to_length(vm, last_index)?;
    set_last_index(vm, matcher, last_index)?;
    let global = has_flag(flags, b'g');
    let unicode = has_flag(flags, b'u') || has_flag(flags, b'v');
    let state = vm.new_array(vec![
        matcher,
        Value::string(s),
        Value::bool(global),
        Value::bool(unicode),
    ]);
    let iterator = vm.new_object_with_proto(proto, ObjectClass::Ordinary);
    let key = symbol_key(state_key.as_symbol());
    vm.define_data(iterator, key, Value::object(state), Attrs::NONE);
    Ok(Value::object(iterator))
}

fn string_iterator_next(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let key = symbol_key(vm.callee_data(0).as_symbol());
    let own = this.to_object_opt().and_then(|o| vm.get_own(o, key));
    let state = match own {
        Some(Own::Data(state, _)) => state.as_object(),
        _ => {
            return Err(incompatible_receiver(
                vm,
                this,
                "%RegExpStringIterator%.prototype.next",
            ));
        }
    };
    let matcher = state.elements[ITER_MATCHER];
    if matcher.is_undefined() {
        return Ok(vm.iter_result(Value::UNDEFINED, true));
    }
    let s = state.elements[ITER_STRING].as_string();
    let (global, unicode) = (
        state.elements[ITER_GLOBAL].as_bool(),
        state.elements[ITER_UNICODE].as_bool(),
    );
    let result = regexp_exec(vm, matcher, s)?;
    if result.is_null() {
        finish(vm, state);
        return Ok(vm.iter_result(Value::UNDEFINED, true));
    }
    if global {
        let matched = matched_text(vm, result)?;
        step_past_empty(vm, matcher, matched, s, unicode)?;
    } else {
        finish(vm, state);
    }
    Ok(vm.iter_result(result, false))
}

/// Marks a RegExp String Iterator done.
fn finish(vm: &mut Vm, state: Gc<JsObject>) {
    vm.set_element(state, ITER_MATCHER as u32, Value::UNDEFINED);
}

// ---- for String.prototype ----

/// GetMethod(v, symbol): undefined when absent, a TypeError when not
/// callable.
pub(super) fn get_method(vm: &mut Vm, v: Value, symbol: Gc<Symbol>) -> JsResult<Value> {
    let key = symbol_key(symbol);
    let f = vm.get(v, key)?;
    if f.is_nullish() {
        return Ok(Value::UNDEFINED);
    }
    if vm.is_callable(f) {
        return Ok(f);
    }
    let shown = vm.to_display_string(f);
    let k = vm.key_display(key);
    let o = vm.object_description(v);
    Err(vm.type_error(&format!(
        "'{shown}' returned for property '{k}' of object '{o}' is not a function"
    )))
}

/// matchAll and replaceAll refuse a RegExp without the `g` flag.
pub(super) fn require_global(vm: &mut Vm, v: Value, method: &str) -> JsResult<()> {
    if !is_regexp(vm, v)? {
        return Ok(());
    }
    let flags = vm.get_named(v, "flags")?;
    if flags.is_nullish() {
        // V8's wording differs between the two.
        let message = if method == "matchAll" {
            "The .flags property of the argument to String.prototype.matchAll cannot be null or undefined".to_string()
        } else {
            format!("String.prototype.{method} called on null or undefined")
        };
        return Err(vm.type_error(&message));
    }
    if !has_flag(vm.to_string(flags)?, b'g') {
        return Err(vm.type_error(&format!(
            "String.prototype.{method} called with a non-global RegExp argument"
        )));
    }
    Ok(())
}

/// RegExpCreate(pattern, flags), then Invoke(rx, symbol, «s»): match,
/// matchAll and search with a pattern that is not a RegExp.
pub(super) fn create_and_invoke(
    vm: &mut Vm,
    pattern: Value,
    flags: &str,
    symbol: Gc<Symbol>,
    s: Gc<JsString>,
) -> JsResult<Value> {
    let flags = vm.str(flags);
    let rx = regexp_create(vm, pattern, flags)?;
    let f = vm.get(rx, symbol_key(symbol))?;
    vm.call(f, rx, &[Value::string(s)])
}
