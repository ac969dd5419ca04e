//! `Value`: every JavaScript value in one 64-bit word (NaN-boxing).
//!
//! Why NaN-boxing rather than pointer tagging: doubles are the common case in
//! numeric code and stay unboxed (no heap allocation per arithmetic result),
//! an element array of doubles is bit-for-bit an array of `f64` (what the
//! optimizer wants for PACKED_DOUBLE elements), and int32 still has its own
//! tag so integer fast paths never touch floating point.
//!
//! Layout (top 16 bits):
//! - below `0xFFF9`: an IEEE double. NaNs are canonicalised on boxing so no
//!   double ever collides with the tagged space.
//! - `0xFFF9`: int32 in the low 32 bits.
//! - `0xFFFA`: an immediate constant (undefined, null, false, true, the hole).
//! - `0xFFFB`: pointer to a `JsString`.
//! - `0xFFFC`: pointer to a `Symbol`.
//! - `0xFFFD`: pointer to a `JsObject` (functions and arrays included).
//! - `0xFFFE`: pointer to an internal cell (a `Context`, a
//!   `SharedFunctionInfo`) that registers and constant pools hold but
//!   JavaScript code never sees.
//!
//! Pointers are 48-bit user-space addresses, true on x86-64 and AArch64 Linux.

use super::heap::Gc;
use super::object::JsObject;
use super::string::JsString;
use super::symbol::Symbol;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_CONST: u64 = 0xFFFA;
pub const TAG_STRING: u64 = 0xFFFB;
pub const TAG_SYMBOL: u64 = 0xFFFC;
pub const TAG_OBJECT: u64 = 0xFFFD;
pub const TAG_INTERNAL: u64 = 0xFFFE;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

const fn constant(n: u64) -> Value {
    Value((TAG_CONST << TAG_SHIFT) | n)
}

impl Value {
    pub const UNDEFINED: Value = constant(0);
    pub const NULL: Value = constant(1);
    pub const FALSE: Value = constant(2);
    pub const TRUE: Value = constant(3);
    /// The hole: an absent array element, or a `let`/`const` binding still in
    /// its temporal dead zone. Never visible to JavaScript code.
    pub const HOLE: Value = constant(4);

    #[inline]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    #[inline]
    pub fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    #[inline]
    pub fn int(i: i32) -> Value {
        Value((TAG_INT << TAG_SHIFT) | (i as u32 as u64))
    }
    #[inline]
    pub fn double(d: f64) -> Value {
        if d.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(d.to_bits())
        }
    }
    /// A number, stored as int32 when it is one (but never -0).
    #[inline]
    pub fn number(d: f64) -> Value {
        let i = d as i32;
        if i as f64 == d && !(i == 0 && d.is_sign_negative()) {
            Value::int(i)
        } else {
            Value::double(d)
        }
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }
    #[inline]
    pub fn string(s: Gc<JsString>) -> Value {
        Value((TAG_STRING << TAG_SHIFT) | s.addr() as u64)
    }
    #[inline]
    pub fn symbol(s: Gc<Symbol>) -> Value {
        Value((TAG_SYMBOL << TAG_SHIFT) | s.addr() as u64)
    }
    #[inline]
    pub fn object(o: Gc<JsObject>) -> Value {
        Value((TAG_OBJECT << TAG_SHIFT) | o.addr() as u64)
    }

    #[inline]
    pub fn internal<T>(c: Gc<T>) -> Value {
        Value((TAG_INTERNAL << TAG_SHIFT) | c.addr() as u64)
    }

    #[inline]
    pub fn is_int(self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline]
    pub fn is_double(self) -> bool {
        self.0 < (TAG_INT << TAG_SHIFT)
    }
    #[inline]
    pub fn is_number(self) -> bool {
        self.is_int() || self.is_double()
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self == Value::UNDEFINED
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self == Value::UNDEFINED || self == Value::NULL
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
    #[inline]
    pub fn is_hole(self) -> bool {
        self == Value::HOLE
    }
    #[inline]
    pub fn is_string(self) -> bool {
        self.tag() == TAG_STRING
    }
    #[inline]
    pub fn is_symbol(self) -> bool {
        self.tag() == TAG_SYMBOL
    }
    #[inline]
    pub fn is_object(self) -> bool {
        self.tag() == TAG_OBJECT
    }
    /// Whether the payload is a heap pointer (what the GC traces).
    #[inline]
    pub fn is_cell(self) -> bool {
        matches!(
            self.tag(),
            TAG_STRING | TAG_SYMBOL | TAG_OBJECT | TAG_INTERNAL
        )
    }

    #[inline]
    pub fn as_int(self) -> i32 {
        debug_assert!(self.is_int());
        self.0 as u32 as i32
    }
    #[inline]
    pub fn as_double(self) -> f64 {
        debug_assert!(self.is_double());
        f64::from_bits(self.0)
    }
    /// The numeric value of a Number (int32 or double).
    #[inline]
    pub fn as_number(self) -> f64 {
        if self.is_int() {
            self.as_int() as f64
        } else {
            self.as_double()
        }
    }
    #[inline]
    pub fn as_bool(self) -> bool {
        self == Value::TRUE
    }
    #[inline]
    pub fn cell_addr(self) -> usize {
        (self.0 & PAYLOAD_MASK) as usize
    }
    #[inline]
    pub fn as_string(self) -> Gc<JsString> {
        debug_assert!(self.is_string());
        unsafe { Gc::from_addr(self.cell_addr()) }
    }
    #[inline]
    pub fn as_symbol(self) -> Gc<Symbol> {
        debug_assert!(self.is_symbol());
        unsafe { Gc::from_addr(self.cell_addr()) }
    }
    #[inline]
    pub fn as_object(self) -> Gc<JsObject> {
        debug_assert!(self.is_object());
        unsafe { Gc::from_addr(self.cell_addr()) }
    }
    /// # Safety
    /// The value must hold an internal cell of type `T`.
    #[inline]
    pub unsafe fn as_internal<T>(self) -> Gc<T> {
        debug_assert!(self.tag() == TAG_INTERNAL);
        unsafe { Gc::from_addr(self.cell_addr()) }
    }
    /// The internal cell if it is a `T` (checked by the cell's type name,
    /// which is unique per cell type).
    pub fn as_internal_cell<T: super::heap::HeapCell>(self) -> Option<Gc<T>> {
        if !self.is_internal() {
            return None;
        }
        let header = self.cell_addr() as *const super::heap::Header;
        let name = unsafe { (*header).type_name() };
        (name == T::NAME).then(|| unsafe { Gc::from_addr(self.cell_addr()) })
    }
    #[inline]
    pub fn is_internal(self) -> bool {
        self.tag() == TAG_INTERNAL
    }
    #[inline]
    pub fn to_object_opt(self) -> Option<Gc<JsObject>> {
        if self.is_object() {
            Some(self.as_object())
        } else {
            None
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_int() {
            write!(f, "{}", self.as_int())
        } else if self.is_double() {
            write!(f, "{:?}", self.as_double())
        } else if *self == Value::UNDEFINED {
            f.write_str("undefined")
        } else if *self == Value::NULL {
            f.write_str("null")
        } else if *self == Value::TRUE {
            f.write_str("true")
        } else if *self == Value::FALSE {
            f.write_str("false")
        } else if *self == Value::HOLE {
            f.write_str("<the_hole>")
        } else if self.is_string() {
            write!(f, "{:?}", self.as_string().to_rust_string())
        } else if self.is_symbol() {
            write!(f, "<symbol {:#x}>", self.cell_addr())
        } else {
            write!(f, "<object {:#x}>", self.cell_addr())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for d in [
            0.0,
            1.5,
            -2.25,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
            -0.0,
        ] {
            let v = Value::double(d);
            assert!(v.is_double() && !v.is_int());
            assert_eq!(v.as_double().to_bits(), d.to_bits());
        }
        let nan = Value::double(f64::from_bits(0xFFFF_FFFF_FFFF_FFFF));
        assert!(nan.is_double() && nan.as_double().is_nan());
        assert!(Value::number(3.0).is_int());
        assert!(Value::number(-0.0).is_double());
        assert_eq!(Value::int(-7).as_int(), -7);
        assert!(!Value::UNDEFINED.is_number() && !Value::HOLE.is_cell());
    }
}
