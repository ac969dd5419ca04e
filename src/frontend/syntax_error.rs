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
        let offset = d
            .labels
            .iter()
            .find(|l| l.primary())
            .or(d.labels.first())
            .map_or(0, |l| l.offset());
        SyntaxError {
            message: d.message.to_string(),
            offset,
        }
    }
}
