//! The command line as node's: `-e` code and programs read from stdin are
//! classic scripts that also see node's CommonJS globals.

use std::io::Write;
use std::process::{Command, Stdio};

const PROBE: &str = "console.log(typeof require, 'require' in globalThis, typeof module, \
     typeof exports, __filename, __dirname, this === globalThis, \
     require('vm').runInThisContext('var fromVm = 1; fromVm + 1'), fromVm)";

#[test]
fn eval_code_sees_commonjs_globals() {
    let out = Command::new(env!("CARGO_BIN_EXE_unspool"))
        .args(["-e", PROBE])
        .output()
        .expect("run unspool");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // node -e prints the same.
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "function true object object [eval] . true 2 1\n"
    );
}

#[test]
fn stdin_programs_see_commonjs_globals() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_unspool"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run unspool");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(PROBE.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "function true object object [stdin] . true 2 1\n"
    );
}
