#!/usr/bin/env python3
"""Run the test262 conformance suite against Unspool (or any d8/node-like engine).

Usage:
    scripts/test262.py TEST262_DIR [PREFIX ...] [-j N] [--timeout S]
                       [--engine CMD] [--failures FILE]

Each test is assembled into one classic script (harness files + test) and fed
to the engine on stdin: both `unspool` and `node` evaluate stdin as a classic
script (not a CommonJS module), and stdin has no argv length limit, unlike
`-e`.  `--input eval` passes the source with `-e` instead.

Results are counted per test file: a test that runs in both non-strict and
strict mode passes only if both runs pass.  Tests that need a feature listed in
scripts/test262-unsupported-features.txt, or that are modules, are reported as
skipped so the gap stays visible in the totals.
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from collections import defaultdict, namedtuple

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(SCRIPT_DIR)
DEFAULT_ENGINE = os.path.join(REPO_ROOT, "target", "release", "unspool")
DEFAULT_UNSUPPORTED = os.path.join(SCRIPT_DIR, "test262-unsupported-features.txt")

STRICT_PREFIX = "'use strict';\n"

# A test262 host must not end the process on an unhandled rejection (tests
# leave rejected promises unobserved); node also needs source containing
# `import`/`export` to stay a script (the negative tests expect the
# SyntaxError) instead of becoming ESM.
HOST_FLAGS = ["--unhandled-rejections=none"]
NODE_FLAGS = HOST_FLAGS + ["--no-experimental-detect-module"]

# Host hooks test262 expects on `$262` (INTERPRETING.md).  Only what a host can
# offer from plain JavaScript is real; the rest throws a recognisable error so
# such failures group together instead of looking like engine bugs.  `print`
# is defined for hosts without one (node), because doneprintHandle.js uses it.
HOST_PRELUDE = r"""
(function (global) {
  function unavailable(name) {
    return function () { throw new Error('host hook $262.' + name + ' is not available'); };
  }
  var vm = typeof require === 'function' ? require('vm') : undefined;
  global.$262 = {
    global: global,
    gc: typeof gc === 'function' ? gc : unavailable('gc'),
    evalScript: vm ? function (src) { return vm.runInThisContext(src); } : unavailable('evalScript'),
    createRealm: unavailable('createRealm'),
    detachArrayBuffer: typeof structuredClone === 'function'
      ? function (buffer) { structuredClone(buffer, { transfer: [buffer] }); }
      : unavailable('detachArrayBuffer'),
    agent: {}
  };
  if (typeof print === 'undefined') global.print = function (msg) { console.log(msg); };
})(this);
"""

# Unspool reports missing features as SyntaxErrors ("... is not supported
# yet"); such an error must never satisfy a negative test expecting SyntaxError.
NOT_SUPPORTED = re.compile(r"not (yet )?supported|not supported yet", re.IGNORECASE)
CARET_LINE = re.compile(r"^\s*\^+\s*$")
LOCATION_LINE = re.compile(r"^\S+:\d+$")
STACK_LINE = re.compile(r"^\s+at ")
ERROR_NAME = re.compile(r"^([A-Za-z_$][\w$]*)(?:\s*\[[^\]]*\])?(?::|\s*\{|\s*$)")

Test = namedtuple("Test", "path meta source")
Result = namedtuple("Result", "path status message")  # status: pass | fail | skip
Run = namedtuple("Run", "returncode stdout stderr timed_out")


# --------------------------------------------------------------------------
# Test discovery and metadata


def parse_frontmatter(source):
    """Return the YAML frontmatter of a test as a dict.

    Only the shapes test262 uses are understood (inline `[a, b]` lists, block
    `- a` lists, one level of nested mapping for `negative`, block scalars),
    which keeps the runner free of a YAML dependency.
    """
    match = re.search(r"/\*---(.*?)---\*/", source, re.DOTALL)
    if not match:
        return {}
    meta, key, block = {}, None, []
    for line in match.group(1).splitlines():
        top = re.match(r"^([A-Za-z_]\w*):\s*(.*?)\s*$", line)
        if top:
            if key is not None:
                meta[key] = _block_value(block)
            key, value = top.group(1), top.group(2)
            block = []
            if value and value not in ("|", ">", "|-", ">-", "|+", ">+"):
                meta[key] = _scalar_or_list(value)
                key = None
        elif key is not None:
            block.append(line)
    if key is not None:
        meta[key] = _block_value(block)
    return meta


def _scalar_or_list(value):
    """Turn `[a, b]` into a list and anything else into a stripped string."""
    if value.startswith("[") and value.endswith("]"):
        return [item.strip() for item in value[1:-1].split(",") if item.strip()]
    return value.strip()


def _block_value(lines):
    """Interpret the indented lines under a key: a list, a mapping or text."""
    items = [line.strip() for line in lines if line.strip()]
    if items and all(item.startswith("- ") for item in items):
        return [item[2:].strip() for item in items]
    pairs = [re.match(r"^(\w+):\s*(.*)$", item) for item in items]
    if items and all(pairs):
        return {pair.group(1): _scalar_or_list(pair.group(2)) for pair in pairs}
    return "\n".join(items)


def discover(root, prefixes):
    """List test files (relative to the checkout) under the given prefixes.

    `_FIXTURE` files are module dependencies, not tests, so they are left out.
    """
    found = set()
    for prefix in prefixes:
        base = os.path.join(root, prefix)
        if not os.path.exists(base):
            sys.exit("no such test path: %s" % base)
        if os.path.isfile(base):
            found.add(os.path.relpath(base, root))
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            for name in filenames:
                if name.endswith(".js") and "_FIXTURE" not in name:
                    found.add(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(found)


def read_text(path):
    """Read a file as text that encodes back to the exact same bytes."""
    with open(path, "rb") as handle:
        return handle.read().decode("utf-8", "surrogateescape")


def load_feature_list(path):
    """Read `feature  # reason` lines into {feature: reason}."""
    features = {}
    if not path or not os.path.exists(path):
        return features
    for line in read_text(path).splitlines():
        name, _, reason = line.partition("#")
        if name.strip():
            features[name.strip()] = reason.strip()
    return features


def load_include_features(root):
    """Features implied by harness includes (harness/features.yml).

    A test including testTypedArray.js needs TypedArray even when its own
    `features:` does not say so; test262's own runners apply the same rule.
    """
    implied = {}
    path = os.path.join(root, "harness", "features.yml")
    if os.path.exists(path):
        for line in read_text(path).splitlines():
            match = re.match(r"^([\w.-]+):\s*\[(.*)\]", line)
            if match:
                implied[match.group(1)] = [f.strip() for f in match.group(2).split(",") if f.strip()]
    return implied


# --------------------------------------------------------------------------
# Planning and running one test


def as_list(value):
    """Frontmatter lists may be missing, empty or (rarely) a bare scalar."""
    if not value:
        return []
    return value if isinstance(value, list) else [value]


def skip_reason(meta, unsupported, implied):
    """Why a test is not run, or None; skips stay visible in the report."""
    flags = as_list(meta.get("flags"))
    if "module" in flags:
        return "unsupported flag: module"
    features = list(as_list(meta.get("features")))
    for include in as_list(meta.get("includes")):
        features += implied.get(include, [])
    missing = sorted({f for f in features if f in unsupported})
    if missing:
        return "unsupported feature: " + ", ".join(missing)
    return None


def modes(meta):
    """The strictness modes a test runs in, per test262's INTERPRETING.md."""
    flags = as_list(meta.get("flags"))
    if "raw" in flags or "noStrict" in flags:
        return ["non-strict"]
    if "onlyStrict" in flags:
        return ["strict"]
    return ["non-strict", "strict"]


class Harness:
    """Caches harness files so each is read once per run, not once per test."""

    def __init__(self, root):
        self.root = root
        self.cache = {}

    def file(self, name):
        if name not in self.cache:
            self.cache[name] = read_text(os.path.join(self.root, "harness", name))
        return self.cache[name]

    def assemble(self, test, mode):
        """Build the script for one run: [strict] + host prelude + harness + test.

        `raw` tests run exactly as written, without harness or directive.
        """
        flags = as_list(test.meta.get("flags"))
        if "raw" in flags:
            return test.source
        names = ["assert.js", "sta.js"]
        if "async" in flags:
            names.append("doneprintHandle.js")
        names += [n for n in as_list(test.meta.get("includes")) if n not in names]
        parts = [STRICT_PREFIX if mode == "strict" else "", HOST_PRELUDE]
        parts += [self.file(name) for name in names]
        parts.append(test.source)
        return "\n".join(parts)


def engine_command(engine):
    """Split the --engine string, adding the flags that make it a test262 host."""
    argv = shlex.split(engine)
    argv[1:1] = NODE_FLAGS if os.path.basename(argv[0]) == "node" else HOST_FLAGS
    return argv


def run_engine(command, source, timeout, input_mode):
    """Run the engine on one script; a timeout kills it and is reported."""
    if input_mode == "eval":
        argv, feed = command + ["-e", source], {"stdin": subprocess.DEVNULL}
    else:
        argv, feed = command, {"input": source.encode("utf-8", "surrogateescape")}
    try:
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, **feed)
    except subprocess.TimeoutExpired as expired:
        return Run(None, _decode(expired.stdout), _decode(expired.stderr), True)
    return Run(proc.returncode, _decode(proc.stdout), _decode(proc.stderr), False)


def _decode(data):
    return data.decode("utf-8", "replace") if data else ""


def error_summary(stderr):
    """The uncaught error as one line: `Name: message`, panics included.

    Engines print a `file:line` header, the source line and usually a caret
    line before the error (node's format, which Unspool copies); inspected
    objects may span lines up to the stack trace.
    """
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if "panicked at" in line:
            rest = lines[i + 1].strip() if i + 1 < len(lines) else ""
            return "panic: " + (rest or line.strip())
        if "overflowed its stack" in line or line.lower().startswith("fatal"):
            return line.strip()
    picked = []
    for line in lines[_error_start(lines):]:
        if STACK_LINE.match(line) or (picked and not line.strip()):
            break
        if line.strip():
            picked.append(line.strip())
    return " ".join(picked)[:300]


def _error_start(lines):
    """Index of the first line after the source excerpt that precedes an error.

    The excerpt ends at the caret line; node omits the caret for some syntax
    errors, and then a blank line ends it.
    """
    if not lines or not LOCATION_LINE.match(lines[0]):
        return 0
    if len(lines) > 2 and CARET_LINE.match(lines[2]):
        return 3
    for i, line in enumerate(lines[2:], 2):
        if not line.strip():
            return i + 1
    return 2


def error_name(summary):
    """The constructor name at the start of an error summary, or None."""
    match = ERROR_NAME.match(summary)
    return match.group(1) if match else None


def signal_name(number):
    """SIGSEGV rather than 11, so crashes are recognisable in the report."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return "signal %d" % number


def judge(meta, run, timeout):
    """Return None when a run passes, else a one-line reason it failed."""
    if run.timed_out:
        return "timeout after %gs" % timeout
    if run.returncode is not None and run.returncode < 0:
        return "crashed with %s: %s" % (signal_name(-run.returncode), error_summary(run.stderr))
    summary = error_summary(run.stderr)
    negative = meta.get("negative")
    if isinstance(negative, dict):
        expected = negative.get("type")
        if run.returncode == 0:
            return "expected %s (%s phase) but the test completed" % (expected, negative.get("phase"))
        if NOT_SUPPORTED.search(summary):
            return "expected %s, engine lacks a feature: %s" % (expected, summary)
        if error_name(summary) != expected:
            return "expected %s, got: %s" % (expected, summary or "exit code %d" % run.returncode)
        return None
    if "async" in as_list(meta.get("flags")):
        failure = re.search(r"Test262:AsyncTestFailure:?(.*)", run.stdout)
        if failure:
            return "async failure: " + failure.group(1).strip()
        if "Test262:AsyncTestComplete" not in run.stdout:
            return summary or "async test did not print Test262:AsyncTestComplete"
        return None
    if run.returncode != 0:
        return summary or "exit code %d with no output" % run.returncode
    return None


def run_test(path, root, harness, options):
    """Read, plan and run one test file; returns its Result."""
    source = read_text(os.path.join(root, path))
    meta = parse_frontmatter(source)
    reason = skip_reason(meta, options.unsupported, options.implied)
    if reason:
        return Result(path, "skip", reason)
    test = Test(path, meta, source)
    for mode in modes(meta):
        run = run_engine(options.command, harness.assemble(test, mode), options.timeout, options.input)
        failure = judge(meta, run, options.timeout)
        if failure:
            return Result(path, "fail", "[%s] %s" % (mode, failure))
    return Result(path, "pass", "")


# --------------------------------------------------------------------------
# Reporting


def group_of(path, depth):
    """The report row of a test: `depth` directory levels below test/."""
    parts = path.split(os.sep)
    if parts and parts[0] == "test":
        parts = parts[1:]
    return "/".join(parts[:min(depth, len(parts) - 1)]) or "."


def print_table(results, depth, out=sys.stdout):
    """Per-directory pass/fail/skip counts, with pass% over the tests run."""
    rows = defaultdict(lambda: {"pass": 0, "fail": 0, "skip": 0})
    for result in results:
        rows[group_of(result.path, depth)][result.status] += 1
    width = max([len(name) for name in rows] + [9])
    out.write("%-*s %7s %7s %7s %7s\n" % (width, "directory", "pass", "fail", "skip", "pass%"))
    for name in sorted(rows):
        row = rows[name]
        ran = row["pass"] + row["fail"]
        rate = "%6.1f%%" % (100.0 * row["pass"] / ran) if ran else "      -"
        out.write("%-*s %7d %7d %7d %7s\n" % (width, name, row["pass"], row["fail"], row["skip"], rate))


def write_failures(results, path):
    """One `path: first line of the error` line per failing test."""
    with open(path, "w", encoding="utf-8") as handle:
        for result in results:
            if result.status == "fail":
                handle.write("%s: %s\n" % (result.path, result.message))


def report_progress(done, total, counts, started):
    """A heartbeat on stderr so long runs show they are alive."""
    sys.stderr.write("[%d/%d] %d passed, %d failed, %d skipped (%.0fs)\n" % (
        done, total, counts["pass"], counts["fail"], counts["skip"], time.time() - started))
    sys.stderr.flush()


# --------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Run test262 against a JavaScript engine.")
    parser.add_argument("test262", help="path of a test262 checkout (holds harness/ and test/)")
    parser.add_argument("prefixes", nargs="*", default=["test"],
                        help="paths under the checkout to run, e.g. test/built-ins/Array (default: test)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="tests run in parallel (default: cpu count)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per run (default: 10)")
    parser.add_argument("--engine", default=DEFAULT_ENGINE,
                        help="engine command, shell-split (default: target/release/unspool)")
    parser.add_argument("--input", choices=["stdin", "eval"], default="stdin",
                        help="how the script reaches the engine (default: stdin)")
    parser.add_argument("--unsupported", default=DEFAULT_UNSUPPORTED,
                        help="feature list whose tests are skipped ('' for none)")
    parser.add_argument("--failures", metavar="FILE", help="write failing tests and their error here")
    parser.add_argument("--depth", type=int, default=2, help="directory levels below test/ per table row")
    parser.add_argument("--progress", type=int, default=1000, metavar="N",
                        help="report progress on stderr every N tests (0: never)")
    return parser.parse_args(argv)


def main(argv=None):
    options = parse_args(sys.argv[1:] if argv is None else argv)
    root = os.path.abspath(options.test262)
    if not os.path.isdir(os.path.join(root, "harness")):
        sys.exit("%s is not a test262 checkout (no harness/)" % root)
    options.command = engine_command(options.engine)
    options.unsupported = load_feature_list(options.unsupported)
    options.implied = load_include_features(root)
    prefixes = [os.path.relpath(os.path.abspath(p), root) if os.path.isabs(p) else p.rstrip("/")
                for p in options.prefixes]
    paths = discover(root, prefixes)
    harness = Harness(root)

    started = time.time()
    results, counts = [], {"pass": 0, "fail": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = [pool.submit(run_test, path, root, harness, options) for path in paths]
        for future in concurrent.futures.as_completed(futures):
            result = future.result()
            results.append(result)
            counts[result.status] += 1
            if options.progress and len(results) % options.progress == 0:
                report_progress(len(results), len(paths), counts, started)

    results.sort(key=lambda r: r.path)
    print_table(results, options.depth)
    if options.failures:
        write_failures(results, options.failures)
    sys.stderr.write("%d tests in %.0fs\n" % (len(results), time.time() - started))
    print("%d passed, %d failed, %d skipped" % (counts["pass"], counts["fail"], counts["skip"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
