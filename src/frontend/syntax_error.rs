//! Early errors from the parser and the semantic checker, with the position
//! needed to print `file:line` and a caret the way Node does.

use oxc_diagnostics::OxcDiagnostic;

#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub message: String,
    /// Byte offset of the error in the source.
    pub offset: u32,
}

impl SyntaxError {
    pub fn from_diagnostic(d: &OxcDiagnostic) -> SyntaxError {
        SyntaxError {
            message: v8_message(&d.message),
            offset: offset_of(d),
        }
    }
}

/// Where a diagnostic points.
pub(super) fn offset_of(d: &OxcDiagnostic) -> u32 {
    let labels = &d.labels;
    let primary = labels.iter().find(|l| l.primary());
    // A redeclaration points at the second declaration, as V8's does.
    let fallback = if d.message.ends_with("has already been declared") {
        labels.last()
    } else {
        labels.first()
    };
    primary.or(fallback).map_or(0, |l| l.offset())
}

/// The message V8 gives where oxc words an early error differently.
fn v8_message(oxc: &str) -> String {
    if oxc.starts_with("'super' can only be referenced")
        || oxc.starts_with("Super calls are not permitted")
    {
        return "'super' keyword unexpected here".into();
    }
    if let Some((name, _)) = oxc
        .strip_prefix("Identifier `")
        .and_then(|m| m.split_once("` has already been declared"))
    {
        return format!("Identifier '{name}' has already been declared");
    }
    if let Some((name, _)) = oxc
        .strip_prefix("Private identifier '")
        .and_then(|m| m.split_once("' is not allowed outside class bodies"))
    {
        return format!("Private field '{name}' must be declared in an enclosing class");
    }
    oxc.to_string()
}
