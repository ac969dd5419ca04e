//! The differential corpus: every `tests/js/**/*.js` program runs through
//! the `unspool` binary in every execution mode, and its stdout and exit
//! code must equal what Node printed (`.out`, `.status`, made by
//! `scripts/update-expectations.sh`). Each (program, mode) pair is its own
//! named test case: `cargo test --test js -- basics/closures`.
//!
//! A program may start with `// Env: NAME=value …`: it runs with those
//! environment variables (under Node too), e.g. a time zone in `TZ`.
//!
//! Programs listed in `tests/js/KNOWN_FAILURES` (with the reason) are
//! reported as ignored, never hidden; running with `--include-ignored`
//! shows where they stand.

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

/// Execution modes and their flags. `--always-opt` compiles every function
/// at its first call (so its code leans on soft deopts);
/// `--deopt-every-n-times` makes every N-th guard deoptimize, so every deopt
/// exit is exercised; `--gc-stress` collects at every allocation, proving
/// that every live value is reachable from a root.
const MODES: &[(&str, &[&str])] = &[
    ("default", &[]),
    ("jitless", &["--jitless"]),
    ("always-opt", &["--always-opt"]),
    (
        "deopt-every-1",
        &["--always-opt", "--deopt-every-n-times=1"],
    ),
    (
        "deopt-every-7",
        &["--always-opt", "--deopt-every-n-times=7"],
    ),
    ("gc-stress", &["--gc-stress"]),
];

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/js");
    let known = known_failures(&root);
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    programs.sort();
    let mut trials = Vec::new();
    for program in programs {
        let name = program
            .strip_prefix(&root)
            .unwrap()
            .with_extension("")
            .to_string_lossy()
            .into_owned();
        for &(mode, flags) in MODES {
            let path = program.clone();
            let ignored = known
                .iter()
                .any(|k| k == &name || k == &format!("{name} [{mode}]"));
            let trial = Trial::test(format!("{name} [{mode}]"), move || run(&path, flags))
                .with_ignored_flag(ignored);
            trials.push(trial);
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn run(program: &Path, flags: &[&str]) -> Result<(), Failed> {
    let expected_out =
        std::fs::read(program.with_extension("out")).map_err(|e| format!("no .out: {e}"))?;
    let expected_status = std::fs::read_to_string(program.with_extension("status"))
        .map(|s| s.trim().parse::<i32>().unwrap_or(-1))
        .unwrap_or(0);
    // Node runs each program from its own directory; so do we.
    let source = std::fs::read_to_string(program).unwrap_or_default();
    let env = source
        .lines()
        .find_map(|l| l.strip_prefix("// Env: "))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|pair| pair.split_once('='));
    let output = Command::new(env!("CARGO_BIN_EXE_unspool"))
        .args(flags)
        .arg(program.file_name().unwrap())
        .current_dir(program.parent().unwrap())
        .envs(env)
        .output()
        .map_err(|e| format!("cannot run unspool: {e}"))?;
    let status = output.status.code().unwrap_or(-1);
    if output.stdout == expected_out && status == expected_status {
        return Ok(());
    }
    let got = String::from_utf8_lossy(&output.stdout);
    let want = String::from_utf8_lossy(&expected_out);
    let stderr = String::from_utf8_lossy(&output.stderr);
    Err(format!(
        "exit status {status} (expected {expected_status})\n{}\n--- stderr (tail) ---\n{}",
        first_difference(&want, &got),
        stderr
            .lines()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    )
    .into())
}

/// The first differing line, with its number, for a readable failure.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            return format!(
                "first difference at stdout line {}:\n  expected: {}\n  actual:   {}",
                i + 1,
                a.unwrap_or(&"<end of output>"),
                b.unwrap_or(&"<end of output>")
            );
        }
    }
    "stdout matches (trailing newline or status differs)".into()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            // `_modules` folders hold modules the programs require.
            if path.file_name().is_some_and(|n| n != "_modules") {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

/// `name` or `name [mode]` per line; `#` starts a comment (the reason).
fn known_failures(root: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}
