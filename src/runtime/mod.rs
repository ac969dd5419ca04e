//! The runtime: values, the heap and its cells (strings, symbols, maps,
//! objects, functions, contexts), property semantics, conversions, errors,
//! the realm and the builtins. Everything the interpreter operates on.

pub mod builtins;
pub mod collections;
pub mod conversions;
pub mod descriptor;
pub mod errors;
pub mod eval;
pub mod event_loop;
pub mod factory;
pub mod fdlibm;
pub mod function;
pub mod global_declarations;
pub mod heap;
pub mod inspect;
pub mod map;
pub mod modules;
pub mod object;
pub mod promise;
pub mod property;
pub mod proxy;
pub mod realm;
pub mod string;
pub mod symbol;
pub mod typed_array;
pub mod value;
pub mod vm;
