//! `JsString`: an immutable JavaScript string of UTF-16 code units.
//!
//! Strings used as property keys are interned ("atoms", see `Vm::intern`),
//! so a property key compare is a pointer compare. The intern table is weak:
//! an atom nobody references any more is removed during the collection.

use std::cell::Cell;

use super::heap::{Header, HeapCell, Trace, Tracer};

#[repr(C)]
pub struct JsString {
    header: Header,
    units: Box<[u16]>,
    hash: Cell<u32>,
    interned: Cell<bool>,
}

impl Trace for JsString {
    fn trace(&self, _: &mut Tracer) {}
}

impl HeapCell for JsString {
    const NAME: &'static str = "String";
    fn external_bytes(&self) -> usize {
        self.units.len() * 2
    }
}

impl JsString {
    pub fn new(units: Box<[u16]>) -> JsString {
        JsString {
            header: Header::new::<JsString>(),
            units,
            hash: Cell::new(0),
            interned: Cell::new(false),
        }
    }
    #[inline]
    pub fn units(&self) -> &[u16] {
        &self.units
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.units.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
    pub(crate) fn set_interned(&self) {
        self.interned.set(true)
    }
    pub fn hash_code(&self) -> u32 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_units(&self.units);
        self.hash.set(h);
        h
    }
    /// Lossy conversion for printing (lone surrogates become U+FFFD, as
    /// Node prints them).
    pub fn to_rust_string(&self) -> String {
        String::from_utf16_lossy(&self.units)
    }
    /// The string as an array index (0 ..= 2^32 - 2), if it is one in
    /// canonical form ("7", not "07").
    pub fn as_array_index(&self) -> Option<u32> {
        units_as_array_index(&self.units)
    }
}

pub fn hash_units(units: &[u16]) -> u32 {
    // FNV-1a; never 0 so 0 can mean "not computed".
    let mut h: u32 = 0x811c_9dc5;
    for &u in units {
        h ^= u as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h | 1
}

/// Where a `JsString` keeps its code units' pointer and count, as byte
/// offsets into the cell. Optimized code reads `length` and `charCodeAt`
/// directly; a boxed slice's (pointer, length) order is not fixed, so this
/// probes one.
pub fn units_layout() -> (i32, i32) {
    static LAYOUT: std::sync::OnceLock<(i32, i32)> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let units: Box<[u16]> = Box::new([1, 2, 3]);
        assert_eq!(std::mem::size_of::<Box<[u16]>>(), 16);
        // SAFETY: a boxed slice is two plain words (checked above); reading
        // them copies, and `units` is dropped normally afterwards.
        let words: [usize; 2] = unsafe { std::mem::transmute_copy(&units) };
        let find = |x: usize| words.iter().position(|&w| w == x).expect("slice field") as i32 * 8;
        let base = std::mem::offset_of!(JsString, units) as i32;
        (
            base + find(units.as_ptr() as usize),
            base + find(units.len()),
        )
    })
}

pub fn units_as_array_index(units: &[u16]) -> Option<u32> {
    if units.is_empty() || units.len() > 10 {
        return None;
    }
    if units[0] == b'0' as u16 {
        return if units.len() == 1 { Some(0) } else { None };
    }
    let mut n: u64 = 0;
    for &u in units {
        if !(b'0' as u16..=b'9' as u16).contains(&u) {
            return None;
        }
        n = n * 10 + (u - b'0' as u16) as u64;
    }
    if n < u32::MAX as u64 {
        Some(n as u32)
    } else {
        None
    }
}

pub fn utf16(s: &str) -> Box<[u16]> {
    s.encode_utf16().collect()
}
