//! The global object's own properties: globalThis, NaN, Infinity,
//! undefined, parseInt, parseFloat, isNaN, isFinite, the URI functions,
//! d8's `print`, Node's `performance`, `process` and `global` (Date is
//! installed from `date`).

use std::io::Write;

use super::arg;
use super::keyed::{define_methods, define_tag};
use crate::runtime::errors::ErrorKind;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::Gc;
use crate::runtime::map::Attrs;
use crate::runtime::object::JsObject;
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
    super::date::install(vm);
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
pub(super) fn node_type_error(vm: &mut Vm, code: &str, message: &str) -> Value {
    let error = vm.type_error(message);
    let o = error.as_object();
    vm.materialize_stack(o);
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

/// `eval` called other than as `eval(…)` in code (which is a direct eval,
/// see `runtime::eval`): global code.
fn eval(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.indirect_eval(args.first().copied().unwrap_or(Value::UNDEFINED))
}
