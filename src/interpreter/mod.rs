//! The Ignition-style interpreter: frames as data on the VM stack
//! (`frame`), the dispatch loop (`dispatch`), calls (`call`), generic
//! operations (`ops`), the instructions optimized code shares (`generic`),
//! generators and the runtime functions bytecode calls.
//!
//! Architecture invariant: only the interpreter (and, later, the
//! deoptimizer through `call::FrameDescription`) creates frames.

pub mod async_function;
pub mod call;
mod dispatch;
pub mod frame;
pub mod generator;
mod generic;
pub mod ops;
pub mod runtime_functions;

pub(crate) mod dispatch_flow {
    pub use super::dispatch::Flow;
}
