//! Type conversions and equality (spec section 7.1 and 7.2).

use super::function::JsResult;
use super::heap::Gc;
use super::map::PropertyKey;
use super::object::ObjectClass;
use super::property::Key;
use super::string::JsString;
use super::value::Value;
use super::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// Number → string exactly as JavaScript prints numbers.
pub fn number_to_string(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d == 0.0 {
        return "0".into();
    }
    if d.is_infinite() {
        return if d > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    // Integers that fit an i64 exactly print through the cheap path; ryu-js
    // handles the rest (it follows Number::toString's digit rules).
    if d.fract() == 0.0 && d.abs() < 9.007_199_254_740_992e15 {
        return format!("{}", d as i64);
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(d).to_string()
}

/// StringToNumber: the grammar of numeric string literals.
pub fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return 0.0;
    }
    let radix = |p: &str, r: u32| -> f64 {
        if p.is_empty() {
            return f64::NAN;
        }
        let mut v = 0f64;
        for c in p.chars() {
            match c.to_digit(r) {
                Some(d) => v = v * r as f64 + d as f64,
                None => return f64::NAN,
            }
        }
        v
    };
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    match lower.as_deref() {
        Some("0x") => return radix(&t[2..], 16),
        Some("0o") => return radix(&t[2..], 8),
        Some("0b") => return radix(&t[2..], 2),
        _ => {}
    }
    match t {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    let valid = t
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !valid || t.contains("inf") {
        return f64::NAN;
    }
    t.parse::<f64>().unwrap_or(f64::NAN)
}

pub fn to_int32(d: f64) -> i32 {
    if !d.is_finite() {
        return 0;
    }
    let t = d.trunc();
    let m = t.rem_euclid(4294967296.0);
    (m as u64 as u32) as i32
}

impl Vm {
    pub fn to_boolean(&self, v: Value) -> bool {
        if v.is_bool() {
            return v.as_bool();
        }
        if v.is_int() {
            return v.as_int() != 0;
        }
        if v.is_double() {
            let d = v.as_double();
            return !(d == 0.0 || d.is_nan());
        }
        if v.is_string() {
            return !v.as_string().is_empty();
        }
        !(v.is_nullish() || v.is_hole())
    }

    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        if v.is_int() {
            return Ok(v.as_int() as f64);
        }
        if v.is_double() {
            return Ok(v.as_double());
        }
        if v.is_undefined() {
            return Ok(f64::NAN);
        }
        if v.is_null() || v == Value::FALSE {
            return Ok(0.0);
        }
        if v == Value::TRUE {
            return Ok(1.0);
        }
        if v.is_string() {
            return Ok(string_to_number(&v.as_string().to_rust_string()));
        }
        if v.is_symbol() {
            return Err(self.type_error("Cannot convert a Symbol value to a number"));
        }
        let p = self.to_primitive(v, Hint::Number)?;
        self.to_number(p)
    }

    /// ToNumeric; BigInt is not supported, so this is ToNumber as a value.
    pub fn to_numeric(&mut self, v: Value) -> JsResult<Value> {
        if v.is_number() {
            return Ok(v);
        }
        let d = self.to_number(v)?;
        Ok(Value::number(d))
    }

    pub fn to_int32(&mut self, v: Value) -> JsResult<i32> {
        if v.is_int() {
            return Ok(v.as_int());
        }
        Ok(to_int32(self.to_number(v)?))
    }

    pub fn to_uint32(&mut self, v: Value) -> JsResult<u32> {
        Ok(self.to_int32(v)? as u32)
    }

    /// ToIntegerOrInfinity.
    pub fn to_integer(&mut self, v: Value) -> JsResult<f64> {
        let d = self.to_number(v)?;
        Ok(if d.is_nan() { 0.0 } else { d.trunc() + 0.0 })
    }

    pub fn to_string(&mut self, v: Value) -> JsResult<Gc<JsString>> {
        if v.is_string() {
            return Ok(v.as_string());
        }
        if v.is_symbol() {
            return Err(self.type_error("Cannot convert a Symbol value to a string"));
        }
        if v.is_object() {
            let p = self.to_primitive(v, Hint::String)?;
            return self.to_string(p);
        }
        let s = self.primitive_to_rust_string(v);
        Ok(self.intern(&s))
    }

    pub fn to_rust_string(&mut self, v: Value) -> JsResult<String> {
        Ok(self.to_string(v)?.to_rust_string())
    }

    fn primitive_to_rust_string(&self, v: Value) -> String {
        if v.is_int() {
            v.as_int().to_string()
        } else if v.is_double() {
            number_to_string(v.as_double())
        } else if v.is_undefined() {
            "undefined".into()
        } else if v.is_null() {
            "null".into()
        } else if v == Value::TRUE {
            "true".into()
        } else if v == Value::FALSE {
            "false".into()
        } else if v.is_string() {
            v.as_string().to_rust_string()
        } else {
            String::new()
        }
    }

    /// A string for error messages that never calls user code.
    pub fn to_display_string(&self, v: Value) -> String {
        if v.is_symbol() {
            let s = v.as_symbol();
            let d = if s.description.is_string() {
                s.description.as_string().to_rust_string()
            } else {
                String::new()
            };
            return format!("Symbol({d})");
        }
        if v.is_object() {
            return self.object_description(v);
        }
        self.primitive_to_rust_string(v)
    }

    /// `#<Foo>` as V8 names objects in messages.
    pub fn object_description(&self, v: Value) -> String {
        if !v.is_object() {
            return self.to_display_string(v);
        }
        let o = v.as_object();
        if o.is_callable() {
            return "function".into();
        }
        let mut name = String::from("Object");
        let proto = o.map.prototype;
        if proto.is_object()
            && let Some((_, d)) = proto.as_object().map.lookup(self.realm.names.constructor)
        {
            let ctor = proto.as_object().slot(d.slot);
            if ctor.is_object() {
                if let Some(c) = ctor.as_object().closure() {
                    let n = c.shared.name_string();
                    if !n.is_empty() {
                        name = n;
                    }
                } else if let Some((_, nd)) = ctor.as_object().map.lookup(self.realm.names.name) {
                    let n = ctor.as_object().slot(nd.slot);
                    if n.is_string() {
                        name = n.as_string().to_rust_string();
                    }
                }
            }
        }
        if o.is_array() {
            name = "Array".into();
        }
        format!("#<{name}>")
    }

    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        if !v.is_object() {
            return Ok(v);
        }
        let exotic = self.get(v, Key::Prop(PropertyKey::Symbol(self.symbols.to_primitive)))?;
        if !exotic.is_nullish() {
            let h = match hint {
                Hint::Default => "default",
                Hint::Number => "number",
                Hint::String => "string",
            };
            let h = self.str(h);
            let r = self.call(exotic, v, &[h])?;
            if r.is_object() {
                return Err(self.type_error("Cannot convert object to primitive value"));
            }
            return Ok(r);
        }
        let order = if hint == Hint::String {
            ["toString", "valueOf"]
        } else {
            ["valueOf", "toString"]
        };
        for name in order {
            let f = self.get_named(v, name)?;
            if self.is_callable(f) {
                let r = self.call(f, v, &[])?;
                if !r.is_object() {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    pub fn to_object(&mut self, v: Value) -> JsResult<Value> {
        if v.is_object() {
            return Ok(v);
        }
        if v.is_nullish() {
            return Err(self.type_error("Cannot convert undefined or null to object"));
        }
        let (proto, class) = if v.is_string() {
            (
                self.realm.intrinsics.string_prototype,
                ObjectClass::String(v.as_string()),
            )
        } else if v.is_number() {
            (
                self.realm.intrinsics.number_prototype,
                ObjectClass::Number(v.as_number()),
            )
        } else if v.is_bool() {
            (
                self.realm.intrinsics.boolean_prototype,
                ObjectClass::Boolean(v.as_bool()),
            )
        } else {
            (
                self.realm.intrinsics.symbol_prototype,
                ObjectClass::Symbol(v),
            )
        };
        Ok(Value::object(
            self.new_object_with_proto(Value::object(proto), class),
        ))
    }

    pub fn is_callable(&self, v: Value) -> bool {
        v.is_object() && v.as_object().is_callable()
    }

    pub fn is_constructor(&self, v: Value) -> bool {
        if !v.is_object() {
            return false;
        }
        match &v.as_object().class {
            ObjectClass::Closure(c) => c.shared.is_constructor(),
            ObjectClass::Native(n) => n.constructor,
            ObjectClass::Bound { target, .. } => self.is_constructor(*target),
            ObjectClass::Proxy { constructor, .. } => *constructor,
            _ => false,
        }
    }

    pub fn type_of(&self, v: Value) -> &'static str {
        if v.is_number() {
            "number"
        } else if v.is_string() {
            "string"
        } else if v.is_bool() {
            "boolean"
        } else if v.is_undefined() {
            "undefined"
        } else if v.is_symbol() {
            "symbol"
        } else if v.is_object() && v.as_object().is_callable() {
            "function"
        } else {
            "object"
        }
    }

    pub fn strict_equals(&self, a: Value, b: Value) -> bool {
        if a.is_number() && b.is_number() {
            return a.as_number() == b.as_number();
        }
        if a.is_string() && b.is_string() {
            return a == b || a.as_string().units() == b.as_string().units();
        }
        a == b
    }

    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        if a.is_number() && b.is_number() || a.is_string() && b.is_string() {
            return Ok(self.strict_equals(a, b));
        }
        if a.is_nullish() && b.is_nullish() {
            return Ok(true);
        }
        if a.is_nullish() || b.is_nullish() {
            return Ok(false);
        }
        if a.is_object() && b.is_object() || a.is_symbol() && b.is_symbol() {
            return Ok(a == b);
        }
        if a.is_bool() {
            let n = Value::number(self.to_number(a)?);
            return self.loose_equals(n, b);
        }
        if b.is_bool() {
            let n = Value::number(self.to_number(b)?);
            return self.loose_equals(a, n);
        }
        if a.is_number() && b.is_string() || a.is_string() && b.is_number() {
            return Ok(self.to_number(a)? == self.to_number(b)?);
        }
        if a.is_object() && !b.is_object() {
            let p = self.to_primitive(a, Hint::Default)?;
            return self.loose_equals(p, b);
        }
        if b.is_object() && !a.is_object() {
            let p = self.to_primitive(b, Hint::Default)?;
            return self.loose_equals(a, p);
        }
        Ok(false)
    }

    pub fn same_value_zero(&self, a: Value, b: Value) -> bool {
        if a.is_number() && b.is_number() {
            let (x, y) = (a.as_number(), b.as_number());
            return x == y || (x.is_nan() && y.is_nan());
        }
        self.strict_equals(a, b)
    }

    pub fn same_value(&self, a: Value, b: Value) -> bool {
        if a.is_number() && b.is_number() {
            let (x, y) = (a.as_number(), b.as_number());
            return (x == y && x.is_sign_negative() == y.is_sign_negative())
                || (x.is_nan() && y.is_nan());
        }
        self.strict_equals(a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers_like_javascript() {
        assert_eq!(number_to_string(1.0), "1");
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(1e-7), "1e-7");
        assert_eq!(
            number_to_string(123456789012345680000.0),
            "123456789012345680000"
        );
        assert_eq!(number_to_string(-1.5), "-1.5");
    }

    #[test]
    fn parses_numeric_strings() {
        assert_eq!(string_to_number("  42 "), 42.0);
        assert_eq!(string_to_number("0x1f"), 31.0);
        assert!(string_to_number("12px").is_nan());
        assert_eq!(string_to_number(""), 0.0);
        assert_eq!(to_int32(4294967297.0), 1);
        assert_eq!(to_int32(-1.0), -1);
    }
}
