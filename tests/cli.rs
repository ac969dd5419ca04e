//! The command line as node's: `-e` code and programs read from stdin are
//! classic scripts that also see node's CommonJS globals.

use std::io::Write;
use std::process::{Command, Stdio};

const PROBE: &str = "console.log(typeof require, 'require' in globalThis, typeof module, \
     typeof exports, __filename, __dirname, this === globalThis, \
     require('vm').runInThisContext('var fromVm = 1; fromVm + 1'), fromVm)";

/// Runs unspool with `args`, writing `stdin` to it; returns its stdout
/// (it must exit 0).
fn unspool(args: &[&str], stdin: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_unspool"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run unspool");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// The expected lines are what `node -e PROBE` and `node < PROBE` print.

#[test]
fn eval_code_sees_commonjs_globals() {
    assert_eq!(
        unspool(&["-e", PROBE], ""),
        "function true object object [eval] . true 2 1\n"
    );
}

#[test]
fn stdin_programs_see_commonjs_globals() {
    assert_eq!(
        unspool(&[], PROBE),
        "function true object object [stdin] . true 2 1\n"
    );
}
