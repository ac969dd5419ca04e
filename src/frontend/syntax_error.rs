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
    let fallback = if matches!(EarlyError::of(&d.message), EarlyError::Redeclared(_)) {
        labels.last()
    } else {
        labels.first()
    };
    primary.or(fallback).map_or(0, |l| l.offset())
}

/// The oxc early errors the engine treats specially, told apart by their
/// wording (oxc's version is pinned).
pub(super) enum EarlyError<'m> {
    SuperProperty,
    SuperCall,
    /// A private name no class around declares: `#name`.
    UndeclaredPrivate(&'m str),
    Redeclared(&'m str),
    Other,
}

impl<'m> EarlyError<'m> {
    pub(super) fn of(oxc: &'m str) -> EarlyError<'m> {
        let between = |prefix: &str, suffix: &str| {
            let (name, _) = oxc.strip_prefix(prefix)?.split_once(suffix)?;
            Some(name)
        };
        if oxc.starts_with("'super' can only be referenced") {
            EarlyError::SuperProperty
        } else if oxc.starts_with("Super calls are not permitted") {
            EarlyError::SuperCall
        } else if let Some(name) = between("Private field '", "' must be declared").or_else(|| {
            between(
                "Private identifier '",
                "' is not allowed outside class bodies",
            )
        }) {
            EarlyError::UndeclaredPrivate(name)
        } else if let Some(name) = between("Identifier `", "` has already been declared") {
            EarlyError::Redeclared(name)
        } else {
            EarlyError::Other
        }
    }
}

/// The message V8 gives where oxc words an early error differently.
fn v8_message(oxc: &str) -> String {
    match EarlyError::of(oxc) {
        EarlyError::SuperProperty | EarlyError::SuperCall => {
            "'super' keyword unexpected here".into()
        }
        EarlyError::UndeclaredPrivate(name) => {
            format!("Private field '{name}' must be declared in an enclosing class")
        }
        EarlyError::Redeclared(name) => format!("Identifier '{name}' has already been declared"),
        EarlyError::Other => oxc.to_string(),
    }
}
