//! The global object's own properties: globalThis, NaN, Infinity,
//! undefined, parseInt, parseFloat, isNaN, isFinite, the URI functions,
//! d8's `print`, Node's `performance`, `process` and `global`, and Date.

use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use super::arg;
use super::keyed::{define_methods, define_tag, incompatible_receiver, prototype_from_new_target};
use crate::runtime::conversions::Hint;
use crate::runtime::errors::ErrorKind;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::{Key, Own};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// What `process.version` reports: the Node line whose behaviour we follow.
const NODE_VERSION: &str = "v20.0.0-unspool";

pub fn install(vm: &mut Vm) {
    let global = vm.realm.intrinsics.global;
    let this = Value::object(global);
    vm.define_value(global, "globalThis", this, Attrs::HIDDEN);
    // Node's older name for it, enumerable as in Node.
    vm.define_value(global, "global", this, Attrs::DEFAULT);
    vm.define_value(global, "NaN", Value::double(f64::NAN), Attrs::NONE);
    vm.define_value(
        global,
        "Infinity",
        Value::double(f64::INFINITY),
        Attrs::NONE,
    );
    vm.define_value(global, "undefined", Value::UNDEFINED, Attrs::NONE);
    install_functions(vm, global);
    install_performance(vm, global);
    install_process(vm, global);
    install_date(vm);
}

fn install_functions(vm: &mut Vm, global: Gc<JsObject>) {
    let parse_int = vm.define_native(global, "parseInt", parse_int, 2);
    let parse_float = vm.define_native(global, "parseFloat", parse_float, 1);
    let eval = vm.define_native(global, "eval", eval, 1);
    vm.realm.eval_function = Value::object(eval);
    define_methods(
        vm,
        global,
        &[
            ("isNaN", is_nan, 1),
            ("isFinite", is_finite, 1),
            ("decodeURI", decode_uri, 1),
            ("decodeURIComponent", decode_uri_component, 1),
            ("encodeURI", encode_uri, 1),
            ("encodeURIComponent", encode_uri_component, 1),
            ("print", print, 0),
        ],
    );
    // Number.parseInt and Number.parseFloat are these same function objects.
    let number = vm
        .get_named(Value::object(global), "Number")
        .ok()
        .and_then(Value::to_object_opt)
        .expect("number::install runs before global::install");
    vm.define_value(number, "parseInt", Value::object(parse_int), Attrs::HIDDEN);
    vm.define_value(
        number,
        "parseFloat",
        Value::object(parse_float),
        Attrs::HIDDEN,
    );
}

fn install_performance(vm: &mut Vm, global: Gc<JsObject>) {
    let performance = vm.new_object();
    vm.define_native(performance, "now", performance_now, 0);
    define_tag(vm, performance, "Performance");
    vm.define_value(
        global,
        "performance",
        Value::object(performance),
        Attrs::DEFAULT,
    );
}

fn install_process(vm: &mut Vm, global: Gc<JsObject>) {
    let process = vm.new_object();
    let argv = vm.new_native_function("get argv", process_argv, 0, false);
    let key = vm.key_from_str("argv");
    let attrs = Attrs(Attrs::ENUMERABLE | Attrs::CONFIGURABLE);
    vm.define_accessor(process, key, Some(Value::object(argv)), None, attrs);
    let env = vm.new_object();
    vm.define_value(process, "env", Value::object(env), Attrs::DEFAULT);
    let platform = vm.str("linux");
    vm.define_value(process, "platform", platform, Attrs::DEFAULT);
    let version = vm.str(NODE_VERSION);
    vm.define_value(process, "version", version, Attrs::DEFAULT);
    vm.define_native(process, "exit", process_exit, 1);
    super::timers::install_next_tick(vm, process);
    for (name, write) in [
        ("stdout", stdout_write as NativeFn),
        ("stderr", stderr_write),
    ] {
        let stream = vm.new_object();
        vm.define_native(stream, "write", write, 3);
        vm.define_value(process, name, Value::object(stream), Attrs::DEFAULT);
    }
    define_tag(vm, process, "process");
    vm.define_value(global, "process", Value::object(process), Attrs::HIDDEN);
}

// ---- numbers ----

fn parse_int(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let input = vm.to_string(arg(args, 0))?;
    let radix = vm.to_int32(arg(args, 1))?;
    Ok(Value::number(parse_int_units(input.units(), radix)))
}

fn parse_float(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let input = vm.to_string(arg(args, 0))?;
    Ok(Value::number(parse_float_units(input.units())))
}

fn is_nan(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.to_number(arg(args, 0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.to_number(arg(args, 0))?.is_finite()))
}

/// StrWhiteSpaceChar: the WhiteSpace and LineTerminator code units, which
/// are not quite Rust's `char::is_whitespace` (U+FEFF is in, U+0085 out).
fn is_js_whitespace(u: u16) -> bool {
    matches!(u, 0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A)
        || matches!(u, 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF)
}

fn trim_start(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&u| !is_js_whitespace(u))
        .unwrap_or(units.len());
    &units[start..]
}

/// Splits a leading `+` or `-` off; true when it was `-`.
fn split_sign(units: &[u16]) -> (bool, &[u16]) {
    match units.first() {
        Some(&u) if u == u16::from(b'-') => (true, &units[1..]),
        Some(&u) if u == u16::from(b'+') => (false, &units[1..]),
        _ => (false, units),
    }
}

fn digit_value(u: u16, radix: u32) -> Option<u32> {
    char::from_u32(u32::from(u))?.to_digit(radix)
}

/// parseInt's algorithm (ECMA-262 19.2.5) after ToString and ToInt32.
fn parse_int_units(units: &[u16], radix: i32) -> f64 {
    let (negative, mut s) = split_sign(trim_start(units));
    // A `0x` prefix is skipped when the radix is 16 or not given.
    let (mut radix, allow_prefix) = match radix {
        0 => (10, true),
        16 => (16, true),
        2..=36 => (radix as u32, false),
        _ => return f64::NAN,
    };
    let hex_prefix = s.len() >= 2 && s[0] == u16::from(b'0') && (s[1] | 0x20) == u16::from(b'x');
    if allow_prefix && hex_prefix {
        radix = 16;
        s = &s[2..];
    }
    let digits: Vec<u32> = s.iter().map_while(|&u| digit_value(u, radix)).collect();
    if digits.is_empty() {
        return f64::NAN;
    }
    let magnitude = match radix {
        10 => decimal_value(&digits),
        2 | 4 | 8 | 16 | 32 => binary_value(&digits, radix),
        _ => chunked_value(&digits, radix),
    };
    if negative { -magnitude } else { magnitude }
}

/// Decimal digits round correctly, like V8's strtod.
fn decimal_value(digits: &[u32]) -> f64 {
    let text: String = digits.iter().map(|&d| char::from(b'0' + d as u8)).collect();
    text.parse().unwrap_or(f64::NAN)
}

/// Power-of-two radices are exact up to the final rounding to 53 bits
/// (to nearest, ties to even), as the spec requires and V8 does.
fn binary_value(digits: &[u32], radix: u32) -> f64 {
    let bits_per_digit = radix.trailing_zeros();
    let bits = digits
        .iter()
        .flat_map(|&d| (0..bits_per_digit).rev().map(move |b| (d >> b) & 1));
    // The first 54 significant bits (53 kept plus the rounding bit), then
    // how many bits follow and whether any of them is set.
    let (mut head, mut head_len, mut tail_len, mut sticky) = (0u64, 0u32, 0i32, false);
    for bit in bits.skip_while(|&b| b == 0) {
        if head_len < 54 {
            head = (head << 1) | u64::from(bit);
            head_len += 1;
        } else {
            tail_len += 1;
            sticky |= bit == 1;
        }
    }
    if head_len <= 53 {
        return head as f64;
    }
    let mut mantissa = head >> 1;
    if head & 1 == 1 && (sticky || mantissa & 1 == 1) {
        mantissa += 1;
    }
    mantissa as f64 * 2f64.powi(tail_len + 1)
}

/// Other radices: V8's approximation, which the spec allows. Digits are
/// gathered into chunks whose multiplier stays within 32 bits, and each
/// chunk is folded in with one floating-point multiply-add.
fn chunked_value(digits: &[u32], radix: u32) -> f64 {
    const MAX_MULTIPLIER: u32 = u32::MAX / 36;
    let mut result = 0.0;
    let mut rest = digits;
    while !rest.is_empty() {
        let (mut part, mut multiplier, mut used) = (0u32, 1u32, 0);
        for &d in rest {
            if multiplier * radix > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + d;
            multiplier *= radix;
            used += 1;
        }
        result = result * f64::from(multiplier) + f64::from(part);
        rest = &rest[used..];
    }
    result
}

/// parseFloat (ECMA-262 19.2.4): the longest StrDecimalLiteral prefix.
fn parse_float_units(units: &[u16]) -> f64 {
    let trimmed = trim_start(units);
    let (negative, body) = split_sign(trimmed);
    if body.len() >= 8 && body[..8].iter().copied().eq("Infinity".encode_utf16()) {
        return if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let len = decimal_prefix_len(body);
    if len == 0 {
        return f64::NAN;
    }
    // Sign and literal are ASCII; Rust's parser rounds correctly and keeps -0.
    let sign_len = trimmed.len() - body.len();
    let text: String = trimmed[..sign_len + len]
        .iter()
        .map(|&u| char::from(u as u8))
        .collect();
    text.parse().unwrap_or(f64::NAN)
}

/// The length of the StrUnsignedDecimalLiteral (without `Infinity`) that
/// starts `s`: digits, an optional fraction, and an exponent only when it
/// has digits; 0 when there is none.
fn decimal_prefix_len(s: &[u16]) -> usize {
    let digits_from = |i: usize| {
        s.get(i..).map_or(0, |rest| {
            rest.iter().take_while(|&&u| is_ascii_digit(u)).count()
        })
    };
    let int_len = digits_from(0);
    let mut end = int_len;
    if s.get(end) == Some(&u16::from(b'.')) {
        let frac_len = digits_from(end + 1);
        if int_len + frac_len == 0 {
            return 0;
        }
        end += 1 + frac_len;
    } else if int_len == 0 {
        return 0;
    }
    if s.get(end).is_some_and(|&u| (u | 0x20) == u16::from(b'e')) {
        let mut exp = end + 1;
        if s.get(exp)
            .is_some_and(|&u| u == u16::from(b'+') || u == u16::from(b'-'))
        {
            exp += 1;
        }
        let exp_len = digits_from(exp);
        if exp_len > 0 {
            end = exp + exp_len;
        }
    }
    end
}

fn is_ascii_digit(u: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&u)
}

// ---- URIs (ECMA-262 19.2.6) ----

/// uriReserved and `#`: what encodeURI leaves alone on top of the
/// unreserved set, and what decodeURI leaves escaped.
const URI_RESERVED_AND_HASH: &str = ";/?:@&=+$,#";
/// The marks of uriUnreserved (letters and digits are the rest).
const URI_MARKS: &str = "-_.!~*'()";

fn encode_uri(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    encode(vm, arg(args, 0), URI_RESERVED_AND_HASH)
}

fn encode_uri_component(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    encode(vm, arg(args, 0), "")
}

fn decode_uri(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    decode(vm, arg(args, 0), URI_RESERVED_AND_HASH)
}

fn decode_uri_component(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    decode(vm, arg(args, 0), "")
}

fn encode(vm: &mut Vm, v: Value, also_unescaped: &str) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    match encode_units(s.units(), also_unescaped) {
        Some(units) => Ok(vm.new_string(units.into_boxed_slice())),
        None => Err(vm.make_error(ErrorKind::UriError, "URI malformed")),
    }
}

fn decode(vm: &mut Vm, v: Value, preserve: &str) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    match decode_units(s.units(), preserve) {
        Some(units) => Ok(vm.new_string(units.into_boxed_slice())),
        None => Err(vm.make_error(ErrorKind::UriError, "URI malformed")),
    }
}

/// An ASCII code unit as a char, for membership in the sets above.
fn ascii(u: u16) -> Option<char> {
    u8::try_from(u).ok().filter(u8::is_ascii).map(char::from)
}

/// Encode: code points outside the unescaped set become `%XX` escapes of
/// their UTF-8 bytes. None for a lone surrogate.
fn encode_units(units: &[u16], also_unescaped: &str) -> Option<Vec<u16>> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let unescaped = ascii(units[i]).is_some_and(|c| {
            c.is_ascii_alphanumeric() || URI_MARKS.contains(c) || also_unescaped.contains(c)
        });
        if unescaped {
            out.push(units[i]);
            i += 1;
            continue;
        }
        let c = char::decode_utf16(units[i..].iter().copied())
            .next()?
            .ok()?;
        i += c.len_utf16();
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            out.extend([b'%', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]].map(u16::from));
        }
    }
    Some(out)
}

/// Decode: `%XX` escapes of UTF-8 sequences become their code points,
/// except single bytes in `preserve`, which stay escaped as written. None
/// for a malformed escape or invalid UTF-8.
fn decode_units(units: &[u16], preserve: &str) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if units[i] != u16::from(b'%') {
            out.push(units[i]);
            i += 1;
            continue;
        }
        let first = escaped_byte(units, i)?;
        let start = i;
        i += 3;
        if first < 0x80 {
            if preserve.contains(char::from(first)) {
                out.extend_from_slice(&units[start..i]);
            } else {
                out.push(u16::from(first));
            }
            continue;
        }
        let len = first.leading_ones() as usize;
        if !(2..=4).contains(&len) {
            return None;
        }
        let mut bytes = [first, 0, 0, 0];
        for continuation in &mut bytes[1..len] {
            *continuation = escaped_byte(units, i).filter(|b| (b & 0xC0) == 0x80)?;
            i += 3;
        }
        // Rust's UTF-8 validation rejects what the spec rejects: overlong
        // forms, surrogates and code points above U+10FFFF.
        let c = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
        let mut buf = [0u16; 2];
        out.extend_from_slice(c.encode_utf16(&mut buf));
    }
    Some(out)
}

/// The byte of the `%XX` escape at `i`.
fn escaped_byte(units: &[u16], i: usize) -> Option<u8> {
    if units.get(i) != Some(&u16::from(b'%')) {
        return None;
    }
    let hex = |j: usize| {
        units
            .get(j)
            .and_then(|&u| ascii(u))
            .and_then(|c| c.to_digit(16))
    };
    Some(((hex(i + 1)? << 4) | hex(i + 2)?) as u8)
}

// ---- d8 and Node extras ----

/// d8's `print`: the arguments as strings, space-separated, on one line.
fn print(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut line = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        line.push_str(&vm.to_rust_string(a)?);
    }
    line.push('\n');
    vm.write_out(&line);
    Ok(Value::UNDEFINED)
}

/// Milliseconds since the engine started, with sub-millisecond precision.
fn performance_now(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(
        vm.start_time.elapsed().as_secs_f64() * 1000.0,
    ))
}

/// `process.argv` is built on first read, because `Vm::new` installs the
/// builtins before the command line fills `vm.argv`. The getter then
/// replaces itself with a data property, so later reads see the same
/// (mutable) array, as in Node.
fn process_argv(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let argv = vm.argv.clone();
    let items = argv.iter().map(|a| vm.str(a)).collect();
    let array = Value::object(vm.new_array(items));
    if let Some(process) = this.to_object_opt() {
        vm.define_value(process, "argv", array, Attrs::DEFAULT);
    }
    Ok(array)
}

fn process_exit(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let code = arg(args, 0);
    let code = if code.is_undefined() {
        0
    } else {
        vm.to_int32(code)?
    };
    vm.flush_output();
    std::process::exit(code)
}

fn stdout_write(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let text = chunk_text(vm, arg(args, 0))?;
    vm.write_out(&text);
    Ok(Value::TRUE)
}

fn stderr_write(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let text = chunk_text(vm, arg(args, 0))?;
    // Flushed first so that the two streams interleave in program order.
    vm.flush_output();
    let _ = std::io::stderr().write_all(text.as_bytes());
    Ok(Value::TRUE)
}

/// The string a stream's `write` accepts, or Node's errors for other values.
fn chunk_text(vm: &mut Vm, chunk: Value) -> JsResult<String> {
    if chunk.is_string() {
        return Ok(chunk.as_string().to_rust_string());
    }
    if chunk.is_null() {
        return Err(node_type_error(
            vm,
            "ERR_STREAM_NULL_VALUES",
            "May not write null values to stream",
        ));
    }
    let received = received_description(vm, chunk)?;
    let message = format!(
        "The \"chunk\" argument must be of type string or an instance of Buffer, \
         TypedArray, or DataView. Received {received}"
    );
    Err(node_type_error(vm, "ERR_INVALID_ARG_TYPE", &message))
}

/// How Node's ERR_INVALID_ARG_TYPE names the value it got.
fn received_description(vm: &mut Vm, v: Value) -> JsResult<String> {
    /// Node cuts inspections longer than this to `KEPT` characters and `...`.
    const MAX_INSPECTED: usize = 28;
    const KEPT: usize = 25;
    if v.is_undefined() {
        return Ok("undefined".into());
    }
    if vm.is_callable(v) {
        let name = vm.get_named(v, "name")?;
        let name = if name.is_string() {
            name.as_string().to_rust_string()
        } else {
            String::new()
        };
        return Ok(format!("function {name}"));
    }
    if v.is_object() {
        let ctor = vm.get_named(v, "constructor")?;
        let name = if ctor.is_object() {
            vm.get_named(ctor, "name")?
        } else {
            Value::UNDEFINED
        };
        if name.is_string() && !name.as_string().is_empty() {
            return Ok(format!(
                "an instance of {}",
                name.as_string().to_rust_string()
            ));
        }
        return Ok(vm.format_log_args(&[v]));
    }
    let mut inspected = if v.is_number() && v.as_number() == 0.0 && v.as_number().is_sign_negative()
    {
        "-0".to_string()
    } else {
        vm.to_display_string(v)
    };
    if inspected.chars().count() > MAX_INSPECTED {
        inspected = format!("{}...", inspected.chars().take(KEPT).collect::<String>());
    }
    Ok(format!("type {} ({inspected})", vm.type_of(v)))
}

/// A TypeError the way Node's internal errors look: a `code` property, and
/// the code in the first line of the stack (`TypeError [CODE]: message`).
fn node_type_error(vm: &mut Vm, code: &str, message: &str) -> Value {
    let error = vm.type_error(message);
    let o = error.as_object();
    let stack_key = Key::Prop(vm.realm.names.stack);
    if let Some(Own::Data(stack, _)) = vm.get_own(o, stack_key)
        && stack.is_string()
    {
        let stack = stack.as_string().to_rust_string().replacen(
            "TypeError",
            &format!("TypeError [{code}]"),
            1,
        );
        let stack = vm.str(&stack);
        vm.define_data(o, stack_key, stack, Attrs::HIDDEN);
    }
    let code = vm.str(code);
    vm.define_value(o, "code", code, Attrs::DEFAULT);
    error
}

// ---- Date ----
//
// Local time is UTC: there is no time-zone database, and the machines the
// tests run on are set to UTC. getTimezoneOffset() is therefore 0 and the
// local and UTC getters agree.

const MS_PER_DAY: i64 = 86_400_000;
/// Time values lie within ±100,000,000 days of the epoch.
const MAX_TIME: f64 = 8.64e15;

fn install_date(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.date_prototype;
    let ctor = super::install_constructor(vm, "Date", date_ctor, 7, proto);
    define_methods(
        vm,
        ctor,
        &[
            ("now", date_now, 0),
            ("parse", date_parse, 1),
            ("UTC", date_utc, 7),
        ],
    );
    define_methods(
        vm,
        proto,
        &[
            ("toString", to_string, 0),
            ("toDateString", to_date_string, 0),
            ("toTimeString", to_time_string, 0),
            ("toISOString", to_iso_string, 0),
            ("toUTCString", to_utc_string, 0),
            ("getDate", get_field::<DATE>, 0),
            ("getDay", get_field::<WEEKDAY>, 0),
            ("getFullYear", get_field::<YEAR>, 0),
            ("getHours", get_field::<HOURS>, 0),
            ("getMilliseconds", get_field::<MILLISECONDS>, 0),
            ("getMinutes", get_field::<MINUTES>, 0),
            ("getMonth", get_field::<MONTH>, 0),
            ("getSeconds", get_field::<SECONDS>, 0),
            ("getTime", get_time, 0),
            ("getTimezoneOffset", get_timezone_offset, 0),
            ("getUTCDate", get_field::<DATE>, 0),
            ("getUTCDay", get_field::<WEEKDAY>, 0),
            ("getUTCFullYear", get_field::<YEAR>, 0),
            ("getUTCHours", get_field::<HOURS>, 0),
            ("getUTCMilliseconds", get_field::<MILLISECONDS>, 0),
            ("getUTCMinutes", get_field::<MINUTES>, 0),
            ("getUTCMonth", get_field::<MONTH>, 0),
            ("getUTCSeconds", get_field::<SECONDS>, 0),
            ("valueOf", get_time, 0),
            ("toJSON", to_json, 1),
            ("setTime", set_time, 1),
        ],
    );
    // Local time is UTC, so each setter and its UTC twin are the same.
    let setters: [(&str, NativeFn, u32); 7] = [
        ("Milliseconds", set_fields::<MILLISECONDS, 1>, 1),
        ("Seconds", set_fields::<SECONDS, 2>, 2),
        ("Minutes", set_fields::<MINUTES, 3>, 3),
        ("Hours", set_fields::<HOURS, 4>, 4),
        ("Date", set_fields::<DATE, 1>, 1),
        ("Month", set_fields::<MONTH, 2>, 2),
        ("FullYear", set_fields::<YEAR, 3>, 3),
    ];
    for (name, f, length) in setters {
        vm.define_native(proto, &format!("set{name}"), f, length);
        vm.define_native(proto, &format!("setUTC{name}"), f, length);
    }
    let to_primitive = vm.new_native_function("[Symbol.toPrimitive]", to_primitive, 1, false);
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_primitive));
    vm.define_data(
        proto,
        key,
        Value::object(to_primitive),
        Attrs(Attrs::CONFIGURABLE),
    );
}

fn date_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if new_target.is_undefined() {
        // Called as a function: the current time as a string, whatever the
        // arguments.
        let text = date_time_text(&fields(now()));
        return Ok(vm.str(&text));
    }
    let time = match args {
        [] => now(),
        [value] => time_from_value(vm, *value)?,
        _ => time_from_fields(vm, args)?,
    };
    let fallback = vm.realm.intrinsics.date_prototype;
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    Ok(Value::object(
        vm.new_object_with_proto(proto, ObjectClass::Date(time)),
    ))
}

fn date_now(_: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(now()))
}

fn date_parse(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    Ok(Value::number(parse_date(s.units())))
}

fn date_utc(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(time_from_fields(vm, args)?))
}

/// The current time value (whole milliseconds since the epoch).
fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

/// The time value of a Date object.
fn date_value(v: Value) -> Option<f64> {
    match v.to_object_opt()?.class {
        ObjectClass::Date(t) => Some(t),
        _ => None,
    }
}

/// `new Date(value)`: another Date's time, a parsed string, or a number.
fn time_from_value(vm: &mut Vm, v: Value) -> JsResult<f64> {
    if let Some(t) = date_value(v) {
        return Ok(t);
    }
    let primitive = vm.to_primitive(v, Hint::Default)?;
    if primitive.is_string() {
        return Ok(parse_date(primitive.as_string().units()));
    }
    Ok(time_clip(vm.to_number(primitive)?))
}

/// The time of (year, month[, date, hours, minutes, seconds, ms]), the
/// arguments converted in order, as Date.UTC and `new Date(y, m, …)` do.
fn time_from_fields(vm: &mut Vm, args: &[Value]) -> JsResult<f64> {
    let mut f = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (slot, &v) in f.iter_mut().zip(args) {
        *slot = vm.to_number(v)?;
    }
    let day = make_day(full_year(f[0]), f[1], f[2]);
    Ok(time_clip(make_date(day, make_time(f[3], f[4], f[5], f[6]))))
}

fn this_time(vm: &mut Vm, this: Value) -> JsResult<f64> {
    date_value(this).ok_or_else(|| vm.type_error("this is not a Date object."))
}

fn get_time(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(this_time(vm, this)?))
}

fn get_field<const FIELD: usize>(
    vm: &mut Vm,
    this: Value,
    _: &[Value],
    _: Value,
) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    Ok(Value::number(if t.is_nan() {
        t
    } else {
        fields(t)[FIELD] as f64
    }))
}

/// Stores a new time value in a Date object.
fn set_time_value(this: Value, t: f64) {
    if let Some(mut o) = this.to_object_opt()
        && let ObjectClass::Date(v) = &mut o.class
    {
        *v = t;
    }
}

fn set_time(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    this_time(vm, this)?;
    let t = time_clip(vm.to_number(arg(args, 0))?);
    set_time_value(this, t);
    Ok(Value::number(t))
}

/// The settable fields, in the order a setter's arguments give them.
const SETTABLE: [usize; 7] = [YEAR, MONTH, DATE, HOURS, MINUTES, SECONDS, MILLISECONDS];

/// setFullYear, setMonth, …, setMilliseconds: the arguments (converted
/// in order, at most `COUNT`) replace the fields from `FIRST` on; the
/// others keep the date's values. setFullYear starts an invalid date from
/// +0; any other setter leaves it invalid.
fn set_fields<const FIRST: usize, const COUNT: usize>(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    _: Value,
) -> JsResult<Value> {
    let mut t = this_time(vm, this)?;
    if FIRST == YEAR && t.is_nan() {
        t = 0.0;
    }
    let mut f = if t.is_nan() {
        [f64::NAN; 8]
    } else {
        fields(t).map(|x| x as f64)
    };
    let first = SETTABLE.iter().position(|&i| i == FIRST).unwrap();
    for (k, &field) in SETTABLE[first..first + COUNT].iter().enumerate() {
        if k == 0 || k < args.len() {
            f[field] = vm.to_number(arg(args, k))?;
        }
    }
    let day = make_day(f[YEAR], f[MONTH], f[DATE]);
    let time = make_time(f[HOURS], f[MINUTES], f[SECONDS], f[MILLISECONDS]);
    let u = time_clip(make_date(day, time));
    set_time_value(this, u);
    Ok(Value::number(u))
}

fn get_timezone_offset(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    Ok(Value::number(if t.is_nan() { t } else { 0.0 }))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toString", date_time_text)
}

fn to_date_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toDateString", date_text)
}

fn to_time_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toTimeString", time_text)
}

fn to_utc_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toUTCString", utc_text)
}

/// A Date.prototype string method: V8's receiver check, then
/// "Invalid Date" or the formatted fields.
fn date_string(
    vm: &mut Vm,
    this: Value,
    method: &str,
    format: fn(&Fields) -> String,
) -> JsResult<Value> {
    let Some(t) = date_value(this) else {
        return Err(incompatible_receiver(vm, this, method));
    };
    let text = if t.is_nan() {
        "Invalid Date".to_string()
    } else {
        format(&fields(t))
    };
    Ok(vm.str(&text))
}

fn to_iso_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(t) = date_value(this) else {
        return Err(incompatible_receiver(
            vm,
            this,
            "Date.prototype.toISOString",
        ));
    };
    if t.is_nan() {
        return Err(vm.range_error("Invalid time value"));
    }
    Ok(vm.str(&iso_text(&fields(t))))
}

/// Date.prototype.toJSON, generic over any object with `toISOString`.
fn to_json(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let time = vm.to_primitive(o, Hint::Number)?;
    if time.is_number() && !time.as_number().is_finite() {
        return Ok(Value::NULL);
    }
    let to_iso = vm.get_named(o, "toISOString")?;
    if !vm.is_callable(to_iso) {
        return Err(vm.type_error("toISOString is not a function"));
    }
    vm.call(to_iso, o, &[])
}

/// Date.prototype[Symbol.toPrimitive]: the default hint means string for
/// dates, so `'' + date` is the date's text while `date - 0` is its time.
fn to_primitive(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible_receiver(
            vm,
            this,
            "Date.prototype [ @@toPrimitive ]",
        ));
    }
    let hint = arg(args, 0);
    let hint_text = if hint.is_string() {
        hint.as_string().to_rust_string()
    } else {
        String::new()
    };
    let order = match hint_text.as_str() {
        "string" | "default" => ["toString", "valueOf"],
        "number" => ["valueOf", "toString"],
        _ => {
            let shown = vm.to_display_string(hint);
            return Err(vm.type_error(&format!("Invalid hint: {shown}")));
        }
    };
    for name in order {
        let method = vm.get_named(this, name)?;
        if vm.is_callable(method) {
            let result = vm.call(method, this, &[])?;
            if !result.is_object() {
                return Ok(result);
            }
        }
    }
    Err(vm.type_error("Cannot convert object to primitive value"))
}

// ---- calendar arithmetic (ECMA-262 21.4.1) ----

/// Indices into `Fields`.
const YEAR: usize = 0;
const MONTH: usize = 1;
const DATE: usize = 2;
const WEEKDAY: usize = 3;
const HOURS: usize = 4;
const MINUTES: usize = 5;
const SECONDS: usize = 6;
const MILLISECONDS: usize = 7;

/// A time value's calendar fields: year, month (0-11), date (1-31),
/// weekday (0 is Sunday), hours, minutes, seconds, milliseconds.
type Fields = [i64; 8];

/// The fields of a valid (finite, integral) time value.
fn fields(t: f64) -> Fields {
    let ms = t as i64;
    let day = ms.div_euclid(MS_PER_DAY);
    let in_day = ms.rem_euclid(MS_PER_DAY);
    let (year, month, date) = civil_from_days(day);
    [
        year,
        month - 1,
        date,
        // Day 0, 1970-01-01, was a Thursday.
        (day + 4).rem_euclid(7),
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000,
    ]
}

/// YearFromTime, MonthFromTime and DateFromTime for a day number, with
/// Howard Hinnant's closed form of the proleptic Gregorian calendar (exact
/// over the whole time-value range). Months are 1-12 here.
fn civil_from_days(day: i64) -> (i64, i64, i64) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153; // 0 is March
    let date = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, date)
}

/// The day number of a calendar date (month 1-12), inverse of
/// `civil_from_days`.
fn days_from_civil(year: i64, month: i64, date: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = (month + 9) % 12; // 0 is March
    let day_of_year = (153 * shifted_month + 2) / 5 + date - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// MakeDay. Years beyond ±1,000,000 and months beyond ±10,000,000 give NaN
/// up front, as in V8: no time value lies there, and the bound keeps the
/// integer arithmetic exact.
fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite())
        || year.abs() > 1e6
        || month.abs() > 1e7
    {
        return f64::NAN;
    }
    let (year, month) = (year.trunc() as i64, month.trunc() as i64);
    let first = days_from_civil(year + month.div_euclid(12), month.rem_euclid(12) + 1, 1);
    first as f64 + date.trunc() - 1.0
}

/// MakeTime, in IEEE arithmetic as the spec says.
fn make_time(hours: f64, minutes: f64, seconds: f64, ms: f64) -> f64 {
    if ![hours, minutes, seconds, ms].iter().all(|x| x.is_finite()) {
        return f64::NAN;
    }
    hours.trunc() * 3_600_000.0 + minutes.trunc() * 60_000.0 + seconds.trunc() * 1000.0 + ms.trunc()
}

fn make_date(day: f64, time: f64) -> f64 {
    let t = day * MS_PER_DAY as f64 + time;
    if t.is_finite() { t } else { f64::NAN }
}

/// TimeClip: NaN outside the range, else an integer (never -0).
fn time_clip(t: f64) -> f64 {
    if t.is_finite() && t.abs() <= MAX_TIME {
        t.trunc() + 0.0
    } else {
        f64::NAN
    }
}

/// MakeFullYear: two-digit years are in the 1900s.
fn full_year(year: f64) -> f64 {
    let truncated = year.trunc();
    if (0.0..=99.0).contains(&truncated) {
        1900.0 + truncated
    } else {
        year
    }
}

// ---- date text ----

const WEEKDAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A year as V8's toString family prints it: four digits at least, and a
/// minus sign before them when negative.
fn year_text(year: i64) -> String {
    if year < 0 {
        format!("-{:04}", -year)
    } else {
        format!("{year:04}")
    }
}

/// `Thu Jan 01 1970`
fn date_text(f: &Fields) -> String {
    let (weekday, month) = (
        WEEKDAY_NAMES[f[WEEKDAY] as usize],
        MONTH_NAMES[f[MONTH] as usize],
    );
    format!("{weekday} {month} {:02} {}", f[DATE], year_text(f[YEAR]))
}

/// `00:00:00 GMT+0000 (Coordinated Universal Time)`
fn time_text(f: &Fields) -> String {
    format!(
        "{:02}:{:02}:{:02} GMT+0000 (Coordinated Universal Time)",
        f[HOURS], f[MINUTES], f[SECONDS]
    )
}

fn date_time_text(f: &Fields) -> String {
    format!("{} {}", date_text(f), time_text(f))
}

/// `Thu, 01 Jan 1970 00:00:00 GMT`
fn utc_text(f: &Fields) -> String {
    let (weekday, month) = (
        WEEKDAY_NAMES[f[WEEKDAY] as usize],
        MONTH_NAMES[f[MONTH] as usize],
    );
    let (date, year) = (f[DATE], year_text(f[YEAR]));
    format!(
        "{weekday}, {date:02} {month} {year} {:02}:{:02}:{:02} GMT",
        f[HOURS], f[MINUTES], f[SECONDS]
    )
}

/// `1970-01-01T00:00:00.000Z`; years outside 0-9999 get a sign and six
/// digits.
fn iso_text(f: &Fields) -> String {
    let year = if (0..=9999).contains(&f[YEAR]) {
        format!("{:04}", f[YEAR])
    } else {
        format!("{:+07}", f[YEAR])
    };
    format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        f[MONTH] + 1,
        f[DATE],
        f[HOURS],
        f[MINUTES],
        f[SECONDS],
        f[MILLISECONDS]
    )
}

// ---- Date.parse ----

/// Date.parse for the spec's Date Time String Format: `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD` (or a signed six-digit year), optionally followed by
/// `THH:mm`, `:ss`, `.sss` and `Z` or `±HH:mm`. Date-only forms are UTC,
/// date-times without an offset local time (UTC here). V8 also guesses at
/// other formats; those give NaN here.
fn parse_date(units: &[u16]) -> f64 {
    let ascii: Option<Vec<u8>> = units
        .iter()
        .map(|&u| u8::try_from(u).ok().filter(u8::is_ascii))
        .collect();
    ascii
        .and_then(|s| parse_iso(&s))
        .map_or(f64::NAN, time_clip)
}

fn parse_iso(s: &[u8]) -> Option<f64> {
    let mut c = Cursor { s, i: 0 };
    let year = if c.eat(b'+') {
        c.digits(6)?
    } else if c.eat(b'-') {
        // Year zero is +000000 only.
        -c.digits(6).filter(|&y| y != 0)?
    } else {
        c.digits(4)?
    };
    let (mut month, mut date) = (1, 1);
    if c.eat(b'-') {
        month = c.digits(2)?;
        if c.eat(b'-') {
            date = c.digits(2)?;
        }
    }
    // Like V8, any date up to 31 is accepted and rolls into the next month.
    if !(1..=12).contains(&month) || !(1..=31).contains(&date) {
        return None;
    }
    let (mut time, mut offset_minutes) = (0.0, 0);
    if c.eat(b'T') {
        time = c.time_of_day()?;
        offset_minutes = c.offset()?;
    }
    if c.i != s.len() {
        return None;
    }
    let day = make_day(year as f64, (month - 1) as f64, date as f64);
    Some(make_date(day, time) - offset_minutes as f64 * 60_000.0)
}

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn eat(&mut self, b: u8) -> bool {
        let found = self.s.get(self.i) == Some(&b);
        self.i += usize::from(found);
        found
    }

    /// Exactly `n` digits, as a number.
    fn digits(&mut self, n: usize) -> Option<i64> {
        let digits = self
            .s
            .get(self.i..self.i + n)
            .filter(|d| d.iter().all(u8::is_ascii_digit))?;
        self.i += n;
        Some(digits.iter().fold(0, |v, &b| v * 10 + i64::from(b - b'0')))
    }

    /// `HH:mm`, then optionally `:ss` and `.s…` (milliseconds; digits past
    /// the third are dropped). 24:00 is the end of the day.
    fn time_of_day(&mut self) -> Option<f64> {
        let hours = self.digits(2)?;
        if !self.eat(b':') {
            return None;
        }
        let minutes = self.digits(2)?;
        let (mut seconds, mut ms) = (0, 0);
        if self.eat(b':') {
            seconds = self.digits(2)?;
            if self.eat(b'.') {
                let len = self.s[self.i..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let fraction = &self.s[self.i..self.i + len];
                if len == 0 {
                    return None;
                }
                self.i += len;
                ms = fraction
                    .iter()
                    .chain(b"00")
                    .take(3)
                    .fold(0, |v, &b| v * 10 + i64::from(b - b'0'));
            }
        }
        let end_of_day = hours == 24 && minutes == 0 && seconds == 0 && ms == 0;
        if (hours > 23 && !end_of_day) || minutes > 59 || seconds > 59 {
            return None;
        }
        Some(make_time(
            hours as f64,
            minutes as f64,
            seconds as f64,
            ms as f64,
        ))
    }

    /// `Z` or `±HH:mm` (V8 also takes `±HHmm`), in minutes east of UTC;
    /// none means local time, which is UTC here.
    fn offset(&mut self) -> Option<i64> {
        let sign = if self.eat(b'+') {
            1
        } else if self.eat(b'-') {
            -1
        } else {
            self.eat(b'Z');
            return Some(0);
        };
        let hours = self.digits(2)?;
        self.eat(b':');
        let minutes = self.digits(2)?;
        if hours > 23 || minutes > 59 {
            return None;
        }
        Some(sign * (hours * 60 + minutes))
    }
}

/// `eval` called other than as `eval(…)` in code (which is a direct eval,
/// see `runtime::eval`): global code.
fn eval(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.indirect_eval(args.first().copied().unwrap_or(Value::UNDEFINED))
}
