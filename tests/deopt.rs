//! The deoptimization suite: every `tests/deopt/**/*.js` program drives
//! optimized code off its speculation with V8's natives syntax
//! (`%PrepareFunctionForOptimization`, `%OptimizeFunctionOnNextCall`,
//! `%DeoptimizeNow`, `%GetOptimizationStatus`), so it runs unchanged on
//! `node --allow-natives-syntax`, which produced its expected stdout
//! (`.out`, and `.status` when the exit code is not 0;
//! `tests/deopt/update-expectations.sh` regenerates them; CI needs no node).
//!
//! Each (program, mode) pair is its own named test case
//! (`cargo test --test deopt -- wrong-map`):
//! - `[trace]` runs `--allow-natives-syntax --trace-deopt`; stdout and the
//!   exit code must equal the expectations, and every `// deopt:` line of
//!   the program must be matched by its own `[bailout …]` line on stderr.
//! - `[deopt-every-3]` runs `--allow-natives-syntax --always-opt
//!   --deopt-every-n-times=3` and checks stdout and the exit code only.
//!   Lines starting with `[opt] ` (optimization status, which these flags
//!   change by design) are left out of both sides.
//!
//! Deopt expectations are comment lines, conventionally in the header:
//!
//! ```text
//! // deopt: function=NAME reason=REASON-TEXT [kind=KIND] [frames=N] [materialized=M]
//! // deopt: exactly   (no bailouts besides the listed ones)
//! // deopt: none      (no bailout at all)
//! ```
//!
//! A `// Flags: …` line (as in V8's mjsunit tests) adds Unspool flags to
//! every mode, e.g. `--no-inline` to keep a callee a separate optimized
//! activation. They must not change stdout: node runs without them.
//!
//! One line per expected bailout (two identical lines expect two
//! bailouts). NAME is the function as the trace prints it inside
//! `<JSFunction …>`; REASON-TEXT is what follows `reason: ` (it may contain
//! spaces); KIND defaults to `deopt-soft` for "Insufficient type feedback…"
//! reasons and `deopt-eager` otherwise; `frames` and `materialized` are
//! checked only when given.
//!
//! Programs listed in `tests/deopt/KNOWN_FAILURES` (`name` or
//! `name [mode]`, `#` starts the reason) are reported as ignored; with
//! `--include-ignored` a failure says which part failed (stdout / exit
//! code, or the deopt trace).

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

struct Mode {
    name: &'static str,
    flags: &'static [&'static str],
    /// Whether the `// deopt:` expectations are checked against stderr.
    check_trace: bool,
}

const MODES: &[Mode] = &[
    Mode {
        name: "trace",
        flags: &["--allow-natives-syntax", "--trace-deopt"],
        check_trace: true,
    },
    Mode {
        name: "deopt-every-3",
        flags: &[
            "--allow-natives-syntax",
            "--deopt-every-n-times=3",
            "--always-opt",
        ],
        check_trace: false,
    },
];

/// Lines with this prefix print optimization status; they are compared
/// only in modes that keep the default tiering.
const STATUS_PREFIX: &[u8] = b"[opt] ";

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/deopt");
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
        for mode in MODES {
            let path = program.clone();
            let ignored = known
                .iter()
                .any(|k| k == &name || k == &format!("{name} [{}]", mode.name));
            let trial = Trial::test(format!("{name} [{}]", mode.name), move || run(&path, mode))
                .with_ignored_flag(ignored);
            trials.push(trial);
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn run(program: &Path, mode: &Mode) -> Result<(), Failed> {
    let source = std::fs::read_to_string(program).map_err(|e| format!("cannot read: {e}"))?;
    let expectations = parse_expectations(&source)?;
    let expected_out =
        std::fs::read(program.with_extension("out")).map_err(|e| format!("no .out: {e}"))?;
    let expected_status = std::fs::read_to_string(program.with_extension("status"))
        .map(|s| s.trim().parse::<i32>().unwrap_or(-1))
        .unwrap_or(0);
    // Node runs each program from its own directory; so do we.
    let extra_flags = source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("// Flags:"))
        .flat_map(str::split_whitespace);
    let output = Command::new(env!("CARGO_BIN_EXE_unspool"))
        .args(mode.flags)
        .args(extra_flags)
        .arg(program.file_name().unwrap())
        .current_dir(program.parent().unwrap())
        .output()
        .map_err(|e| format!("cannot run unspool: {e}"))?;
    let status = output.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr);

    let (want, got) = if mode.check_trace {
        (expected_out, output.stdout)
    } else {
        (
            without_status_lines(&expected_out),
            without_status_lines(&output.stdout),
        )
    };
    let stdout_problem = if want == got && status == expected_status {
        None
    } else {
        Some(format!(
            "exit status {status} (expected {expected_status})\n{}",
            first_difference(
                &String::from_utf8_lossy(&want),
                &String::from_utf8_lossy(&got)
            )
        ))
    };
    let trace_problem = if mode.check_trace {
        check_trace(&expectations, &stderr)
    } else {
        None
    };
    if stdout_problem.is_none() && trace_problem.is_none() {
        return Ok(());
    }
    let mut report = String::new();
    report += match (&stdout_problem, &trace_problem) {
        (Some(_), Some(_)) => "FAILED: stdout/exit code AND deopt trace\n",
        (Some(_), None) if mode.check_trace => "FAILED: stdout/exit code (deopt trace ok)\n",
        (Some(_), None) => {
            "FAILED: stdout/exit code (`[opt] ` lines left out; no trace check in this mode)\n"
        }
        _ => "FAILED: deopt trace (stdout/exit code ok)\n",
    };
    if let Some(p) = stdout_problem {
        report += &format!("--- stdout / exit code ---\n{p}\n");
    }
    if let Some(p) = trace_problem {
        report += &format!("--- deopt trace ---\n{p}\n");
    }
    report += &format!("--- stderr (tail) ---\n{}", tail(&stderr, 12));
    Err(report.into())
}

fn without_status_lines(out: &[u8]) -> Vec<u8> {
    out.split_inclusive(|&b| b == b'\n')
        .filter(|line| !line.starts_with(STATUS_PREFIX))
        .flatten()
        .copied()
        .collect()
}

fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
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

// ---- deopt expectations ----

/// One expected bailout (`// deopt: function=… reason=…`).
#[derive(Debug, Default, Clone, PartialEq)]
struct Expected {
    function: String,
    reason: String,
    kind: String,
    frames: Option<u32>,
    materialized: Option<u32>,
}

#[derive(Debug, Default)]
struct Expectations {
    bailouts: Vec<Expected>,
    /// `// deopt: exactly` or `// deopt: none`: no other bailouts allowed.
    exact: bool,
}

/// One `[bailout (kind: K, reason: R): deoptimizing <JSFunction F>, …,
/// frames N, materialized M, …]` line from `--trace-deopt`.
#[derive(Debug)]
struct Bailout {
    kind: String,
    reason: String,
    function: String,
    frames: Option<u32>,
    materialized: Option<u32>,
    line: String,
}

const KEYS: &[&str] = &["function", "reason", "kind", "frames", "materialized"];

fn parse_expectations(source: &str) -> Result<Expectations, String> {
    let mut e = Expectations::default();
    for (n, line) in source.lines().enumerate() {
        let Some(spec) = line.trim().strip_prefix("// deopt:") else {
            continue;
        };
        let spec = spec.trim();
        let bad = |what: &str| format!("line {}: {what}: `{}`", n + 1, line.trim());
        match spec {
            "exactly" => {
                e.exact = true;
                continue;
            }
            "none" => {
                e.exact = true;
                continue;
            }
            _ => {}
        }
        // `key=value` fields; a value runs until the next known key, so
        // reasons may contain spaces.
        let mut fields: Vec<(&str, String)> = Vec::new();
        for word in spec.split_whitespace() {
            let key = word
                .split_once('=')
                .map(|(k, _)| k)
                .filter(|k| KEYS.contains(k));
            match (key, fields.last_mut()) {
                (Some(k), _) => fields.push((k, word[k.len() + 1..].to_string())),
                (None, Some((_, value))) => {
                    value.push(' ');
                    value.push_str(word);
                }
                (None, None) => return Err(bad("expected key=value")),
            }
        }
        let mut x = Expected::default();
        for (key, value) in fields {
            let number = || value.parse::<u32>().map_err(|_| bad("not a number"));
            match key {
                "function" => x.function = value.clone(),
                "reason" => x.reason = value.clone(),
                "kind" => x.kind = value.clone(),
                "frames" => x.frames = Some(number()?),
                "materialized" => x.materialized = Some(number()?),
                _ => unreachable!(),
            }
        }
        if x.function.is_empty() || x.reason.is_empty() {
            return Err(bad("function= and reason= are required"));
        }
        if x.kind.is_empty() {
            x.kind = if x.reason.starts_with("Insufficient type feedback") {
                "deopt-soft".into()
            } else {
                "deopt-eager".into()
            };
        }
        e.bailouts.push(x);
    }
    Ok(e)
}

fn parse_bailout(line: &str) -> Option<Bailout> {
    let rest = line.trim().strip_prefix("[bailout (kind: ")?;
    let (kind, rest) = rest.split_once(", reason: ")?;
    let (reason, rest) = rest.split_once("): deoptimizing ")?;
    let function = rest
        .strip_prefix("<JSFunction ")
        .and_then(|r| r.split_once(">, "))
        .map_or("", |(f, _)| f);
    let number_after = |key: &str| {
        rest.split_once(key).and_then(|(_, r)| {
            r.split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|d| d.parse().ok())
        })
    };
    Some(Bailout {
        kind: kind.to_string(),
        reason: reason.to_string(),
        function: function.to_string(),
        frames: number_after(", frames "),
        materialized: number_after(", materialized "),
        line: line.trim().to_string(),
    })
}

fn bailout_matches(x: &Expected, b: &Bailout) -> bool {
    x.function == b.function
        && x.reason == b.reason
        && x.kind == b.kind
        && x.frames.is_none_or(|f| b.frames == Some(f))
        && x.materialized.is_none_or(|m| b.materialized == Some(m))
}

/// Every expectation needs its own bailout line (a bipartite matching, so
/// that a loose expectation cannot take the line a stricter one needs).
fn check_trace(e: &Expectations, stderr: &str) -> Option<String> {
    let bailouts: Vec<Bailout> = stderr.lines().filter_map(parse_bailout).collect();
    let mut owner: Vec<Option<usize>> = vec![None; bailouts.len()];
    let mut unmatched = Vec::new();
    for i in 0..e.bailouts.len() {
        let mut seen = vec![false; bailouts.len()];
        if !augment(i, &e.bailouts, &bailouts, &mut owner, &mut seen) {
            unmatched.push(i);
        }
    }
    let extra = owner.iter().filter(|o| o.is_none()).count();
    if unmatched.is_empty() && !(e.exact && extra > 0) {
        return None;
    }
    let mut report = String::new();
    for &i in &unmatched {
        let x = &e.bailouts[i];
        report += &format!(
            "no bailout matches: function={} reason={} kind={}{}{}\n",
            x.function,
            x.reason,
            x.kind,
            x.frames.map_or(String::new(), |f| format!(" frames={f}")),
            x.materialized
                .map_or(String::new(), |m| format!(" materialized={m}")),
        );
    }
    if e.exact && extra > 0 {
        report +=
            &format!("{extra} unexpected bailout(s) (the program says `deopt: exactly`/`none`)\n");
    }
    if bailouts.is_empty() {
        report += "stderr has no bailout lines\n";
    } else {
        report += "bailouts seen:\n";
        for (b, o) in bailouts.iter().zip(&owner) {
            let tag = if o.is_some() { "matched " } else { "        " };
            report += &format!("  {tag}{}\n", b.line);
        }
    }
    Some(report)
}

fn augment(
    i: usize,
    expected: &[Expected],
    bailouts: &[Bailout],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for j in 0..bailouts.len() {
        if seen[j] || !bailout_matches(&expected[i], &bailouts[j]) {
            continue;
        }
        seen[j] = true;
        let previous = owner[j];
        if previous.is_none_or(|k| augment(k, expected, bailouts, owner, seen)) {
            owner[j] = Some(i);
            return true;
        }
    }
    false
}

// ---- programs and known failures ----

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
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
