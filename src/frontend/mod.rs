//! The front end: source text → AST (oxc_parser) → resolved scopes
//! (oxc_semantic) → the facts the bytecode generator needs beyond them:
//! which variables are captured by inner functions (so they live in context
//! slots rather than registers) and which functions use `arguments`.

mod analysis;
mod eval_site;
mod syntax_error;

pub use analysis::Analysis;
pub use eval_site::EvalSite;
pub use syntax_error::SyntaxError;

use oxc_allocator::Allocator;
use oxc_ast::ast::Program;
use oxc_parser::{ParseOptions, Parser};
use oxc_semantic::{Semantic, SemanticBuilder};
use oxc_span::SourceType;

/// Facts about one script, for reporting.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CheckReport {
    pub captured_variables: Vec<String>,
    pub functions_using_arguments: usize,
}

/// Parses and resolves a script (early errors included), then hands its
/// AST and scopes to `consume`. The AST lives in an arena that dies when
/// this returns, so whatever outlives it (bytecode) is built inside.
pub fn parse<R>(
    source: &str,
    allow_natives_syntax: bool,
    consume: impl for<'a> FnOnce(&'a Program<'a>, &'a Semantic<'a>) -> R,
) -> Result<R, SyntaxError> {
    parse_as(source, allow_natives_syntax, None, consume)
}

/// Parses code given to a direct eval at `site`, inside classes declaring
/// `private_names`: what the site allows is not an error.
pub fn parse_eval<R>(
    source: &str,
    allow_natives_syntax: bool,
    site: EvalSite,
    private_names: &[String],
    consume: impl for<'a> FnOnce(&'a Program<'a>, &'a Semantic<'a>) -> R,
) -> Result<R, SyntaxError> {
    let eval = (site, private_names);
    parse_as(source, allow_natives_syntax, Some(eval), consume)
}

fn parse_as<R>(
    source: &str,
    allow_natives_syntax: bool,
    eval: Option<(EvalSite, &[String])>,
    consume: impl for<'a> FnOnce(&'a Program<'a>, &'a Semantic<'a>) -> R,
) -> Result<R, SyntaxError> {
    let allocator = Allocator::default();
    let options = ParseOptions {
        allow_v8_intrinsics: allow_natives_syntax,
        preserve_parens: false,
        ..ParseOptions::default()
    };
    let parsed = Parser::new(&allocator, source, SourceType::cjs())
        .with_options(options)
        .parse();
    if let Some(d) = parsed.diagnostics.errors().next() {
        return Err(SyntaxError::from_diagnostic(d));
    }
    let semantic = SemanticBuilder::new()
        .with_check_syntax_error(true)
        .with_build_nodes(true)
        .build(&parsed.program);
    let mut errors = semantic
        .diagnostics
        .errors()
        .filter(|d| eval.is_none_or(|(site, private)| site.keeps(&semantic.semantic, d, private)));
    if let Some(d) = errors.next() {
        return Err(SyntaxError::from_diagnostic(d));
    }
    if let Some((site, _)) = eval {
        site.early_errors(&semantic.semantic)?;
    }
    Ok(consume(&parsed.program, &semantic.semantic))
}

/// Parses and analyzes a script, reporting what the analysis found.
pub fn check(source: &str, allow_natives_syntax: bool) -> Result<CheckReport, SyntaxError> {
    parse(source, allow_natives_syntax, |_, semantic| report(semantic))
}

fn report(semantic: &Semantic<'_>) -> CheckReport {
    let analysis = Analysis::run(semantic);
    let scoping = semantic.scoping();
    let mut captured: Vec<String> = analysis
        .captured
        .iter()
        .map(|s| scoping.symbol_name(*s).to_string())
        .collect();
    captured.sort();
    CheckReport {
        captured_variables: captured,
        functions_using_arguments: analysis.uses_arguments.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_captured_variables() {
        let r = check(
            "let a = 1, b = 2; function f() { return a; } class C { x = b; }",
            false,
        )
        .unwrap();
        assert_eq!(r.captured_variables, vec!["a", "b"]);
    }

    #[test]
    fn register_variables_are_not_captured() {
        let r = check("function f(x) { let y = x + 1; return y; }", false).unwrap();
        assert!(r.captured_variables.is_empty());
    }

    #[test]
    fn arguments_through_arrows() {
        let r = check(
            "function f() { return () => arguments[0]; } function g() { return 1; }",
            false,
        )
        .unwrap();
        assert_eq!(r.functions_using_arguments, 1);
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = check("let x = 1;\nlet = = 2;", false).unwrap_err();
        assert!(e.offset >= 11, "{e:?}");
        let e = check("let a; let a;", false).unwrap_err();
        assert!(e.message.contains('a'), "{e:?}");
    }

    #[test]
    fn natives_syntax_is_opt_in() {
        assert!(check("%OptimizeFunctionOnNextCall(f);", false).is_err());
        assert!(check("%OptimizeFunctionOnNextCall(f);", true).is_ok());
    }
}
