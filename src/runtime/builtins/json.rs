//! JSON: `JSON.parse` and `JSON.stringify` (ES2020, with ES2019's
//! well-formed stringify).
//!
//! The parser reproduces V8's `JsonParser` checks in V8's order, so that a
//! malformed text fails with the message and position Node prints. It is
//! iterative (an explicit stack of open containers), so deeply nested input
//! cannot overflow the native stack; the reviver walk and the serializer
//! recurse and stop with a RangeError when the native stack runs low, as V8
//! does.
//!
//! GC: collections only happen at interpreter safepoints. The parser runs no
//! JavaScript, so its partial results need no rooting. The reviver walk and
//! the serializer call back into JavaScript (getters, `toJSON`, replacer,
//! reviver), so the objects they are walking, the key lists they iterate and
//! the replacer's property list are kept in `Vm::temp_roots`.

use std::collections::HashSet;
use std::rc::Rc;

use super::arg;
use crate::runtime::conversions::{number_to_string, string_to_number};
use crate::runtime::function::JsResult;
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::{Key, Own, key_roots};
use crate::runtime::string::units_as_array_index;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let json = vm.new_object();
    vm.define_native(json, "parse", parse, 2);
    vm.define_native(json, "stringify", stringify, 3);
    let tag_key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let tag = vm.str("JSON");
    vm.define_data(json, tag_key, tag, Attrs(Attrs::CONFIGURABLE));
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, "JSON", Value::object(json), Attrs::HIDDEN);
}

/// The longest string V8 builds (`String::kMaxLength` on 64-bit targets).
const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

// ---- JSON.parse ----

fn parse(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let text = vm.to_string(arg(args, 0))?;
    let value = match Parser::new(text.units()).parse_text(vm) {
        Ok(v) => v,
        Err(ParseError(message)) => return Err(vm.syntax_error(&message)),
    };
    let reviver = arg(args, 1);
    if !vm.is_callable(reviver) {
        return Ok(value);
    }
    let root = vm.new_object();
    let name = Key::Prop(vm.realm.names.empty);
    vm.define_data(root, name, value, Attrs::DEFAULT);
    vm.with_roots(&[Value::object(root), reviver], |vm| {
        internalize(vm, root, name, reviver)
    })
}

/// InternalizeJSONProperty: revives the members of `holder[name]` depth
/// first, then `holder[name]` itself.
fn internalize(vm: &mut Vm, holder: Gc<JsObject>, name: Key, reviver: Value) -> JsResult<Value> {
    if !vm.native_stack_ok() {
        return Err(vm.stack_overflow());
    }
    let val = vm.get(Value::object(holder), name)?;
    if let Some(o) = val.to_object_opt() {
        if vm.is_array(val)? {
            let len = super::length_of_array_like(vm, val)? as u32;
            vm.with_roots(&[val], |vm| {
                (0..len).try_for_each(|i| revive_member(vm, o, Key::Index(i), reviver))
            })?;
        } else {
            let keys = vm.enumerable_own_keys(o)?;
            let mut roots = key_roots(&keys);
            roots.push(val);
            vm.with_roots(&roots, |vm| {
                keys.iter()
                    .try_for_each(|&k| revive_member(vm, o, k, reviver))
            })?;
        }
    }
    let name = vm.key_to_value(name);
    vm.call(reviver, Value::object(holder), &[name, val])
}

/// Replaces `o[key]` by its revived value, or deletes it when the reviver
/// returns undefined. Failures (non-configurable properties) are ignored,
/// as the spec ignores the results of both operations.
fn revive_member(vm: &mut Vm, o: Gc<JsObject>, key: Key, reviver: Value) -> JsResult<()> {
    let revived = internalize(vm, o, key, reviver)?;
    if revived.is_undefined() {
        vm.delete(o, key, false)?;
    } else {
        create_data_property(vm, o, key, revived);
    }
    Ok(())
}

/// CreateDataProperty without the throw: an existing non-configurable
/// property, or a new key on a non-extensible object, makes it fail quietly.
fn create_data_property(vm: &mut Vm, o: Gc<JsObject>, key: Key, v: Value) {
    let allowed = match vm.get_own(o, key) {
        Some(own) => own.attrs().configurable(),
        None => o.map.extensible,
    };
    if allowed {
        vm.define_data(o, key, v, Attrs::DEFAULT);
    }
}

/// A parse failure, already worded as V8 words it.
struct ParseError(String);

/// Character classes as V8's JSON scanner sees them; the class of the
/// offending character picks the error message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    String,
    Number,
    LBrace,
    RBrace,
    LBrack,
    RBrack,
    True,
    False,
    Null,
    Whitespace,
    Colon,
    Comma,
    Illegal,
    Eos,
}

fn token_of(c: u16) -> Token {
    let Ok(b) = u8::try_from(c) else {
        return Token::Illegal;
    };
    match b {
        b'"' => Token::String,
        b'0'..=b'9' | b'-' => Token::Number,
        b'{' => Token::LBrace,
        b'}' => Token::RBrace,
        b'[' => Token::LBrack,
        b']' => Token::RBrack,
        b't' => Token::True,
        b'f' => Token::False,
        b'n' => Token::Null,
        b' ' | b'\t' | b'\r' | b'\n' => Token::Whitespace,
        b':' => Token::Colon,
        b',' => Token::Comma,
        _ => Token::Illegal,
    }
}

fn is_digit(c: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&c)
}

fn hex_value(c: u16) -> Option<u16> {
    let b = u8::try_from(c).ok()?;
    char::from(b).to_digit(16).map(|d| d as u16)
}

/// The property key for a member name: array indices go to elements.
fn key_from_units(vm: &mut Vm, units: &[u16]) -> Key {
    match units_as_array_index(units) {
        Some(i) => Key::Index(i),
        None => Key::Prop(PropertyKey::String(vm.intern_units(units))),
    }
}

/// A container whose members are being parsed; an object remembers the key
/// of the member whose value comes next.
enum Open {
    Array(Gc<JsObject>),
    Object(Gc<JsObject>, Key),
}

/// Source lengths from which V8 quotes only 10 characters either side of
/// an unexpected token instead of the whole text.
const MIN_LENGTH_FOR_CONTEXT: usize = 21;
const CONTEXT_CHARACTERS: usize = 10;

struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a [u16]) -> Parser<'a> {
        Parser { src, pos: 0 }
    }

    fn current(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    fn current_is(&self, c: u8) -> bool {
        self.current() == Some(u16::from(c))
    }

    fn peek(&self) -> Token {
        self.current().map_or(Token::Eos, token_of)
    }

    fn skip_whitespace(&mut self) {
        while self.peek() == Token::Whitespace {
            self.pos += 1;
        }
    }

    /// Consumes the next token if it is `t`.
    fn check(&mut self, t: Token) -> bool {
        self.skip_whitespace();
        let found = self.peek() == t;
        if found {
            self.pos += 1;
        }
        found
    }

    /// Consumes `t` at the current position; otherwise fails with `message`
    /// or, without one, with the message for the token found.
    fn expect(&mut self, t: Token, message: Option<&str>) -> Result<(), ParseError> {
        let found = self.peek();
        if found == t {
            self.pos += 1;
            return Ok(());
        }
        Err(match message {
            Some(m) => self.fail(m),
            None => self.unexpected(found),
        })
    }

    fn expect_next(&mut self, t: Token, message: Option<&str>) -> Result<(), ParseError> {
        self.skip_whitespace();
        self.expect(t, message)
    }

    fn fail(&self, what: &str) -> ParseError {
        ParseError(format!("{what} in JSON at position {}", self.pos))
    }

    /// V8's message for an unexpected token at the current position.
    fn unexpected(&self, token: Token) -> ParseError {
        match token {
            Token::Eos => ParseError("Unexpected end of JSON input".into()),
            Token::Number => self.fail("Unexpected number"),
            Token::String => self.fail("Unexpected string"),
            _ if self.is_special_source() => ParseError(format!(
                "\"{}\" is not valid JSON",
                String::from_utf16_lossy(self.src)
            )),
            _ => ParseError(self.unexpected_token_message()),
        }
    }

    /// Texts that programs commonly pass by mistake (`JSON.parse(undefined)`
    /// and friends), which V8 quotes whole without naming a token.
    fn is_special_source(&self) -> bool {
        ["[object Object]", "undefined", "Infinity", "NaN"]
            .iter()
            .any(|s| s.encode_utf16().eq(self.src.iter().copied()))
    }

    /// `Unexpected token 'x', "<context>" is not valid JSON`, quoting the
    /// whole text when it is short and ten characters around the token
    /// otherwise.
    fn unexpected_token_message(&self) -> String {
        let (src, pos, len) = (self.src, self.pos, self.src.len());
        let token = String::from_utf16_lossy(&src[pos..(pos + 1).min(len)]);
        let text = |range: std::ops::Range<usize>| String::from_utf16_lossy(&src[range]);
        let context = if len < MIN_LENGTH_FOR_CONTEXT {
            format!("\"{}\"", text(0..len))
        } else if pos < CONTEXT_CHARACTERS {
            format!("\"{}\"...", text(0..pos + CONTEXT_CHARACTERS))
        } else if pos < len - CONTEXT_CHARACTERS {
            format!(
                "...\"{}\"...",
                text(pos - CONTEXT_CHARACTERS..pos + CONTEXT_CHARACTERS)
            )
        } else {
            format!("...\"{}\"", text(pos - CONTEXT_CHARACTERS..len))
        };
        format!("Unexpected token '{token}', {context} is not valid JSON")
    }

    /// The whole text: one value and nothing but whitespace after it.
    fn parse_text(mut self, vm: &mut Vm) -> Result<Value, ParseError> {
        let value = self.parse_value(vm)?;
        self.skip_whitespace();
        if self.peek() != Token::Eos {
            let message = format!(
                "Unexpected non-whitespace character after JSON at position {}",
                self.pos
            );
            return Err(ParseError(message));
        }
        Ok(value)
    }

    /// Parses one value. Opening brackets push an `Open` container and go on
    /// to its first member; each finished value is stored into the innermost
    /// container, which then either expects another member or closes and
    /// becomes the finished value of its own parent.
    fn parse_value(&mut self, vm: &mut Vm) -> Result<Value, ParseError> {
        let mut open: Vec<Open> = Vec::new();
        loop {
            let mut value = loop {
                self.skip_whitespace();
                match self.peek() {
                    Token::String => {
                        self.pos += 1;
                        let units = self.scan_string()?;
                        break vm.new_string(units.into_boxed_slice());
                    }
                    Token::Number => break self.scan_number()?,
                    Token::LBrace => {
                        self.pos += 1;
                        let object = vm.new_object();
                        if self.check(Token::RBrace) {
                            break Value::object(object);
                        }
                        let key = self.property_key(vm, "Expected property name or '}'")?;
                        self.expect_next(Token::Colon, Some("Expected ':' after property name"))?;
                        open.push(Open::Object(object, key));
                    }
                    Token::LBrack => {
                        self.pos += 1;
                        let array = vm.new_array(Vec::new());
                        if self.check(Token::RBrack) {
                            break Value::object(array);
                        }
                        open.push(Open::Array(array));
                    }
                    Token::True => break self.scan_literal("true", Value::TRUE)?,
                    Token::False => break self.scan_literal("false", Value::FALSE)?,
                    Token::Null => break self.scan_literal("null", Value::NULL)?,
                    t => return Err(self.unexpected(t)),
                }
            };
            loop {
                let Some(top) = open.last_mut() else {
                    return Ok(value);
                };
                match top {
                    Open::Object(object, key) => {
                        vm.define_data(*object, *key, value, Attrs::DEFAULT);
                        if self.check(Token::Comma) {
                            *key = self.property_key(vm, "Expected double-quoted property name")?;
                            // V8 gives no specific message for a missing colon here.
                            self.expect_next(Token::Colon, None)?;
                            break;
                        }
                        self.expect(
                            Token::RBrace,
                            Some("Expected ',' or '}' after property value"),
                        )?;
                        value = Value::object(*object);
                    }
                    Open::Array(array) => {
                        let len = array.array_length();
                        vm.set_element(*array, len, value);
                        if self.check(Token::Comma) {
                            break;
                        }
                        self.expect(
                            Token::RBrack,
                            Some("Expected ',' or ']' after array element"),
                        )?;
                        value = Value::object(*array);
                    }
                }
                open.pop();
            }
        }
    }

    fn property_key(&mut self, vm: &mut Vm, message: &str) -> Result<Key, ParseError> {
        self.expect_next(Token::String, Some(message))?;
        let units = self.scan_string()?;
        Ok(key_from_units(vm, &units))
    }

    /// A string's contents, from after the opening quote through the
    /// closing one.
    fn scan_string(&mut self) -> Result<Vec<u16>, ParseError> {
        let mut out = Vec::new();
        loop {
            let Some(c) = self.current() else {
                return Err(self.fail("Unterminated string"));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(out);
                }
                0x5c => {
                    self.pos += 1;
                    let unit = self.scan_escape()?;
                    out.push(unit);
                }
                0..=0x1f => return Err(self.fail("Bad control character in string literal")),
                _ => out.push(c),
            }
            self.pos += 1;
        }
    }

    /// The code unit an escape (after its backslash) stands for; leaves the
    /// position on the escape's last character.
    fn scan_escape(&mut self) -> Result<u16, ParseError> {
        let Some(c) = self.current() else {
            return Err(self.unexpected(Token::Eos));
        };
        let Ok(b) = u8::try_from(c) else {
            return Err(self.unexpected(Token::Illegal));
        };
        Ok(match b {
            b'"' | b'\\' | b'/' => c,
            b'b' => 0x08,
            b't' => 0x09,
            b'n' => 0x0a,
            b'f' => 0x0c,
            b'r' => 0x0d,
            b'u' => self.scan_hex4()?,
            _ => return Err(self.fail("Bad escaped character")),
        })
    }

    /// The four hex digits after `\u`; fails at the first non-digit.
    fn scan_hex4(&mut self) -> Result<u16, ParseError> {
        let mut value = 0u16;
        for _ in 0..4 {
            self.pos += 1;
            let Some(digit) = self.current().and_then(hex_value) else {
                return Err(self.fail("Bad Unicode escape"));
            };
            value = value * 16 + digit;
        }
        Ok(value)
    }

    fn skip_digits(&mut self) {
        while self.current().is_some_and(is_digit) {
            self.pos += 1;
        }
    }

    fn scan_number(&mut self) -> Result<Value, ParseError> {
        let start = self.pos;
        if self.current_is(b'-') {
            self.pos += 1;
        }
        if self.current_is(b'0') {
            self.pos += 1;
            if self.current().is_some_and(is_digit) {
                return Err(self.unexpected(Token::Number));
            }
        } else {
            let digits = self.pos;
            self.skip_digits();
            if self.pos == digits {
                return Err(self.fail("No number after minus sign"));
            }
        }
        if self.current_is(b'.') {
            self.pos += 1;
            if !self.current().is_some_and(is_digit) {
                return Err(self.fail("Unterminated fractional number"));
            }
            self.skip_digits();
        }
        if self.current_is(b'e') || self.current_is(b'E') {
            self.pos += 1;
            if self.current_is(b'+') || self.current_is(b'-') {
                self.pos += 1;
            }
            if !self.current().is_some_and(is_digit) {
                return Err(self.fail("Exponent part is missing a number"));
            }
            self.skip_digits();
        }
        let text = String::from_utf16_lossy(&self.src[start..self.pos]);
        Ok(Value::number(string_to_number(&text)))
    }

    /// `true`, `false` or `null`, whose first character was matched already.
    fn scan_literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        for expected in word.bytes().skip(1) {
            self.pos += 1;
            match self.current() {
                None => return Err(self.unexpected(Token::Eos)),
                Some(c) if c != u16::from(expected) => return Err(self.unexpected(token_of(c))),
                Some(_) => {}
            }
        }
        self.pos += 1;
        Ok(value)
    }
}

// ---- JSON.stringify ----

fn stringify(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mark = vm.temp_roots.len();
    let result = stringify_rooted(vm, arg(args, 0), arg(args, 1), arg(args, 2));
    vm.temp_roots.truncate(mark);
    result
}

/// JSON.stringify's body. It pushes what it must keep alive onto
/// `temp_roots`; `stringify` drops those afterwards.
fn stringify_rooted(vm: &mut Vm, value: Value, replacer: Value, space: Value) -> JsResult<Value> {
    let mut s = Stringifier {
        replacer: Value::UNDEFINED,
        property_list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    if vm.is_callable(replacer) {
        vm.temp_roots.push(replacer);
        s.replacer = replacer;
    } else if vm.is_array(replacer)? {
        s.property_list = Some(property_list(vm, replacer.as_object())?.into());
    }
    s.gap = gap(vm, space)?;
    let wrapper = vm.new_object();
    vm.temp_roots.push(Value::object(wrapper));
    let empty = Key::Prop(vm.realm.names.empty);
    vm.define_data(wrapper, empty, value, Attrs::DEFAULT);
    if !s.write_property(vm, Value::object(wrapper), Edge::Property(empty))? {
        return Ok(Value::UNDEFINED);
    }
    Ok(vm.new_string(s.out.into_boxed_slice()))
}

/// The allowlist from a replacer array: its strings and numbers (boxed or
/// not) as keys, first occurrence first. Each key is rooted as it is found,
/// since reading later elements may run getters.
fn property_list(vm: &mut Vm, replacer: Gc<JsObject>) -> JsResult<Vec<Key>> {
    let mut list = Vec::new();
    let mut seen = HashSet::new();
    let len = super::length_of_array_like(vm, Value::object(replacer))? as u32;
    for i in 0..len {
        let v = vm.get(Value::object(replacer), Key::Index(i))?;
        let boxed = v
            .to_object_opt()
            .is_some_and(|o| matches!(o.class, ObjectClass::Number(_) | ObjectClass::String(_)));
        if !(v.is_string() || v.is_number() || boxed) {
            continue;
        }
        let s = vm.to_string(v)?;
        let key = vm.string_key(s);
        if seen.insert(key) {
            list.push(key);
            vm.temp_roots.extend(key_roots(&[key]));
        }
    }
    Ok(list)
}

/// The indentation unit from `space`: up to 10 spaces, or the first 10
/// code units of a string.
fn gap(vm: &mut Vm, space: Value) -> JsResult<Vec<u16>> {
    let space = match space.to_object_opt() {
        Some(o) if matches!(o.class, ObjectClass::Number(_)) => Value::number(vm.to_number(space)?),
        Some(o) if matches!(o.class, ObjectClass::String(_)) => Value::string(vm.to_string(space)?),
        _ => space,
    };
    if space.is_number() {
        let n = vm.to_integer(space)?.min(10.0);
        let count = if n >= 1.0 { n as usize } else { 0 };
        return Ok(vec![u16::from(b' '); count]);
    }
    if space.is_string() {
        let units = space.as_string();
        return Ok(units.units()[..units.len().min(10)].to_vec());
    }
    Ok(Vec::new())
}

/// How an object was reached, for the circular-structure message: V8 says
/// "index 0" for array elements and "property 'x'" otherwise.
#[derive(Clone, Copy)]
enum Edge {
    Index(u32),
    Property(Key),
}

impl Edge {
    fn key(self) -> Key {
        match self {
            Edge::Index(i) => Key::Index(i),
            Edge::Property(k) => k,
        }
    }
}

struct Stringifier {
    /// The replacer function, or undefined.
    replacer: Value,
    /// The replacer array's keys, used instead of each object's own keys.
    property_list: Option<Rc<[Key]>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// The objects being serialized, outermost first, with how each was
    /// reached (cycle detection and its message).
    stack: Vec<(Edge, Gc<JsObject>)>,
    out: Vec<u16>,
}

impl Stringifier {
    /// SerializeJSONProperty: writes `holder[key]` after `toJSON` and the
    /// replacer; returns false (writing nothing) when the value has no JSON
    /// form (undefined, functions, symbols).
    fn write_property(&mut self, vm: &mut Vm, holder: Value, edge: Edge) -> JsResult<bool> {
        let key = edge.key();
        let mut value = vm.get(holder, key)?;
        if value.is_object() {
            let to_json = vm.get(value, Key::Prop(vm.realm.names.to_json))?;
            if vm.is_callable(to_json) {
                let k = vm.key_to_value(key);
                value = vm.call(to_json, value, &[k])?;
            }
        }
        if !self.replacer.is_undefined() {
            let k = vm.key_to_value(key);
            value = vm.call(self.replacer, holder, &[k, value])?;
        }
        self.write_value(vm, value, edge)
    }

    fn write_value(&mut self, vm: &mut Vm, value: Value, edge: Edge) -> JsResult<bool> {
        let value = unwrap_primitive(vm, value)?;
        if value.is_null() {
            push_ascii(&mut self.out, "null");
        } else if value.is_bool() {
            push_ascii(
                &mut self.out,
                if value.as_bool() { "true" } else { "false" },
            );
        } else if value.is_string() {
            quote(&mut self.out, value.as_string().units());
        } else if value.is_number() {
            let d = value.as_number();
            if d.is_finite() {
                push_ascii(&mut self.out, &number_to_string(d));
            } else {
                push_ascii(&mut self.out, "null");
            }
        } else if value.is_object() && !vm.is_callable(value) {
            let o = value.as_object();
            if vm.is_array(value)? {
                self.write_array(vm, o, edge)?
            } else {
                self.write_object(vm, o, edge)?
            }
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// SerializeJSONObject.
    fn write_object(&mut self, vm: &mut Vm, o: Gc<JsObject>, edge: Edge) -> JsResult<()> {
        self.check_enter(vm, o, edge)?;
        let keys: Rc<[Key]> = match &self.property_list {
            Some(list) => list.clone(),
            None => vm.enumerable_own_keys(o)?.into(),
        };
        let mut roots = key_roots(&keys);
        roots.push(Value::object(o));
        vm.with_roots(&roots, |vm| {
            self.open(o, edge, b'{');
            let mut empty = true;
            for &key in keys.iter() {
                let mark = self.out.len();
                if !empty {
                    self.out.push(u16::from(b','));
                }
                self.write_newline();
                quote_key(&mut self.out, key);
                self.out.push(u16::from(b':'));
                if !self.gap.is_empty() {
                    self.out.push(u16::from(b' '));
                }
                if self.write_property(vm, Value::object(o), Edge::Property(key))? {
                    empty = false;
                } else {
                    self.out.truncate(mark);
                }
                self.check_length(vm)?;
            }
            self.close(empty, b'}');
            Ok(())
        })
    }

    /// SerializeJSONArray.
    fn write_array(&mut self, vm: &mut Vm, a: Gc<JsObject>, edge: Edge) -> JsResult<()> {
        self.check_enter(vm, a, edge)?;
        let len = super::length_of_array_like(vm, Value::object(a))? as u32;
        vm.with_roots(&[Value::object(a)], |vm| {
            self.open(a, edge, b'[');
            for i in 0..len {
                if i > 0 {
                    self.out.push(u16::from(b','));
                }
                self.write_newline();
                if !self.write_property(vm, Value::object(a), Edge::Index(i))? {
                    push_ascii(&mut self.out, "null");
                }
                self.check_length(vm)?;
            }
            self.close(len == 0, b']');
            Ok(())
        })
    }

    fn open(&mut self, o: Gc<JsObject>, edge: Edge, bracket: u8) {
        self.stack.push((edge, o));
        self.indent.extend_from_slice(&self.gap);
        self.out.push(u16::from(bracket));
    }

    fn close(&mut self, empty: bool, bracket: u8) {
        self.indent.truncate(self.indent.len() - self.gap.len());
        if !empty {
            self.write_newline();
        }
        self.out.push(u16::from(bracket));
        self.stack.pop();
    }

    /// With a gap, members go on their own lines at the current indent.
    fn write_newline(&mut self) {
        if !self.gap.is_empty() {
            self.out.push(u16::from(b'\n'));
            self.out.extend_from_slice(&self.indent);
        }
    }

    /// Before serializing `o`: a TypeError if it is already being
    /// serialized, a RangeError if the native stack is running low.
    fn check_enter(&self, vm: &mut Vm, o: Gc<JsObject>, edge: Edge) -> JsResult<()> {
        if let Some(start) = self.stack.iter().position(|&(_, s)| s == o) {
            let message = circular_message(vm, &self.stack[start..], edge);
            return Err(vm.type_error(&message));
        }
        if !vm.native_stack_ok() {
            return Err(vm.stack_overflow());
        }
        Ok(())
    }

    fn check_length(&self, vm: &mut Vm) -> JsResult<()> {
        if self.out.len() > MAX_STRING_LENGTH {
            return Err(vm.range_error("Invalid string length"));
        }
        Ok(())
    }
}

/// Boxed numbers, strings and booleans serialize as their primitive.
fn unwrap_primitive(vm: &mut Vm, value: Value) -> JsResult<Value> {
    let Some(o) = value.to_object_opt() else {
        return Ok(value);
    };
    Ok(match o.class {
        ObjectClass::Number(_) => Value::number(vm.to_number(value)?),
        ObjectClass::String(_) => Value::string(vm.to_string(value)?),
        ObjectClass::Boolean(b) => Value::bool(b),
        _ => value,
    })
}

fn push_ascii(out: &mut Vec<u16>, s: &str) {
    out.extend(s.bytes().map(u16::from));
}

/// A member name; keys here are always strings (own string keys or the
/// replacer's list).
fn quote_key(out: &mut Vec<u16>, key: Key) {
    match key {
        Key::Index(i) => quote(out, &i.to_string().encode_utf16().collect::<Vec<u16>>()),
        Key::Prop(p) => quote(out, p.to_value().as_string().units()),
    }
}

/// QuoteJSONString, escaping lone surrogates as `\udxxx` (well-formed
/// JSON.stringify).
fn quote(out: &mut Vec<u16>, units: &[u16]) {
    out.push(u16::from(b'"'));
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        let paired = (0xd800..=0xdbff).contains(&c)
            && units
                .get(i + 1)
                .is_some_and(|n| (0xdc00..=0xdfff).contains(n));
        if paired {
            out.extend_from_slice(&units[i..i + 2]);
            i += 2;
            continue;
        }
        match c {
            0x08 => push_ascii(out, "\\b"),
            0x09 => push_ascii(out, "\\t"),
            0x0a => push_ascii(out, "\\n"),
            0x0c => push_ascii(out, "\\f"),
            0x0d => push_ascii(out, "\\r"),
            0x22 => push_ascii(out, "\\\""),
            0x5c => push_ascii(out, "\\\\"),
            0..=0x1f | 0xd800..=0xdfff => push_ascii(out, &format!("\\u{c:04x}")),
            _ => out.push(c),
        }
        i += 1;
    }
    out.push(u16::from(b'"'));
}

/// V8's "Converting circular structure to JSON" message: where the cycle
/// starts, the path around it (the first two steps, an ellipsis, the last
/// step) and the key that closes it.
fn circular_message(vm: &mut Vm, cycle: &[(Edge, Gc<JsObject>)], closing: Edge) -> String {
    const PREFIX_LINES: usize = 2;
    const POSTFIX_LINES: usize = 1;
    let mut message = String::from("Converting circular structure to JSON");
    let start = constructor_name(vm, cycle[0].1);
    message.push_str(&format!(
        "\n    --> starting at object with constructor '{start}'"
    ));
    let path = &cycle[1..];
    if path.len() > PREFIX_LINES + POSTFIX_LINES {
        push_path_lines(vm, &mut message, &path[..PREFIX_LINES]);
        message.push_str("\n    |     ...");
        push_path_lines(vm, &mut message, &path[path.len() - POSTFIX_LINES..]);
    } else {
        push_path_lines(vm, &mut message, path);
    }
    let closing = edge_text(vm, closing);
    message.push_str(&format!("\n    --- {closing} closes the circle"));
    message
}

fn push_path_lines(vm: &mut Vm, message: &mut String, steps: &[(Edge, Gc<JsObject>)]) {
    for &(edge, o) in steps {
        let edge = edge_text(vm, edge);
        let name = constructor_name(vm, o);
        message.push_str(&format!(
            "\n    |     {edge} -> object with constructor '{name}'"
        ));
    }
}

fn edge_text(vm: &mut Vm, edge: Edge) -> String {
    match edge {
        Edge::Index(i) => format!("index {i}"),
        Edge::Property(Key::Prop(p)) if p == vm.realm.names.empty => "<anonymous>".into(),
        Edge::Property(key) => format!("property '{}'", vm.key_display(key)),
    }
}

/// The name V8's `JSReceiver::GetConstructorName` gives an object, without
/// running user code: along the prototype chain, a string
/// `Symbol.toStringTag` data property, or (on prototypes only) a
/// `constructor` function named something other than "Object"; failing
/// both, the object's class name.
fn constructor_name(vm: &mut Vm, o: Gc<JsObject>) -> String {
    let tag_key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let constructor_key = Key::Prop(vm.realm.names.constructor);
    let mut current = Some(o);
    while let Some(c) = current {
        if let Some(Own::Data(tag, _)) = vm.get_own(c, tag_key)
            && tag.is_string()
        {
            return tag.as_string().to_rust_string();
        }
        if c != o
            && let Some(Own::Data(ctor, _)) = vm.get_own(c, constructor_key)
            && let Some(name) = function_name(vm, ctor)
            && !name.is_empty()
            && name != "Object"
        {
            return name;
        }
        current = c.map.prototype.to_object_opt();
    }
    class_name(o).into()
}

/// A function's own name (its shared info's for closures, its `name` data
/// property for builtins); None for non-functions.
fn function_name(vm: &mut Vm, f: Value) -> Option<String> {
    let f = f.to_object_opt().filter(|o| o.is_callable())?;
    if let Some(c) = f.closure() {
        return Some(c.shared.name_string());
    }
    match vm.get_own(f, Key::Prop(vm.realm.names.name)) {
        Some(Own::Data(n, _)) if n.is_string() => Some(n.as_string().to_rust_string()),
        _ => None,
    }
}

fn class_name(o: Gc<JsObject>) -> &'static str {
    match o.class {
        ObjectClass::Array { .. } => "Array",
        ObjectClass::Closure(_) | ObjectClass::Native(_) | ObjectClass::Bound { .. } => "Function",
        ObjectClass::Error { .. } => "Error",
        ObjectClass::Boolean(_) => "Boolean",
        ObjectClass::Number(_) => "Number",
        ObjectClass::String(_) => "String",
        ObjectClass::Date(_) => "Date",
        ObjectClass::Arguments { .. } => "Arguments",
        _ => "Object",
    }
}
