//! The `unspool` command line. For now it runs the front end only:
//! `unspool --check FILE.js` parses and analyzes a script and reports
//! syntax errors the way Node does (`file:line`, the line, a caret).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let natives = args.iter().any(|a| a == "--allow-natives-syntax");
    let Some(file) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: unspool --check [--allow-natives-syntax] FILE.js");
        return ExitCode::from(2);
    };
    if !args.iter().any(|a| a == "--check") {
        eprintln!(
            "unspool: executing scripts is not available yet; use --check to parse and analyze {file}"
        );
        return ExitCode::from(2);
    }
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("unspool: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    match unspool::frontend::check(&source, natives) {
        Ok(report) => {
            println!(
                "{file}: ok ({} captured variables)",
                report.captured_variables.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            let before = &source[..(e.offset as usize).min(source.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
            let text = source.lines().nth(line - 1).unwrap_or("");
            eprintln!(
                "{file}:{line}\n{text}\n{}^\n\nSyntaxError: {}",
                " ".repeat(col),
                e.message
            );
            ExitCode::from(1)
        }
    }
}
