//! `Symbol`: a unique property key. Private class names (`#x`) are symbols
//! too, flagged `private`, so that they reuse the property machinery while
//! staying invisible to reflection.

use super::heap::{Header, HeapCell, Trace, Tracer};
use super::value::Value;

#[repr(C)]
pub struct Symbol {
    header: Header,
    /// A string, or undefined.
    pub description: Value,
    pub private: bool,
    /// For the name of a private method or accessor: the class declaring
    /// it, and whether it is static (a failed brand check names them).
    pub method_of: Option<(Value, bool)>,
}

impl Symbol {
    pub fn new(description: Value, private: bool) -> Symbol {
        Symbol {
            header: Header::new::<Symbol>(),
            description,
            private,
            method_of: None,
        }
    }
}

impl Trace for Symbol {
    fn trace(&self, t: &mut Tracer) {
        t.value(self.description);
        if let Some((class, _)) = self.method_of {
            t.value(class);
        }
    }
}

impl HeapCell for Symbol {
    const NAME: &'static str = "Symbol";
}
