//! The `unspool` command line, shaped like `node` and `d8`: run a file as
//! a CommonJS module, `-e` a string, read a program from stdin, or start a
//! REPL. The engine runs on a thread of its own with a large native stack,
//! so deep JavaScript recursion ends in a RangeError, not a crash.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use unspool::runtime::modules::RunError;
use unspool::runtime::value::Value;
use unspool::runtime::vm::{Options, UnhandledRejections, Vm};

#[derive(Parser)]
#[command(
    name = "unspool",
    version,
    about = "A JavaScript engine built around speculative optimization and deoptimization"
)]
struct Cli {
    /// Evaluate the string as a script instead of running a file.
    #[arg(short = 'e', long = "eval", value_name = "SCRIPT")]
    eval: Option<String>,
    /// Print the bytecode of every function as it is compiled.
    #[arg(long)]
    print_bytecode: bool,
    /// Interpret only: never compile to machine code.
    #[arg(long)]
    jitless: bool,
    /// Optimize every function at its first call.
    #[arg(long)]
    always_opt: bool,
    /// Make every N-th guard evaluation deoptimize (exercises every exit).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    deopt_every_n_times: Option<u32>,
    /// Never inline calls into optimized code.
    #[arg(long)]
    no_inline: bool,
    /// How deep calls are inlined into an optimized function.
    #[arg(long, value_name = "N", default_value_t = 3)]
    max_inline_depth: u32,
    /// Print one line per optimization decision.
    #[arg(long)]
    trace_opt: bool,
    /// Print one line per deoptimization.
    #[arg(long)]
    trace_deopt: bool,
    /// Also print every frame the deoptimizer reads and writes.
    #[arg(long)]
    trace_deopt_verbose: bool,
    /// Collect garbage at every allocation (proves the roots are right).
    #[arg(long)]
    gc_stress: bool,
    /// Print one line per garbage collection to stderr.
    #[arg(long)]
    trace_gc: bool,
    /// Accept V8's `%Name(...)` testing intrinsics.
    #[arg(long)]
    allow_natives_syntax: bool,
    /// What a promise rejection nobody handled does: end the program
    /// (throw, strict), print a warning (warn) or nothing (none).
    #[arg(long, value_name = "MODE", value_enum, default_value_t = UnhandledRejections::Throw)]
    unhandled_rejections: UnhandledRejections,
    /// End the program with a fatal error when the heap exceeds this size.
    #[arg(long, visible_alias = "max-old-space-size", value_name = "MB")]
    max_heap_size: Option<usize>,
    /// The program to run; with none, a REPL (or the program from stdin).
    file: Option<PathBuf>,
    /// Arguments for the program (`process.argv` after the file).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Native stack for the engine thread: room for `vm::NATIVE_STACK_BUDGET`
/// plus what the runtime needs after a RangeError is raised.
const ENGINE_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A Rust panic is an engine bug; the user sees one line saying so, not
    // a Rust backtrace (the engine thread's join then exits with 70).
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("unspool: internal error{location}: {message}");
        if std::env::var_os("RUST_BACKTRACE").is_some() {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
    }));
    let engine = std::thread::Builder::new()
        .name("unspool".into())
        .stack_size(ENGINE_STACK)
        .spawn(move || run(cli));
    match engine.map(|t| t.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}

fn run(cli: Cli) -> u8 {
    let options = Options {
        jitless: cli.jitless,
        print_bytecode: cli.print_bytecode,
        gc_stress: cli.gc_stress,
        trace_gc: cli.trace_gc,
        allow_natives_syntax: cli.allow_natives_syntax,
        max_heap_size_mb: cli.max_heap_size,
        trace_opt: cli.trace_opt,
        trace_deopt: cli.trace_deopt,
        trace_deopt_verbose: cli.trace_deopt_verbose,
        always_opt: cli.always_opt,
        deopt_every_n_times: cli.deopt_every_n_times,
        no_inline: cli.no_inline,
        max_inline_depth: cli.max_inline_depth,
        unhandled_rejections: cli.unhandled_rejections,
    };
    let mut vm = Vm::new(options, unspool::runtime::heap::approximate_stack_pointer());
    let exe = std::env::args().next().unwrap_or_else(|| "unspool".into());
    vm.argv = std::iter::once(exe).collect();
    let result = if let Some(source) = cli.eval {
        vm.argv
            .extend(cli.file.iter().map(|f| f.to_string_lossy().into_owned()));
        vm.argv.extend(cli.args);
        vm.define_script_module_globals("[eval]");
        vm.run_script("[eval]", source).map(drop)
    } else if let Some(file) = cli.file {
        let absolute = std::path::absolute(&file).unwrap_or(file.clone());
        vm.argv.push(absolute.to_string_lossy().into_owned());
        vm.argv.extend(cli.args);
        vm.run_main(&file)
    } else if std::io::stdin().is_terminal() {
        vm.define_script_module_globals("<repl>");
        return repl(&mut vm);
    } else {
        let mut source = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut source) {
            eprintln!("unspool: cannot read stdin: {e}");
            return 2;
        }
        vm.define_script_module_globals("[stdin]");
        vm.run_script("[stdin]", source).map(drop)
    };
    // Like Node, the process lives on while promise jobs, timers and
    // immediates are pending.
    let result = result.and_then(|()| vm.run_event_loop().map_err(RunError::Exception));
    vm.flush_output();
    match result {
        Ok(()) => 0,
        Err(e) => {
            report(&mut vm, e);
            1
        }
    }
}

fn report(vm: &mut Vm, e: RunError) {
    vm.flush_output();
    match e {
        RunError::Io(message) => eprintln!("unspool: {message}"),
        RunError::Compile(e) => eprint!("{}", e.report()),
        RunError::Exception(v) => eprint!("{}", vm.uncaught_report(v)),
    }
}

/// A read-eval-print loop with line editing and history, like node's.
fn repl(vm: &mut Vm) -> u8 {
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        eprintln!("unspool: cannot start the line editor");
        return 2;
    };
    let history = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".unspool_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "Welcome to Unspool {}.\nType \".exit\" or press Ctrl+D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    while let Ok(line) = editor.readline("> ") {
        if line.trim() == ".exit" {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(line.as_str());
        let result = vm.run_script("REPL", line).and_then(|v| {
            vm.run_microtasks().map_err(RunError::Exception)?;
            Ok(v)
        });
        match result {
            Ok(v) => {
                let shown = if v == Value::UNDEFINED {
                    "undefined".to_string()
                } else {
                    vm.inspect(v)
                };
                vm.write_out(&format!("{shown}\n"));
                vm.flush_output();
            }
            Err(RunError::Exception(v)) => {
                vm.flush_output();
                eprintln!("Uncaught {}", vm.inspect(v));
            }
            Err(e) => report(vm, e),
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    0
}
