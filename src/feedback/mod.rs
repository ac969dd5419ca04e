//! Type feedback: what the interpreter saw at each site, recorded by inline
//! caches (`ic`) into the function's `FeedbackVector`. The interpreter uses
//! it for its own fast paths; the optimizing compiler speculates on it.

pub mod ic;
mod vector;

pub use vector::{
    BinaryOpHint, CallFeedback, CompareHint, FeedbackSlot, FeedbackSlotKind, FeedbackVector,
    Handler, PropertyFeedback,
};
