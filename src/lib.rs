//! Unspool: a JavaScript engine built around speculative optimization and
//! deoptimization, the way V8 builds it.
//!
//! Pipeline: `frontend` (oxc parse, scopes, capture analysis) → `bytecode`
//! → `interpreter` (with `feedback`) → optimizer → deoptimizer, with the
//! `runtime` (heap, objects, builtins) beside them.
//!
//! Status: only the front end is wired into the crate so far; the other
//! stages are in the tree (see ARCHITECTURE.md) and are being brought up.

pub mod bytecode;
pub mod deoptimizer;
pub mod feedback;
pub mod frontend;
pub mod interpreter;
pub mod optimizer;
pub mod runtime;
