//! `util.inspect` and `console.log` formatting, ported from Node.js v20's
//! `lib/internal/util/inspect.js` with its default options (depth 2,
//! breakLength 80, compact 3, maxArrayLength 100, maxStringLength 10000).
//!
//! The code follows Node function by function (`formatValue`, `formatRaw`,
//! `formatProperty`, `reduceToSingleString`, `groupArrayElements`, …) so the
//! output matches character for character. Where Node measures `.length`,
//! lengths here are UTF-16 units too.
//!
//! One deliberate difference: inspecting never runs JavaScript. Getters are
//! not called (Node does not call them either, except for
//! `Symbol.toStringTag` and an error's `name`, `message`, `stack` and
//! `cause`, which are read here only when they are data properties), and
//! `[util.inspect.custom]` methods are ignored. With no JavaScript running no
//! collection can happen, so values may sit in Rust vectors while formatting.

use super::builtins::regexp;
use super::collections::OrderedTable;
use super::conversions::number_to_string;
use super::function::{FunctionKind, JsResult};
use super::heap::Gc;
use super::map::{Attrs, PropertyKey};
use super::object::{AccessorPair, IterKind, JsObject, ObjectClass};
use super::promise::PromiseStatus;
use super::property::{Key, Own};
use super::symbol::Symbol;
use super::typed_array;
use super::value::Value;
use super::vm::Vm;

const BREAK_LENGTH: usize = 80;
/// Node's `compact: 3`: up to three inner levels may share one line.
const COMPACT: usize = 3;
const MAX_ARRAY_LENGTH: usize = 100;
const MAX_STRING_LENGTH: usize = 10_000;
/// Strings at most this long are never split at their line breaks.
const MIN_LINE_LENGTH: usize = 16;
const DEFAULT_DEPTH: i32 = 2;
/// A comma and a space between grouped array entries.
const SEPARATOR_SPACE: usize = 2;

impl Vm {
    /// `util.inspect(v)` with the default options.
    pub fn inspect(&mut self, v: Value) -> String {
        Inspector::new(self, DEFAULT_DEPTH, false).format_value(v, 0)
    }

    /// The line `console.log(...args)` prints (Node's `formatWithOptions`):
    /// a leading string is a format string (`%s %d %i %f %j %o %O %c %%`),
    /// the remaining arguments follow separated by spaces, strings raw and
    /// everything else inspected.
    ///
    /// `%s`, `%d`, `%i`, `%f` and `%j` may run user code (`toString`,
    /// `valueOf`, `toJSON`). Node lets an exception from it escape
    /// `console.log`; here it is swallowed and the placeholder prints the
    /// inspected argument (`%s`, `%j`) or `NaN` (the numeric ones).
    pub fn format_log_args(&mut self, args: &[Value]) -> String {
        let mut out = String::new();
        // Index of the next argument appended after the format string.
        let mut next = 0;
        let mut join = "";
        if let Some(&first) = args.first()
            && first.is_string()
        {
            let format = first.as_string().to_rust_string();
            if args.len() == 1 {
                return format;
            }
            // Index of the last argument a placeholder consumed.
            let mut a = 0;
            let bytes = format.as_bytes();
            let mut last_pos = 0;
            let mut i = 0;
            while i + 1 < bytes.len() {
                if bytes[i] == b'%' {
                    i += 1;
                    if bytes[i] == b'%' {
                        out.push_str(&format[last_pos..i]);
                        last_pos = i + 1;
                    } else if a + 1 != args.len()
                        && let Some(piece) = format_placeholder(self, bytes[i], args[a + 1])
                    {
                        a += 1;
                        out.push_str(&format[last_pos..i - 1]);
                        out.push_str(&piece);
                        last_pos = i + 1;
                    }
                }
                i += 1;
            }
            if last_pos != 0 {
                next = a + 1;
                join = " ";
                out.push_str(&format[last_pos..]);
            }
        }
        for &v in &args[next..] {
            out.push_str(join);
            if v.is_string() {
                out.push_str(&v.as_string().to_rust_string());
            } else {
                out.push_str(&self.inspect(v));
            }
            join = " ";
        }
        out
    }
}

// ---- console.log format strings -------------------------------------------

/// The text for one `%x` placeholder, or None if `x` is not a placeholder
/// (then the argument is not consumed).
fn format_placeholder(vm: &mut Vm, spec: u8, arg: Value) -> Option<String> {
    Some(match spec {
        b's' => format_s(vm, arg),
        b'j' => format_j(vm, arg),
        b'd' => numeric_placeholder(vm, arg, |vm, v| vm.to_number(v)),
        b'i' => numeric_placeholder(vm, arg, |vm, v| Ok(parse_int(&vm.to_rust_string(v)?))),
        b'f' => numeric_placeholder(vm, arg, |vm, v| Ok(parse_float(&vm.to_rust_string(v)?))),
        b'O' => vm.inspect(arg),
        b'o' => Inspector::new(vm, 4, true).format_value(arg, 0),
        // `%c` takes a CSS argument and prints nothing.
        b'c' => String::new(),
        _ => return None,
    })
}

/// `%s`: numbers as inspect prints them (`-0`), objects with a built-in
/// `toString` inspected at depth 0, anything else through `String(v)`.
fn format_s(vm: &mut Vm, v: Value) -> String {
    if v.is_number() {
        return format_number(v.as_number());
    }
    if v.is_symbol() {
        return vm.to_display_string(v);
    }
    if v.is_object() && !v.as_object().is_callable() && has_builtin_to_string(vm, v.as_object()) {
        return Inspector::new(vm, 0, false).format_value(v, 0);
    }
    match vm.to_rust_string(v) {
        Ok(s) => s,
        Err(_) => vm.inspect(v),
    }
}

/// `%d`, `%i`, `%f`: symbols print NaN (Node checks before converting).
fn numeric_placeholder(
    vm: &mut Vm,
    v: Value,
    convert: impl FnOnce(&mut Vm, Value) -> JsResult<f64>,
) -> String {
    if v.is_symbol() {
        return "NaN".into();
    }
    format_number(convert(vm, v).unwrap_or(f64::NAN))
}

/// `%j`: `JSON.stringify(v)`, `[Circular]` for circular structures.
fn format_j(vm: &mut Vm, v: Value) -> String {
    match json_stringify(vm, v) {
        Ok(s) if s.is_string() => s.as_string().to_rust_string(),
        Ok(_) => "undefined".into(),
        Err(e) if is_circular_json_error(vm, e) => "[Circular]".into(),
        Err(_) => vm.inspect(v),
    }
}

fn json_stringify(vm: &mut Vm, v: Value) -> JsResult<Value> {
    let global = Value::object(vm.realm.intrinsics.global);
    let json = vm.get_named(global, "JSON")?;
    let stringify = vm.get_named(json, "stringify")?;
    vm.call(stringify, json, &[v])
}

/// Whether `e` is the TypeError JSON.stringify throws for a circular
/// structure. Like Node, compares with the first line of the message the
/// engine gives for a known circular object.
fn is_circular_json_error(vm: &mut Vm, e: Value) -> bool {
    let Some(error) = e.to_object_opt() else {
        return false;
    };
    if error_name(vm, error) != "TypeError" {
        return false;
    }
    let circular = vm.new_object();
    let key = vm.key_from_str("a");
    vm.define_data(circular, key, Value::object(circular), Attrs::DEFAULT);
    match json_stringify(vm, Value::object(circular)) {
        Err(reference) => first_message_line(vm, e) == first_message_line(vm, reference),
        Ok(_) => false,
    }
}

fn first_message_line(vm: &mut Vm, e: Value) -> Option<String> {
    let o = e.to_object_opt()?;
    let message = data_property(vm, o, Key::Prop(vm.realm.names.message));
    message.is_string().then(|| {
        let m = message.as_string().to_rust_string();
        m.split('\n').next().unwrap_or_default().to_string()
    })
}

/// Node's `hasBuiltInToString`: whether the `toString` (or
/// `Symbol.toPrimitive`) the object would use belongs to a built-in.
fn has_builtin_to_string(vm: &mut Vm, o: Gc<JsObject>) -> bool {
    let to_string = Key::Prop(vm.realm.names.to_string);
    let to_primitive = Key::Prop(PropertyKey::Symbol(vm.symbols.to_primitive));
    let callable = |vm: &mut Vm, key| {
        let v = data_property(vm, o, key);
        vm.is_callable(v)
    };
    let mut look_for_to_string = true;
    let mut look_for_to_primitive = true;
    if !callable(vm, to_string) {
        if !callable(vm, to_primitive) {
            return true;
        }
        if vm.get_own(o, to_primitive).is_some() {
            return false;
        }
        look_for_to_string = false;
    } else if vm.get_own(o, to_string).is_some() {
        return false;
    } else if !callable(vm, to_primitive) {
        look_for_to_primitive = false;
    } else if vm.get_own(o, to_primitive).is_some() {
        return false;
    }
    let mut pointer = o.map.prototype;
    while pointer.is_object() {
        let p = pointer.as_object();
        if (look_for_to_string && vm.get_own(p, to_string).is_some())
            || (look_for_to_primitive && vm.get_own(p, to_primitive).is_some())
        {
            let ctor = match vm.get_own(p, Key::Prop(vm.realm.names.constructor)) {
                Some(Own::Data(c, _)) => c,
                _ => return false,
            };
            return function_name(vm, ctor).is_some_and(|name| is_builtin_name(vm, &name));
        }
        pointer = p.map.prototype;
    }
    false
}

/// `parseInt(s)` (radix 10, or 16 with a `0x` prefix).
fn parse_int(s: &str) -> f64 {
    let s = s.trim_start_matches(is_js_whitespace);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, s) = match s.get(..2) {
        Some("0x" | "0X") => (16, &s[2..]),
        _ => (10, s),
    };
    let digits = s
        .bytes()
        .take_while(|b| (*b as char).is_digit(radix))
        .count();
    if digits == 0 {
        return f64::NAN;
    }
    let magnitude = if radix == 10 {
        // Rust's parser rounds long digit strings correctly, as V8 does.
        s[..digits].parse().unwrap_or(f64::NAN)
    } else {
        s[..digits].bytes().fold(0.0, |n, b| {
            n * 16.0 + (b as char).to_digit(16).unwrap_or(0) as f64
        })
    };
    if negative { -magnitude } else { magnitude }
}

/// `parseFloat(s)`: the longest prefix that is a decimal literal.
fn parse_float(s: &str) -> f64 {
    let s = s.trim_start_matches(is_js_whitespace);
    let b = s.as_bytes();
    let mut end = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    if s[end..].starts_with("Infinity") {
        return if b[0] == b'-' {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let digits_from = |i: usize| i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int_end = digits_from(end);
    let mut mantissa_digits = int_end - end;
    end = int_end;
    if b.get(end) == Some(&b'.') {
        let frac_end = digits_from(end + 1);
        mantissa_digits += frac_end - end - 1;
        end = frac_end;
    }
    if mantissa_digits == 0 {
        return f64::NAN;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exp_end = digits_from(end + 1 + sign);
        if exp_end > end + 1 + sign {
            end = exp_end;
        }
    }
    s[..end].parse().unwrap_or(f64::NAN)
}

/// JavaScript's StrWhiteSpaceChar (Rust's set has U+0085 and lacks U+FEFF).
fn is_js_whitespace(c: char) -> bool {
    c == '\u{feff}' || (c.is_whitespace() && c != '\u{85}')
}

// ---- property reads that never run JavaScript ---------------------------------

/// `o[key]` found along the prototype chain when it is a data property;
/// undefined for accessors (their getters are not called) and absent keys.
fn data_property(vm: &mut Vm, o: Gc<JsObject>, key: Key) -> Value {
    match vm.lookup(o, key) {
        Some((_, Own::Data(v, _))) => v,
        _ => Value::UNDEFINED,
    }
}

/// `f.name` when `f` is a function whose name is not '' (the test Node's
/// `getConstructorName` applies to a `constructor` property).
fn function_name(vm: &mut Vm, f: Value) -> Option<String> {
    if !vm.is_callable(f) {
        return None;
    }
    let name = data_property(vm, f.as_object(), Key::Prop(vm.realm.names.name));
    if name.is_string() && name.as_string().is_empty() {
        return None;
    }
    Some(vm.to_display_string(name))
}

/// Node's `builtInObjects.has(name)`: a global whose name looks like a
/// constructor's (`/^[A-Z][a-zA-Z0-9]+$/`).
fn is_builtin_name(vm: &mut Vm, name: &str) -> bool {
    let mut chars = name.chars();
    let looks_like_constructor = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && name.len() > 1
        && chars.all(|c| c.is_ascii_alphanumeric());
    if !looks_like_constructor {
        return false;
    }
    let key = vm.key_from_str(name);
    let global = vm.realm.intrinsics.global;
    vm.get_own(global, key).is_some()
}

/// `o instanceof ctor` by OrdinaryHasInstance (a custom
/// `Symbol.hasInstance` would be user code).
fn instance_of(vm: &mut Vm, o: Gc<JsObject>, ctor: Value) -> bool {
    let mut ctor = ctor.as_object();
    while let ObjectClass::Bound { target, .. } = ctor.class {
        ctor = target.as_object();
    }
    let proto = data_property(vm, ctor, Key::Prop(vm.realm.names.prototype));
    proto.is_object() && chain_contains(o, proto.as_object())
}

/// Whether `target` is on `o`'s prototype chain.
fn chain_contains(o: Gc<JsObject>, target: Gc<JsObject>) -> bool {
    let mut p = o.map.prototype;
    while p.is_object() {
        if p.as_object() == target {
            return true;
        }
        p = p.as_object().map.prototype;
    }
    false
}

/// Node's `isError`: a native error or an instance of Error.
fn is_error(vm: &Vm, o: Gc<JsObject>) -> bool {
    o.is_error() || chain_contains(o, vm.realm.intrinsics.error_prototype)
}

/// `err.name`, read without running user code: a data property, or a
/// DOMException's name slot (which its prototype's getter returns).
fn name_property(vm: &mut Vm, o: Gc<JsObject>) -> Value {
    match vm.lookup(o, Key::Prop(vm.realm.names.name)) {
        Some((_, Own::Data(v, _))) => v,
        _ => match o.class {
            ObjectClass::DomException { name, .. } => Value::string(name),
            _ => Value::UNDEFINED,
        },
    }
}

/// `err.name` as Node's `formatError` reads it (`'Error'` when nullish).
fn error_name(vm: &mut Vm, o: Gc<JsObject>) -> String {
    let name = name_property(vm, o);
    if name.is_nullish() {
        "Error".into()
    } else {
        vm.to_display_string(name)
    }
}

// ---- the inspector ---------------------------------------------------------

/// Node's `kObjectType`, `kArrayType` and `kArrayExtrasType`: how a property
/// is printed and whether entries may be grouped into columns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PropType {
    Object,
    ArrayElement,
    ArrayExtras,
}

/// What `format_raw` prints before the own properties (Node's `formatter`).
enum Entries {
    None,
    Array,
    /// Set members and iterator values; weak collections are `sorted`.
    Values {
        values: Vec<Value>,
        total: usize,
        sorted: bool,
    },
    /// Map entries as `k => v`.
    Arrows {
        pairs: Vec<(Value, Value)>,
        total: usize,
        sorted: bool,
    },
    /// Entry iterators' `[ k, v ]` pairs.
    Pairs {
        pairs: Vec<(Value, Value)>,
        total: usize,
    },
    ItemsUnknown,
    /// A typed array's elements.
    TypedArray(typed_array::View),
    /// An ArrayBuffer's `[Uint8Contents]: <00 01>`.
    Bytes(Value),
    /// A promise's state and result: `<pending>`, `v`, `<rejected> v`.
    Promise {
        status: PromiseStatus,
        result: Value,
    },
}

/// How `format_raw` lays out an object it did not finish early.
struct Shape {
    keys: Vec<Key>,
    base: String,
    braces: [String; 2],
    extras: PropType,
    entries: Entries,
}

enum Plan {
    /// Finished text (empty objects, functions without properties, …).
    Done(String),
    Format(Shape),
}

impl Shape {
    fn new(keys: Vec<Key>, open: String, close: &str, extras: PropType, entries: Entries) -> Shape {
        Shape {
            keys,
            base: String::new(),
            braces: [open, close.into()],
            extras,
            entries,
        }
    }
}

/// Node's inspection context (`ctx`).
struct Inspector<'vm> {
    vm: &'vm mut Vm,
    depth: i32,
    show_hidden: bool,
    indentation: usize,
    /// Depth of the object entered last (`ctx.currentDepth`).
    current_depth: i32,
    /// Objects being formatted, outermost first, to detect cycles.
    seen: Vec<Gc<JsObject>>,
    /// Objects found to be circular; `*n` is the index plus one.
    circular: Vec<Gc<JsObject>>,
}

impl<'vm> Inspector<'vm> {
    fn new(vm: &'vm mut Vm, depth: i32, show_hidden: bool) -> Inspector<'vm> {
        Inspector {
            vm,
            depth,
            show_hidden,
            indentation: 0,
            current_depth: 0,
            seen: Vec::new(),
            circular: Vec::new(),
        }
    }

    fn format_value(&mut self, v: Value, recurse_times: i32) -> String {
        if !v.is_object() {
            return self.format_primitive(v);
        }
        let mut o = v.as_object();
        // Like Node (showProxy off), a proxy shows its target, without traps.
        while let Some((target, _)) = super::proxy::parts(o) {
            if target.is_null() {
                return "<Revoked Proxy>".into();
            }
            o = target.as_object();
        }
        if self.seen.contains(&o) {
            let index = match self.circular.iter().position(|&c| c == o) {
                Some(i) => i + 1,
                None => {
                    self.circular.push(o);
                    self.circular.len()
                }
            };
            return format!("[Circular *{index}]");
        }
        self.format_raw(o, recurse_times)
    }

    fn format_primitive(&self, v: Value) -> String {
        if v.is_string() {
            self.format_string(v.as_string().units())
        } else if v.is_number() {
            format_number(v.as_number())
        } else if v.is_bool() {
            v.as_bool().to_string()
        } else if v.is_null() {
            "null".into()
        } else if v.is_symbol() {
            symbol_to_string(v.as_symbol())
        } else {
            "undefined".into()
        }
    }

    /// A quoted string; long ones are cut at `MAX_STRING_LENGTH` and, when
    /// they do not fit the line, split after each line break into
    /// `'…\n' +` pieces.
    fn format_string(&self, units: &[u16]) -> String {
        let (units, trailer) = if units.len() > MAX_STRING_LENGTH {
            let remaining = units.len() - MAX_STRING_LENGTH;
            let trailer = format!("... {remaining} more character{}", plural(remaining));
            (&units[..MAX_STRING_LENGTH], trailer)
        } else {
            (units, String::new())
        };
        let room = BREAK_LENGTH as isize - self.indentation as isize - 4;
        if units.len() > MIN_LINE_LENGTH && units.len() as isize > room {
            let separator = format!(" +\n{}", " ".repeat(self.indentation + 2));
            let lines: Vec<String> = units
                .split_inclusive(|&u| u == u16::from(b'\n'))
                .map(str_escape)
                .collect();
            return lines.join(&separator) + &trailer;
        }
        str_escape(units) + &trailer
    }

    fn format_raw(&mut self, o: Gc<JsObject>, recurse_times: i32) -> String {
        let mut proto_props = (self.show_hidden && recurse_times <= self.depth).then(Vec::new);
        let constructor = self.constructor_name(o, recurse_times, &mut proto_props);
        let ctor = constructor.as_deref();
        let proto_props = proto_props.filter(|p| !p.is_empty());
        let tag = self.string_tag(o);
        let Shape {
            keys,
            mut base,
            braces,
            extras,
            entries,
        } = match self.plan(o, ctor, &tag, proto_props.is_some()) {
            Plan::Done(text) => return text,
            Plan::Format(shape) => shape,
        };
        if recurse_times > self.depth {
            let mut name = self.ctx_style(o, ctor, &tag);
            name.pop();
            return if ctor.is_some() {
                format!("[{name}]")
            } else {
                name
            };
        }
        let recurse_times = recurse_times + 1;
        self.seen.push(o);
        self.current_depth = recurse_times;
        let mut output = self.format_entries(entries, o, recurse_times);
        for key in keys {
            output.push(self.format_property(o, recurse_times, key, extras, None));
        }
        output.extend(proto_props.into_iter().flatten());
        if let Some(index) = self.circular.iter().position(|&c| c == o) {
            let reference = format!("<ref *{}>", index + 1);
            base = if base.is_empty() {
                reference
            } else {
                format!("{reference} {base}")
            };
        }
        self.seen.pop();
        let braces = [braces[0].as_str(), braces[1].as_str()];
        self.reduce_to_single_string(output, &base, braces, extras, recurse_times, Some(o))
    }

    /// Decides how an object prints (the type dispatch of Node's
    /// `formatRaw`), finishing early where Node returns early.
    fn plan(&mut self, o: Gc<JsObject>, ctor: Option<&str>, tag: &str, proto_props: bool) -> Plan {
        if (ctor.is_none() || self.has_iterator(o))
            && let Some(plan) = self.plan_iterable(o, ctor, tag, proto_props)
        {
            return plan;
        }
        let mut keys = self.keys(o);
        let bare = |keys: &[Key]| keys.is_empty() && !proto_props;
        let mut shape = Shape::new(Vec::new(), "{".into(), "}", PropType::Object, Entries::None);
        if o.is_callable() {
            shape.base = self.function_base(o, ctor, tag);
            if bare(&keys) {
                return Plan::Done(shape.base);
            }
        } else if ctor == Some("Object") {
            if matches!(o.class, ObjectClass::Arguments { .. }) {
                shape.braces[0] = "[Arguments] {".into();
            } else if !tag.is_empty() {
                shape.braces[0] = format!("{}{{", prefix(ctor, tag, "Object", ""));
            }
            if bare(&keys) {
                return Plan::Done(format!("{}}}", shape.braces[0]));
            }
        } else if let Some(text) = regexp::display(&o) {
            let p = prefix(ctor, tag, "RegExp", "");
            shape.base = if p == "RegExp " {
                text
            } else {
                format!("{p}{text}")
            };
            if bare(&keys) {
                return Plan::Done(shape.base);
            }
        } else if let ObjectClass::Date(time) = o.class {
            shape.base = date_string(time);
            let p = prefix(ctor, tag, "Date", "");
            if p != "Date " {
                shape.base = format!("{p}{}", shape.base);
            }
            if bare(&keys) {
                return Plan::Done(shape.base);
            }
        } else if is_error(self.vm, o) {
            shape.base = self.format_error(o, ctor, tag, &mut keys);
            if bare(&keys) {
                return Plan::Done(shape.base);
            }
        } else if let ObjectClass::ArrayBuffer(_) = o.class {
            shape.braces[0] = format!("{}{{", prefix(ctor, tag, "ArrayBuffer", ""));
            keys.insert(0, self.vm.key_from_str("byteLength"));
            shape.entries = Entries::Bytes(Value::object(o));
        } else if let ObjectClass::DataView { .. } = o.class {
            shape.braces[0] = format!("{}{{", prefix(ctor, tag, "DataView", ""));
            let front = ["byteLength", "byteOffset", "buffer"].map(|k| self.vm.key_from_str(k));
            keys.splice(0..0, front);
        } else if let ObjectClass::Promise(state) = &o.class {
            shape.braces[0] = format!("{}{{", prefix(ctor, tag, "Promise", ""));
            shape.entries = Entries::Promise {
                status: state.status,
                result: state.result,
            };
        } else if let Some((table, is_map)) = weak_table(&o) {
            let name = if is_map { "WeakMap" } else { "WeakSet" };
            shape.braces[0] = format!("{}{{", prefix(ctor, tag, name, ""));
            shape.entries = if self.show_hidden {
                let (pairs, total) = live_entries(table, 0);
                if is_map {
                    Entries::Arrows {
                        pairs,
                        total,
                        sorted: true,
                    }
                } else {
                    Entries::Values {
                        values: first_of(pairs),
                        total,
                        sorted: true,
                    }
                }
            } else {
                Entries::ItemsUnknown
            };
        } else if let Some(base) = self.boxed_base(o, &mut keys, ctor, tag) {
            shape.base = base;
            if bare(&keys) {
                return Plan::Done(shape.base);
            }
        } else {
            let style = self.ctx_style(o, ctor, tag);
            if bare(&keys) {
                return Plan::Done(format!("{style}{{}}"));
            }
            shape.braces[0] = format!("{style}{{");
        }
        shape.keys = keys;
        Plan::Format(shape)
    }

    /// Arrays, Maps, Sets and their iterators; None for other objects.
    fn plan_iterable(
        &mut self,
        o: Gc<JsObject>,
        ctor: Option<&str>,
        tag: &str,
        proto_props: bool,
    ) -> Option<Plan> {
        if let ObjectClass::Array { length, .. } = o.class {
            let p = if ctor != Some("Array") || !tag.is_empty() {
                prefix(ctor, tag, "Array", &format!("({length})"))
            } else {
                String::new()
            };
            let keys: Vec<Key> = self
                .keys(o)
                .into_iter()
                .filter(|k| !matches!(k, Key::Index(_)))
                .collect();
            if length == 0 && keys.is_empty() && !proto_props {
                return Some(Plan::Done(format!("{p}[]")));
            }
            let open = format!("{p}[");
            let shape = Shape::new(keys, open, "]", PropType::ArrayExtras, Entries::Array);
            return Some(Plan::Format(shape));
        }
        if let Some(view) = typed_array::view_of(o) {
            // The tag comes from a getter; it is the element type's name.
            let tag = if tag.is_empty() {
                view.kind.name()
            } else {
                tag
            };
            let p = prefix(ctor, tag, view.kind.name(), &format!("({})", view.length()));
            let keys: Vec<Key> = self
                .keys(o)
                .into_iter()
                .filter(|k| !matches!(k, Key::Index(_)))
                .collect();
            if view.length() == 0 && keys.is_empty() && !proto_props {
                return Some(Plan::Done(format!("{p}[]")));
            }
            let open = format!("{p}[");
            let shape = Shape::new(
                keys,
                open,
                "]",
                PropType::ArrayExtras,
                Entries::TypedArray(view),
            );
            return Some(Plan::Format(shape));
        }
        if let Some((table, is_map)) = collection_table(&o) {
            let (pairs, size) = live_entries(table, 0);
            let (kind, entries) = if is_map {
                (
                    "Map",
                    Entries::Arrows {
                        pairs,
                        total: size,
                        sorted: false,
                    },
                )
            } else {
                let values = first_of(pairs);
                (
                    "Set",
                    Entries::Values {
                        values,
                        total: size,
                        sorted: false,
                    },
                )
            };
            let p = prefix(ctor, tag, kind, &format!("({size})"));
            let keys = self.keys(o);
            if size == 0 && keys.is_empty() && !proto_props {
                return Some(Plan::Done(format!("{p}{{}}")));
            }
            let shape = Shape::new(keys, format!("{p}{{"), "}", PropType::Object, entries);
            return Some(Plan::Format(shape));
        }
        if let ObjectClass::CollectionIterator {
            target,
            index,
            kind,
        } = o.class
        {
            let (entries, is_map) = self.preview_iterator(o, target, index as usize, kind);
            let [mut open, close] = iterator_braces(if is_map { "Map" } else { "Set" }, tag);
            if kind == IterKind::Entries
                && let Some(start) = open.strip_suffix(" Iterator] {")
            {
                open = format!("{start} Entries] {{");
            }
            let keys = self.keys(o);
            let shape = Shape::new(keys, open, &close, PropType::Object, entries);
            return Some(Plan::Format(shape));
        }
        None
    }

    /// What a Map or Set iterator has left (V8's `previewEntries`), and
    /// whether it iterates a Map.
    fn preview_iterator(
        &self,
        o: Gc<JsObject>,
        target: Value,
        index: usize,
        kind: IterKind,
    ) -> (Entries, bool) {
        let source = target.to_object_opt();
        let Some((table, is_map)) = source.as_ref().and_then(|t| collection_table(t)) else {
            // Exhausted iterators have dropped their collection.
            let is_map = chain_contains(o, self.vm.realm.intrinsics.map_iterator_prototype);
            let entries = Entries::Values {
                values: Vec::new(),
                total: 0,
                sorted: false,
            };
            return (entries, is_map);
        };
        let (pairs, total) = live_entries(table, index);
        let entries = match kind {
            IterKind::Entries if is_map => Entries::Pairs { pairs, total },
            IterKind::Entries => {
                let pairs = pairs.into_iter().map(|(k, _)| (k, k)).collect();
                Entries::Pairs { pairs, total }
            }
            IterKind::Values if is_map => {
                let values = pairs.into_iter().map(|(_, v)| v).collect();
                Entries::Values {
                    values,
                    total,
                    sorted: false,
                }
            }
            IterKind::Keys | IterKind::Values => Entries::Values {
                values: first_of(pairs),
                total,
                sorted: false,
            },
        };
        (entries, is_map)
    }

    fn format_entries(
        &mut self,
        entries: Entries,
        o: Gc<JsObject>,
        recurse_times: i32,
    ) -> Vec<String> {
        match entries {
            Entries::None => Vec::new(),
            Entries::Array => self.format_array(o, recurse_times),
            Entries::Values {
                values,
                total,
                sorted,
            } => {
                self.indentation += 2;
                let mut output: Vec<String> = values
                    .iter()
                    .map(|&v| self.format_value(v, recurse_times))
                    .collect();
                self.indentation -= 2;
                if sorted {
                    sort_utf16(&mut output);
                }
                push_remaining(&mut output, total - values.len());
                output
            }
            Entries::Arrows {
                pairs,
                total,
                sorted,
            } => {
                self.indentation += 2;
                let mut output: Vec<String> = pairs
                    .iter()
                    .map(|&(k, v)| {
                        let k = self.format_value(k, recurse_times);
                        format!("{k} => {}", self.format_value(v, recurse_times))
                    })
                    .collect();
                self.indentation -= 2;
                if sorted {
                    sort_utf16(&mut output);
                }
                push_remaining(&mut output, total - pairs.len());
                output
            }
            Entries::Pairs { pairs, total } => {
                self.indentation += 2;
                let mut output: Vec<String> = pairs
                    .iter()
                    .map(|&(k, v)| {
                        let pair = vec![
                            self.format_value(k, recurse_times),
                            self.format_value(v, recurse_times),
                        ];
                        self.reduce_to_single_string(
                            pair,
                            "",
                            ["[", "]"],
                            PropType::ArrayExtras,
                            recurse_times,
                            None,
                        )
                    })
                    .collect();
                self.indentation -= 2;
                push_remaining(&mut output, total - pairs.len());
                output
            }
            Entries::ItemsUnknown => vec!["<items unknown>".into()],
            Entries::TypedArray(view) => {
                let length = view.length();
                let shown = length.min(MAX_ARRAY_LENGTH);
                let mut output: Vec<String> = (0..shown)
                    .filter_map(|i| view.get(i))
                    .map(format_number)
                    .collect();
                push_remaining(&mut output, length - shown);
                output
            }
            Entries::Bytes(buffer) if typed_array::is_detached(buffer) => {
                vec!["(detached)".into()]
            }
            Entries::Bytes(buffer) => {
                let (hex, total) = typed_array::with_bytes(buffer, |b| {
                    let shown = &b[..b.len().min(MAX_ARRAY_LENGTH)];
                    let hex: Vec<String> = shown.iter().map(|x| format!("{x:02x}")).collect();
                    (hex.join(" "), b.len())
                });
                let mut text = format!("[Uint8Contents]: <{hex}");
                if total > MAX_ARRAY_LENGTH {
                    let more = total - MAX_ARRAY_LENGTH;
                    text.push_str(&format!(" ... {more} more byte{}", plural(more)));
                }
                text.push('>');
                vec![text]
            }
            Entries::Promise { status, result } => {
                if status == PromiseStatus::Pending {
                    return vec!["<pending>".into()];
                }
                self.indentation += 2;
                let shown = self.format_value(result, recurse_times);
                self.indentation -= 2;
                if status == PromiseStatus::Rejected {
                    vec![format!("<rejected> {shown}")]
                } else {
                    vec![shown]
                }
            }
        }
    }

    fn format_array(&mut self, o: Gc<JsObject>, recurse_times: i32) -> Vec<String> {
        let length = o.array_length() as usize;
        let len = length.min(MAX_ARRAY_LENGTH);
        let mut output = Vec::with_capacity(len + 1);
        for i in 0..len {
            let key = Key::Index(i as u32);
            let Some(desc) = self.vm.get_own(o, key) else {
                return self.format_special_array(o, recurse_times, len, output, i);
            };
            output.push(self.format_property(
                o,
                recurse_times,
                key,
                PropType::ArrayElement,
                Some(desc),
            ));
        }
        push_remaining(&mut output, length - len);
        output
    }

    /// The rest of an array with holes, from index `i` on: runs of holes
    /// print as `<n empty items>`.
    fn format_special_array(
        &mut self,
        o: Gc<JsObject>,
        recurse_times: i32,
        max_length: usize,
        mut output: Vec<String>,
        mut i: usize,
    ) -> Vec<String> {
        // Like Node, walks `Object.keys(o)` from position `i`, which is
        // index `i` because every earlier index was present.
        let keys = self.vm.own_enumerable_string_keys(o);
        let mut index = i;
        while i < keys.len() && output.len() < max_length {
            let Key::Index(k) = keys[i] else { break };
            let k = k as usize;
            if k != index {
                output.push(empty_items(k - index));
                index = k;
                if output.len() == max_length {
                    break;
                }
            }
            output.push(self.format_property(
                o,
                recurse_times,
                keys[i],
                PropType::ArrayElement,
                None,
            ));
            index += 1;
            i += 1;
        }
        let remaining = o.array_length() as usize - index;
        if output.len() != max_length {
            if remaining > 0 {
                output.push(empty_items(remaining));
            }
        } else {
            push_remaining(&mut output, remaining);
        }
        output
    }

    /// One entry: `key: value`, or just the value for array elements.
    /// `desc` is the property when the caller already has it.
    fn format_property(
        &mut self,
        o: Gc<JsObject>,
        recurse_times: i32,
        key: Key,
        ty: PropType,
        desc: Option<Own>,
    ) -> String {
        let (desc, enumerable) = match desc.or_else(|| self.vm.get_own(o, key)) {
            Some(d) => (Some(d), d.attrs().enumerable()),
            // Node's fallback `{ value: value[key], enumerable: true }`.
            None => {
                let v = self
                    .vm
                    .get(Value::object(o), key)
                    .unwrap_or(Value::UNDEFINED);
                (Some(Own::Data(v, Attrs(Attrs::ENUMERABLE))), true)
            }
        };
        let value = match desc {
            Some(Own::Data(v, _)) => {
                self.indentation += 2;
                let s = self.format_value(v, recurse_times);
                self.indentation -= 2;
                s
            }
            Some(Own::Accessor(pair, _)) => accessor_label(pair).into(),
            None => "undefined".into(),
        };
        if ty == PropType::ArrayElement {
            return value;
        }
        format!("{}: {value}", property_name(key, enumerable))
    }

    fn reduce_to_single_string(
        &mut self,
        output: Vec<String>,
        base: &str,
        braces: [&str; 2],
        extras: PropType,
        recurse_times: i32,
        value: Option<Gc<JsObject>>,
    ) -> String {
        let entries = output.len();
        let output = if extras == PropType::ArrayExtras && entries > 6 {
            self.group_array_elements(output, value)
        } else {
            output
        };
        let base_prefix = if base.is_empty() {
            String::new()
        } else {
            format!("{base} ")
        };
        // Up to `COMPACT` inner levels may share a line, if it is short
        // enough and the entries were not grouped into rows.
        if self.current_depth - recurse_times < COMPACT as i32 && entries == output.len() {
            let start = output.len() + self.indentation + js_len(braces[0]) + js_len(base) + 10;
            if is_below_break_length(&output, start, base) {
                let joined = output.join(", ");
                if !joined.contains('\n') {
                    return format!("{base_prefix}{} {joined} {}", braces[0], braces[1]);
                }
            }
        }
        let indentation = format!("\n{}", " ".repeat(self.indentation));
        let joined = output.join(&format!(",{indentation}  "));
        format!(
            "{base_prefix}{}{indentation}  {joined}{indentation}{}",
            braces[0], braces[1]
        )
    }

    /// Lays out many short array entries in aligned columns: numbers padded
    /// at the start, anything else at the end.
    fn group_array_elements(
        &mut self,
        mut output: Vec<String>,
        value: Option<Gc<JsObject>>,
    ) -> Vec<String> {
        // The "... n more items" entry stays on its own line.
        let has_more = MAX_ARRAY_LENGTH < output.len();
        let output_length = if has_more {
            output.len() - 1
        } else {
            output.len()
        };
        let data_len: Vec<usize> = output[..output_length]
            .iter()
            .map(|s| string_width(s))
            .collect();
        let total_length: usize = data_len.iter().map(|len| len + SEPARATOR_SPACE).sum();
        let max_length = data_len.iter().copied().max().unwrap_or(0);
        let actual_max = max_length + SEPARATOR_SPACE;
        // At least three entries must fit side by side, and one entry may not
        // be much longer than the rest (the gaps would be enormous).
        if actual_max * 3 + self.indentation >= BREAK_LENGTH
            || (total_length as f64 / actual_max as f64 <= 5.0 && max_length > 6)
        {
            return output;
        }
        // Aim for a square, characters being about 2.5 times as high as wide,
        // with a bias towards more columns for short entries.
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = [
            ((2.5 * biased_max * output_length as f64).sqrt() / biased_max).round(),
            ((BREAK_LENGTH - self.indentation) as f64 / actual_max as f64).floor(),
            (COMPACT * 4) as f64,
            15.0,
        ]
        .into_iter()
        .fold(f64::INFINITY, f64::min) as usize;
        if columns <= 1 {
            return output;
        }
        let max_line_length: Vec<usize> = (0..columns)
            .map(|i| {
                data_len
                    .iter()
                    .skip(i)
                    .step_by(columns)
                    .copied()
                    .max()
                    .unwrap_or(0)
                    + SEPARATOR_SPACE
            })
            .collect();
        let pad_start = value.is_none_or(|o| self.all_numbers(o, output.len()));
        let mut grouped = Vec::with_capacity(output_length / columns + 2);
        for start in (0..output_length).step_by(columns) {
            let end = (start + columns).min(output_length);
            let mut line = String::new();
            let cells = output[start..end - 1]
                .iter()
                .zip(&data_len[start..])
                .zip(&max_line_length);
            for ((entry, &len), &line_max) in cells {
                let width = line_max - len + js_len(entry);
                line.push_str(&pad(&format!("{entry}, "), width, pad_start));
            }
            let last = &output[end - 1];
            if pad_start {
                let width = max_line_length[end - 1 - start] - data_len[end - 1] - SEPARATOR_SPACE
                    + js_len(last);
                line.push_str(&pad(last, width, true));
            } else {
                line.push_str(last);
            }
            grouped.push(line);
        }
        if has_more {
            grouped.extend(output.pop());
        }
        grouped
    }

    /// Whether `value[0..n]` are all numbers (Node checks as many indices
    /// as there are output entries, extra properties included).
    fn all_numbers(&mut self, o: Gc<JsObject>, n: usize) -> bool {
        (0..n).all(|i| {
            let found = self.vm.lookup(o, Key::Index(i as u32));
            matches!(found, Some((_, Own::Data(v, _))) if v.is_number())
        })
    }

    // ---- names, tags and prefixes ----

    /// Node's `getConstructorName`: the name of the first `constructor` on
    /// the prototype chain that `o` is an instance of; None for objects
    /// whose chain ends without one right below `null`. With `showHidden`
    /// it also collects the prototypes' non-method properties.
    fn constructor_name(
        &mut self,
        o: Gc<JsObject>,
        recurse_times: i32,
        proto_props: &mut Option<Vec<String>>,
    ) -> Option<String> {
        let key = Key::Prop(self.vm.realm.names.constructor);
        // None until the first step up the chain (Node's `undefined`).
        let mut first_proto: Option<Value> = None;
        let mut obj = Value::object(o);
        while obj.is_object() {
            let holder = obj.as_object();
            if let Some(Own::Data(ctor, _)) = self.vm.get_own(holder, key)
                && let Some(name) = function_name(self.vm, ctor)
                && instance_of(self.vm, o, ctor)
            {
                if let Some(props) = proto_props
                    && (first_proto != Some(obj) || !is_builtin_name(self.vm, &name))
                {
                    let start = first_proto.map_or(o, Value::as_object);
                    self.add_prototype_properties(o, start, recurse_times, props);
                }
                return Some(name);
            }
            obj = holder.map.prototype;
            if first_proto.is_none() {
                first_proto = Some(obj);
            }
        }
        let proto = first_proto.filter(|p| p.is_object())?.as_object();
        let name = self.internal_constructor_name(o);
        if recurse_times > self.depth {
            return Some(format!("{name} <Complex prototype>"));
        }
        let inner = match self.constructor_name(proto, recurse_times + 1, proto_props) {
            Some(proto_name) => proto_name,
            None => {
                Inspector::new(self.vm, -1, self.show_hidden).format_value(Value::object(proto), 0)
            }
        };
        Some(format!("{name} <{inner}>"))
    }

    /// With `showHidden`, the properties up to three prototypes above `obj`
    /// define that are neither methods nor shadowed, until a built-in
    /// prototype (Node's `addPrototypeProperties`).
    fn add_prototype_properties(
        &mut self,
        main: Gc<JsObject>,
        mut obj: Gc<JsObject>,
        recurse_times: i32,
        output: &mut Vec<String>,
    ) {
        let constructor = Key::Prop(self.vm.realm.names.constructor);
        let mut shown_above: Vec<Key> = Vec::new();
        let mut keys: Vec<Key> = Vec::new();
        for depth in 0..3 {
            if depth != 0 || main == obj {
                let proto = obj.map.prototype;
                if !proto.is_object() {
                    return;
                }
                obj = proto.as_object();
                if let Some(Own::Data(ctor, _)) = self.vm.get_own(obj, constructor)
                    && function_name(self.vm, ctor)
                        .is_some_and(|name| is_builtin_name(self.vm, &name))
                {
                    return;
                }
            }
            shown_above.append(&mut keys);
            keys = self.vm.own_keys(obj);
            self.seen.push(main);
            for &key in &keys {
                if key == constructor
                    || self.vm.get_own(main, key).is_some()
                    || (depth != 0 && shown_above.contains(&key))
                {
                    continue;
                }
                let desc = self.vm.get_own(obj, key);
                if let Some(Own::Data(v, _)) = desc
                    && self.vm.is_callable(v)
                {
                    continue;
                }
                output.push(self.format_property(obj, recurse_times, key, PropType::Object, desc));
            }
            self.seen.pop();
        }
    }

    /// V8's `GetConstructorName`, approximated: a named `constructor` on
    /// the chain, else the kind of object.
    fn internal_constructor_name(&mut self, o: Gc<JsObject>) -> String {
        let ctor = data_property(self.vm, o, Key::Prop(self.vm.realm.names.constructor));
        function_name(self.vm, ctor).unwrap_or_else(|| self.class_name(o).into())
    }

    fn class_name(&self, o: Gc<JsObject>) -> &'static str {
        match &o.class {
            ObjectClass::Array { .. } => "Array",
            ObjectClass::Closure(_)
            | ObjectClass::Native(_)
            | ObjectClass::Bound { .. }
            | ObjectClass::Proxy { callable: true, .. } => "Function",
            ObjectClass::Error { .. } => "Error",
            ObjectClass::DomException { .. } => "DOMException",
            ObjectClass::Boolean(_) => "Boolean",
            ObjectClass::Number(_) => "Number",
            ObjectClass::String(_) => "String",
            ObjectClass::Symbol(_) => "Symbol",
            ObjectClass::Date(_) => "Date",
            ObjectClass::RegExp(_) => "RegExp",
            ObjectClass::Arguments { .. } => "Arguments",
            ObjectClass::MapCollection(_) => "Map",
            ObjectClass::SetCollection(_) => "Set",
            ObjectClass::WeakMapCollection(_) => "WeakMap",
            ObjectClass::WeakSetCollection(_) => "WeakSet",
            ObjectClass::ArrayIterator { .. } => "Array Iterator",
            ObjectClass::CollectionIterator { .. } => {
                if chain_contains(o, self.vm.realm.intrinsics.map_iterator_prototype) {
                    "Map Iterator"
                } else {
                    "Set Iterator"
                }
            }
            ObjectClass::StringIterator { .. } => "String Iterator",
            ObjectClass::Promise(_) => "Promise",
            ObjectClass::Timeout(_) => "Timeout",
            ObjectClass::ArrayBuffer(_) => "ArrayBuffer",
            ObjectClass::DataView { .. } => "DataView",
            ObjectClass::TypedArray(view) => view.kind.name(),
            ObjectClass::Ordinary
            | ObjectClass::Accessor(_)
            | ObjectClass::Proxy { .. }
            | ObjectClass::Generator(_)
            | ObjectClass::Combinator(_)
            | ObjectClass::AsyncFromSyncIterator { .. }
            | ObjectClass::ForIn { .. } => "Object",
        }
    }

    /// `value[Symbol.toStringTag]` when it is a string that is not also
    /// printed as a property (own enumerable, or own at all with
    /// `showHidden`); '' otherwise.
    fn string_tag(&mut self, o: Gc<JsObject>) -> String {
        let key = Key::Prop(PropertyKey::Symbol(self.vm.symbols.to_string_tag));
        let tag = data_property(self.vm, o, key);
        if !tag.is_string() || tag.as_string().is_empty() {
            return String::new();
        }
        let printed = self
            .vm
            .get_own(o, key)
            .is_some_and(|own| self.show_hidden || own.attrs().enumerable());
        if printed {
            String::new()
        } else {
            tag.as_string().to_rust_string()
        }
    }

    fn has_iterator(&mut self, o: Gc<JsObject>) -> bool {
        let key = Key::Prop(PropertyKey::Symbol(self.vm.symbols.iterator));
        self.vm.lookup(o, key).is_some()
    }

    /// Node's `getCtxStyle`: the prefix with a fallback name for objects
    /// without a constructor.
    fn ctx_style(&mut self, o: Gc<JsObject>, ctor: Option<&str>, tag: &str) -> String {
        let fallback = match ctor {
            None => {
                let name = self.internal_constructor_name(o);
                if name == tag { "Object".into() } else { name }
            }
            Some(_) => String::new(),
        };
        prefix(ctor, tag, &fallback, "")
    }

    /// Own keys as Node lists them: enumerable ones (`Object.keys` plus
    /// enumerable symbols), or all with `showHidden`.
    fn keys(&mut self, o: Gc<JsObject>) -> Vec<Key> {
        let keys = self.vm.own_keys(o);
        if self.show_hidden {
            return keys;
        }
        keys.into_iter()
            .filter(|&k| {
                self.vm
                    .get_own(o, k)
                    .is_some_and(|d| d.attrs().enumerable())
            })
            .collect()
    }

    // ---- functions, errors, boxed primitives ----

    fn function_base(&mut self, o: Gc<JsObject>, ctor: Option<&str>, tag: &str) -> String {
        let kind = o.closure().map(|c| c.shared.kind);
        if kind.is_some_and(FunctionKind::is_class_constructor) {
            return self.class_base(o, ctor, tag);
        }
        let is_async = o.closure().is_some_and(|c| c.shared.is_async);
        let ty = match (kind == Some(FunctionKind::Generator), is_async) {
            (true, true) => "AsyncGeneratorFunction",
            (true, false) => "GeneratorFunction",
            (false, true) => "AsyncFunction",
            (false, false) => "Function",
        };
        let mut base = format!("[{ty}");
        if ctor.is_none() {
            base.push_str(" (null prototype)");
        }
        let name = data_property(self.vm, o, Key::Prop(self.vm.realm.names.name));
        if name.is_string() {
            let name = name.as_string();
            if name.is_empty() {
                base.push_str(" (anonymous)");
            } else {
                base.push_str(&format!(": {}", name.to_rust_string()));
            }
        } else {
            base.push_str(&format!(": {}", self.format_value(name, 0)));
        }
        base.push(']');
        if let Some(c) = ctor
            && c != ty
        {
            base.push_str(&format!(" {c}"));
        }
        if !tag.is_empty() && ctor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        base
    }

    fn class_base(&mut self, o: Gc<JsObject>, ctor: Option<&str>, tag: &str) -> String {
        let name_key = Key::Prop(self.vm.realm.names.name);
        let own_name = match self.vm.get_own(o, name_key) {
            Some(Own::Data(v, _)) => v,
            _ => Value::UNDEFINED,
        };
        let name = if self.vm.to_boolean(own_name) {
            self.vm.to_display_string(own_name)
        } else {
            "(anonymous)".into()
        };
        let mut base = format!("class {name}");
        if let Some(c) = ctor
            && c != "Function"
        {
            base.push_str(&format!(" [{c}]"));
        }
        if !tag.is_empty() && ctor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        if ctor.is_none() {
            base.push_str(" extends [null prototype]");
        } else if let Some(parent) = o.map.prototype.to_object_opt() {
            let super_name = data_property(self.vm, parent, name_key);
            if self.vm.to_boolean(super_name) {
                base.push_str(&format!(
                    " extends {}",
                    self.vm.to_display_string(super_name)
                ));
            }
        }
        format!("[{base}]")
    }

    /// The stack, improved and indented, as Node prints an error; moves
    /// `cause` and `errors` into `keys` and drops keys the stack shows.
    fn format_error(
        &mut self,
        o: Gc<JsObject>,
        ctor: Option<&str>,
        tag: &str,
        keys: &mut Vec<Key>,
    ) -> String {
        let names = &self.vm.realm.names;
        let (message_key, cause_key) = (Key::Prop(names.message), Key::Prop(names.cause));
        let name = name_property(self.vm, o);
        let stack = self.stack_string(o);
        self.remove_duplicate_error_keys(o, keys, &stack);
        if self.vm.lookup(o, cause_key).is_some() && !keys.contains(&cause_key) {
            keys.push(cause_key);
        }
        let errors_key = self.vm.key_from_str("errors");
        let errors = data_property(self.vm, o, errors_key);
        if errors.is_object() && errors.as_object().is_array() && !keys.contains(&errors_key) {
            keys.push(errors_key);
        }
        let stack = if name.is_nullish() {
            improve_stack(stack, ctor, "Error", true, tag)
        } else {
            let display = self.vm.to_display_string(name);
            improve_stack(stack, ctor, &display, name.is_string(), tag)
        };
        // Frames start after the message (if the stack contains it).
        let message = data_property(self.vm, o, message_key);
        let from = if message.is_string() {
            let m = message.as_string().to_rust_string();
            match stack.find(&m) {
                Some(p) if p > 0 => p + m.len(),
                _ => 0,
            }
        } else {
            0
        };
        let mut stack = match stack[from..].find("\n    at") {
            None => format!("[{stack}]"),
            Some(i) => {
                let start = from + i;
                let frames = self.stack_frames(o, &stack[start + 1..]);
                format!("{}\n{}", &stack[..start], frames.join("\n"))
            }
        };
        if self.indentation != 0 {
            stack = stack.replace('\n', &format!("\n{}", " ".repeat(self.indentation)));
        }
        stack
    }

    /// `err.stack` if truthy, else `Error.prototype.toString` of it.
    fn stack_string(&mut self, o: Gc<JsObject>) -> String {
        self.vm.materialize_stack(o);
        let stack = data_property(self.vm, o, Key::Prop(self.vm.realm.names.stack));
        if !self.vm.to_boolean(stack) {
            return self.error_to_string(o);
        }
        if stack.is_string() {
            stack.as_string().to_rust_string()
        } else {
            self.format_value(stack, 0)
        }
    }

    fn error_to_string(&mut self, o: Gc<JsObject>) -> String {
        let name = error_name(self.vm, o);
        let message = data_property(self.vm, o, Key::Prop(self.vm.realm.names.message));
        let message = if message.is_undefined() {
            String::new()
        } else {
            self.vm.to_display_string(message)
        };
        match (name.is_empty(), message.is_empty()) {
            (_, true) => name,
            (true, false) => message,
            (false, false) => format!("{name}: {message}"),
        }
    }

    /// Hides `name`, `message` and `stack` when the stack already shows them.
    fn remove_duplicate_error_keys(&mut self, o: Gc<JsObject>, keys: &mut Vec<Key>, stack: &str) {
        if self.show_hidden || keys.is_empty() {
            return;
        }
        let names = &self.vm.realm.names;
        for key in [names.name, names.message, names.stack].map(Key::Prop) {
            if let Some(i) = keys.iter().position(|&k| k == key) {
                let v = data_property(self.vm, o, key);
                if !v.is_string() || stack.contains(&v.as_string().to_rust_string()) {
                    keys.remove(i);
                }
            }
        }
    }

    /// The stack's frame lines, with frames repeated from the `cause`'s
    /// stack folded into one line.
    fn stack_frames(&mut self, o: Gc<JsObject>, frames: &str) -> Vec<String> {
        let mut frames: Vec<String> = frames.split('\n').map(String::from).collect();
        let cause = data_property(self.vm, o, Key::Prop(self.vm.realm.names.cause));
        let Some(cause) = cause.to_object_opt().filter(|&c| is_error(self.vm, c)) else {
            return frames;
        };
        let cause_stack = self.stack_string(cause);
        if let Some(start) = cause_stack.find("\n    at") {
            let cause_frames: Vec<&str> = cause_stack[start + 1..].split('\n').collect();
            let (len, offset) = identical_sequence_range(&frames, &cause_frames);
            if len > 0 {
                let skipped = len - 2;
                let message = format!("    ... {skipped} lines matching cause stack trace ...");
                frames.drain(offset + 1..offset + 1 + skipped);
                frames.insert(offset + 1, message);
            }
        }
        frames
    }

    /// `[Number: 3]`, `[String: 'x']`, … for primitive wrappers; a String's
    /// index keys are dropped since the value shows them.
    fn boxed_base(
        &mut self,
        o: Gc<JsObject>,
        keys: &mut Vec<Key>,
        ctor: Option<&str>,
        tag: &str,
    ) -> Option<String> {
        let (ty, value) = match &o.class {
            ObjectClass::Number(d) => ("Number", format_number(*d)),
            ObjectClass::String(s) => {
                keys.drain(..s.len().min(keys.len()));
                ("String", self.format_string(s.units()))
            }
            ObjectClass::Boolean(b) => ("Boolean", b.to_string()),
            ObjectClass::Symbol(s) => ("Symbol", symbol_to_string(s.as_symbol())),
            _ => return None,
        };
        let mut base = format!("[{ty}");
        match ctor {
            None => base.push_str(" (null prototype)"),
            Some(c) if c != ty => base.push_str(&format!(" ({c})")),
            Some(_) => {}
        }
        base.push_str(&format!(": {value}]"));
        if !tag.is_empty() && ctor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        Some(base)
    }
}

// ---- helpers -----------------------------------------------------------------

/// Node's `getPrefix`: `Foo(size) [tag] `, or the null-prototype form.
fn prefix(ctor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match ctor {
        None if !tag.is_empty() && fallback != tag => {
            format!("[{fallback}{size}: null prototype] [{tag}] ")
        }
        None => format!("[{fallback}{size}: null prototype] "),
        Some(c) if !tag.is_empty() && c != tag => format!("{c}{size} [{tag}] "),
        Some(c) => format!("{c}{size} "),
    }
}

fn iterator_braces(kind: &str, tag: &str) -> [String; 2] {
    let name = format!("{kind} Iterator");
    let tag = if tag.is_empty() || tag == name {
        name
    } else {
        format!("{tag}] [{name}")
    };
    [format!("[{tag}] {{"), "}".into()]
}

/// The table of a Map or Set, and whether it is a Map.
fn collection_table(o: &JsObject) -> Option<(&OrderedTable, bool)> {
    match &o.class {
        ObjectClass::MapCollection(t) => Some((t, true)),
        ObjectClass::SetCollection(t) => Some((t, false)),
        _ => None,
    }
}

/// The table of a WeakMap or WeakSet, and whether it is a WeakMap.
fn weak_table(o: &JsObject) -> Option<(&OrderedTable, bool)> {
    match &o.class {
        ObjectClass::WeakMapCollection(t) => Some((t, true)),
        ObjectClass::WeakSetCollection(t) => Some((t, false)),
        _ => None,
    }
}

/// The first `MAX_ARRAY_LENGTH` live entries of a table from position
/// `start`, and how many live entries there are from there.
fn live_entries(table: &OrderedTable, start: usize) -> (Vec<(Value, Value)>, usize) {
    let live = table
        .entries
        .iter()
        .skip(start)
        .filter(|(k, _)| !k.is_hole());
    let total = live.clone().count();
    (live.take(MAX_ARRAY_LENGTH).copied().collect(), total)
}

fn first_of(pairs: Vec<(Value, Value)>) -> Vec<Value> {
    pairs.into_iter().map(|(k, _)| k).collect()
}

fn accessor_label(pair: AccessorPair) -> &'static str {
    match (pair.getter.is_undefined(), pair.setter.is_undefined()) {
        (false, false) => "[Getter/Setter]",
        (false, true) => "[Getter]",
        (true, false) => "[Setter]",
        (true, true) => "undefined",
    }
}

/// A property key as Node prints it: identifiers bare, other strings quoted,
/// symbols and non-enumerable keys in brackets.
fn property_name(key: Key, enumerable: bool) -> String {
    let units: Vec<u16> = match key {
        Key::Prop(PropertyKey::Symbol(s)) => {
            let mut name = String::from("[Symbol(");
            escape_into(&mut name, &description_units(s), true);
            name.push_str(")]");
            return name;
        }
        Key::Prop(PropertyKey::String(s)) => s.units().to_vec(),
        Key::Index(i) => i.to_string().encode_utf16().collect(),
    };
    if units.iter().copied().eq("__proto__".encode_utf16()) {
        "['__proto__']".into()
    } else if !enumerable {
        let mut name = String::from("[");
        escape_into(&mut name, &units, true);
        name.push(']');
        name
    } else if is_identifier(&units) {
        String::from_utf16_lossy(&units)
    } else {
        str_escape(&units)
    }
}

/// `/^[a-zA-Z_][a-zA-Z_0-9]*$/`
fn is_identifier(units: &[u16]) -> bool {
    let word = |u: &u16, digits: bool| {
        u8::try_from(*u)
            .is_ok_and(|b| b.is_ascii_alphabetic() || b == b'_' || (digits && b.is_ascii_digit()))
    };
    units.first().is_some_and(|u| word(u, false)) && units.iter().all(|u| word(u, true))
}

fn description_units(s: Gc<Symbol>) -> Vec<u16> {
    if s.description.is_string() {
        s.description.as_string().units().to_vec()
    } else {
        Vec::new()
    }
}

/// `Symbol(description)`, unescaped (as values print).
fn symbol_to_string(s: Gc<Symbol>) -> String {
    format!(
        "Symbol({})",
        String::from_utf16_lossy(&description_units(s))
    )
}

/// A number as inspect prints it: like `String(n)` but `-0` for negative zero.
fn format_number(d: f64) -> String {
    if d == 0.0 && d.is_sign_negative() {
        "-0".into()
    } else {
        number_to_string(d)
    }
}

/// Node's `strEscape`: quotes with `'`, or `"` / `` ` `` when that avoids
/// escaping single quotes, and escapes what would not print.
fn str_escape(units: &[u16]) -> String {
    let has = |c: u8| units.contains(&u16::from(c));
    let quote = if !has(b'\'') {
        '\''
    } else if !has(b'"') {
        '"'
    } else if !has(b'`')
        && !units
            .windows(2)
            .any(|w| w == [u16::from(b'$'), u16::from(b'{')])
    {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(units.len() + 2);
    out.push(quote);
    escape_into(&mut out, units, quote == '\'');
    out.push(quote);
    out
}

/// Appends `units`, escaping control characters, backslashes, lone
/// surrogates and (if asked) single quotes as Node's `meta` table does.
fn escape_into(out: &mut String, units: &[u16], escape_single_quote: bool) {
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok('\u{8}') => out.push_str("\\b"),
            Ok('\t') => out.push_str("\\t"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\u{c}') => out.push_str("\\f"),
            Ok('\r') => out.push_str("\\r"),
            Ok('\\') => out.push_str("\\\\"),
            Ok('\'') if escape_single_quote => out.push_str("\\'"),
            Ok(c @ ('\0'..='\u{1f}' | '\u{7f}'..='\u{9f}')) => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            Ok(c) => out.push(c),
            Err(e) => out.push_str(&format!("\\u{:x}", e.unpaired_surrogate())),
        }
    }
}

/// Node's `identicalSequenceRange`: the first run of more than three lines
/// of `a` that also appears in `b`, as (length, offset in `a`).
fn identical_sequence_range(a: &[String], b: &[&str]) -> (usize, usize) {
    for (i, first) in a.iter().enumerate().take(a.len().saturating_sub(3)) {
        let Some(pos) = b.iter().position(|&line| line == first.as_str()) else {
            continue;
        };
        let rest = b.len() - pos;
        if rest > 3 {
            let max_len = (a.len() - i).min(rest);
            let mut len = 1;
            while max_len > len && a[i + len] == b[pos + len] {
                len += 1;
            }
            if len > 3 {
                return (len, i);
            }
        }
    }
    (0, 0)
}

/// Node's `improveStack`: makes the first line name the class when it
/// differs from `name` (`MyError [TypeError]: …`, null prototypes).
fn improve_stack(
    mut stack: String,
    ctor: Option<&str>,
    name: &str,
    name_is_string: bool,
    tag: &str,
) -> String {
    if !name_is_string {
        let replacement = format!("{name} [{}]", prefix_name(ctor, tag, "Error"));
        stack = stack.replacen(name, &replacement, 1);
    }
    let mut len = name.len();
    let starts_with_name = name_is_string
        && name.ends_with("Error")
        && stack.starts_with(name)
        && matches!(stack.as_bytes().get(len), None | Some(b':' | b'\n'));
    if ctor.is_some() && !starts_with_name {
        return stack;
    }
    let mut fallback = "Error";
    if ctor.is_none() {
        let found = null_prototype_error_name(&stack).unwrap_or("");
        len = found.len();
        if !found.is_empty() {
            fallback = found;
        }
    }
    let prefix = prefix_name(ctor, tag, fallback);
    if name == prefix {
        stack
    } else if prefix.contains(name) {
        if len == 0 {
            format!("{prefix}: {stack}")
        } else {
            format!("{prefix}{}", &stack[len..])
        }
    } else {
        format!("{prefix} [{name}]{}", &stack[len..])
    }
}

/// `prefix` without its trailing space.
fn prefix_name(ctor: Option<&str>, tag: &str, fallback: &str) -> String {
    let mut p = prefix(ctor, tag, fallback, "");
    p.pop();
    p
}

/// The error name at the start of a stack, by Node's two regular
/// expressions `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/` and
/// `/^([a-z_A-Z0-9-]*Error)$/`.
fn null_prototype_error_name(stack: &str) -> Option<&str> {
    let b = stack.as_bytes();
    let name_char = |c: &u8| c.is_ascii_alphanumeric() || b"_ []()-".contains(c);
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        let end = 1 + b[1..].iter().take_while(|c| name_char(c)).count();
        if end >= 2 && (b.get(end) == Some(&b':') || stack[end..].starts_with("\n    at")) {
            return Some(&stack[..end]);
        }
    }
    let plain = b
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-');
    (plain && stack.ends_with("Error")).then_some(stack)
}

/// `Date.prototype.toISOString`, or `Invalid Date`.
fn date_string(time: f64) -> String {
    if time.is_nan() {
        return "Invalid Date".into();
    }
    const MS_PER_DAY: f64 = 86_400_000.0;
    let days = (time / MS_PER_DAY).floor();
    let ms = (time - days * MS_PER_DAY) as i64;
    let (year, month, day) = civil_from_days(days as i64);
    let year = if (0..=9999).contains(&year) {
        format!("{year:04}")
    } else if year < 0 {
        format!("-{:06}", -year)
    } else {
        format!("+{year:06}")
    };
    format!(
        "{year}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// (year, month, day) of a day count since 1970-01-01 (proleptic
/// Gregorian; Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    // Each entry is followed by at least a comma (and a space).
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for entry in output {
        total += js_len(entry);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

/// JavaScript's `.length`: UTF-16 units.
fn js_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// `padStart`/`padEnd` with spaces to `width` UTF-16 units.
fn pad(s: &str, width: usize, at_start: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(js_len(s)));
    if at_start {
        fill + s
    } else {
        format!("{s}{fill}")
    }
}

/// Columns a string takes on a terminal (Node's `getStringWidth`):
/// control and combining characters take none, East Asian wide ones two.
fn string_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let code = c as u32;
            if code < 0x20 || (0x7f..=0x9f).contains(&code) || is_zero_width(code) {
                0
            } else if is_full_width(code) {
                2
            } else {
                1
            }
        })
        .sum()
}

fn is_zero_width(code: u32) -> bool {
    matches!(
        code,
        0x300..=0x36F
            | 0x200B..=0x200F
            | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F
            | 0xFE20..=0xFE2F
            | 0xE0100..=0xE01EF
    )
}

fn is_full_width(code: u32) -> bool {
    matches!(
        code,
        0x1100..=0x115F
            | 0x2329
            | 0x232A
            | 0x2E80..=0x303E
            | 0x3040..=0x3247
            | 0x3250..=0x4DBF
            | 0x4E00..=0xA4C6
            | 0xA960..=0xA97C
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE10..=0xFE19
            | 0xFE30..=0xFE6B
            | 0xFF01..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1B000..=0x1B001
            | 0x1F200..=0x1F251
            | 0x1F300..=0x1F64F
            | 0x20000..=0x3FFFD
    )
}

fn sort_utf16(output: &mut [String]) {
    output.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
}

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

fn push_remaining(output: &mut Vec<String>, remaining: usize) {
    if remaining > 0 {
        output.push(format!("... {remaining} more item{}", plural(remaining)));
    }
}

fn empty_items(n: usize) -> String {
    format!("<{n} empty item{}>", plural(n))
}
