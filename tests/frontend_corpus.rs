//! Every program of the JavaScript corpus passes the front end (parse,
//! early errors, scope and capture analysis).

use std::path::Path;

fn visit(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            visit(&p, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            out.push(p);
        }
    }
}

#[test]
fn corpus_passes_the_front_end() {
    let mut files = Vec::new();
    visit(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/js")),
        &mut files,
    );
    assert!(files.len() >= 150, "corpus has {} files", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        if let Err(e) = unspool::frontend::check(&src, false) {
            failures.push(format!("{}: {}", f.display(), e.message));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
