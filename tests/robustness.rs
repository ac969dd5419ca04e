//! Bad input never crashes the engine: random bytes, pathological nesting,
//! unbounded recursion and heap exhaustion all end in a clean JavaScript
//! error (or a clean fatal heap error), never a Rust panic or a signal.

use std::path::PathBuf;
use std::process::{Command, Output};

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("unspool-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(flags: &[&str], file: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_unspool"))
        .args(flags)
        .arg(file)
        .output()
        .expect("run unspool")
}

/// Exit 0 or 1 (a JS exception), and no sign of an engine bug.
fn assert_clean(out: &Output, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "{what}: exit {code:?}\n{stderr}"
    );
    assert!(
        !stderr.contains("internal error") && !stderr.contains("panicked"),
        "{what}: {stderr}"
    );
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn random_bytes_and_token_soup_give_clean_errors() {
    let dir = scratch_dir("random");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let tokens = [
        "function", "(", ")", "{", "}", "[", "]", "=>", "let", "x", "=", "1", ";", "class",
        "extends", "new", "yield", "*", "`${", "}`", "'", "\"", "/", "+", "...", "?.", "??",
        "async", "await", "for", "of", "in", "try", "catch", "finally", "throw", "return", "this",
        "super", ".", ",", ":", "#p", "static", "get",
    ];
    for i in 0..60 {
        let file = dir.join(format!("case{i}.js"));
        let bytes: Vec<u8> = if i % 2 == 0 {
            (0..(rng.next() % 400)).map(|_| rng.next() as u8).collect()
        } else {
            let n = rng.next() % 80;
            let words: Vec<&str> = (0..n)
                .map(|_| tokens[(rng.next() % tokens.len() as u64) as usize])
                .collect();
            words.join(" ").into_bytes()
        };
        std::fs::write(&file, &bytes).unwrap();
        assert_clean(
            &run(&[], &file),
            &format!("{} ({} bytes)", file.display(), bytes.len()),
        );
    }
}

#[test]
fn deep_nesting_is_handled() {
    let dir = scratch_dir("nesting");
    let cases = [
        (
            "arrays",
            format!("{}{}", "[".repeat(20_000), "]".repeat(20_000)),
        ),
        (
            "parens",
            format!("x = {}1{};", "(".repeat(20_000), ")".repeat(20_000)),
        ),
        (
            "functions",
            format!("{}{}", "function f(){".repeat(3_000), "}".repeat(3_000)),
        ),
        (
            "blocks",
            format!("{}{}", "{".repeat(20_000), "}".repeat(20_000)),
        ),
    ];
    for (name, source) in cases {
        let file = dir.join(format!("{name}.js"));
        std::fs::write(&file, source).unwrap();
        assert_clean(&run(&[], &file), name);
    }
}

#[test]
fn unbounded_recursion_is_a_range_error() {
    let dir = scratch_dir("recursion");
    let file = dir.join("rec.js");
    let source = "function f(n) { return f(n + 1) + 1; }
        try { f(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
        const o = { get x() { return this.x; } };
        try { o.x; } catch (e) { console.log(e instanceof RangeError); }
        try { [1].map(function g() { return [1].map(g); }); } catch (e) { console.log(e instanceof RangeError); }";
    std::fs::write(&file, source).unwrap();
    let out = run(&[], &file);
    assert_clean(&out, "recursion");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "true Maximum call stack size exceeded\ntrue\ntrue\n"
    );
}

#[test]
fn heap_exhaustion_is_a_clean_fatal_error() {
    let dir = scratch_dir("oom");
    let file = dir.join("oom.js");
    std::fs::write(
        &file,
        "var a = []; while (true) a.push(new Array(1000).fill(1.5));",
    )
    .unwrap();
    let out = run(&["--max-heap-size=32"], &file);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(134), "{stderr}");
    assert!(stderr.contains("JavaScript heap out of memory"), "{stderr}");
}

/// Optimized loops are safepoints too: garbage made in a hot loop (here
/// 160 MB of arrays) is collected while the loop runs, so a 32 MB heap
/// suffices.
#[test]
fn optimized_loops_collect_garbage() {
    let dir = scratch_dir("gc-in-loop");
    let file = dir.join("loop.js");
    std::fs::write(
        &file,
        "let t = 0;
         for (let i = 0; i < 20000; i++) {
           const a = [];
           for (let j = 0; j < 1000; j++) a[j] = j;
           t += a.length;
         }
         console.log(t);",
    )
    .unwrap();
    for flags in [
        &["--max-heap-size=32"][..],
        &["--max-heap-size=32", "--always-opt"],
    ] {
        let out = run(flags, &file);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{flags:?}: {stderr}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "20000000\n");
    }
}

#[test]
fn syntax_errors_name_the_file_line_and_column() {
    let dir = scratch_dir("syntax");
    let file = dir.join("bad.js");
    std::fs::write(&file, "let ok = 1;\nlet = = 2;\n").unwrap();
    let out = run(&[], &file);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.starts_with(&format!("{}:2\nlet = = 2;\n", file.display())),
        "{stderr}"
    );
    assert!(stderr.contains("SyntaxError: "), "{stderr}");
}

#[test]
fn builtins_called_on_the_wrong_receiver_throw() {
    let dir = scratch_dir("receivers");
    let file = dir.join("receivers.js");
    let source = "const probes = [
        () => new Map().entries().next.call(1),
        () => new Set().values().next.call(undefined),
        () => ''[Symbol.iterator]().next.call(null),
        () => Object.getPrototypeOf(function* () {}).prototype.next.call(undefined),
        () => Object.getPrototypeOf(function* () {}).prototype.return.call(5),
      ];
      for (const p of probes) { try { p(); console.log('no error'); } catch (e) { console.log(e instanceof TypeError); } }
      class A { constructor() { this.s = typeof super.toString; } }
      console.log(new A().s);";
    std::fs::write(&file, source).unwrap();
    let out = run(&[], &file);
    assert_clean(&out, "receivers");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "true\ntrue\ntrue\ntrue\ntrue\nfunction\n"
    );
}
