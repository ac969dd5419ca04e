//! `Vm`: one isolated JavaScript world — heap, realm, interpreter stack,
//! atom table, options. Everything else borrows it mutably.

use std::collections::HashMap;
use std::io::Write;

use super::function::JsResult;
use super::heap::{Gc, Heap, Tracer};
use super::map::PropertyKey;
use super::realm::Realm;
use super::string::{JsString, utf16};
use super::symbol::Symbol;
use super::value::Value;
use crate::interpreter::frame::Frame;

/// Command-line options that change how code runs.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub jitless: bool,
    pub print_bytecode: bool,
    pub gc_stress: bool,
    pub trace_gc: bool,
    pub allow_natives_syntax: bool,
    pub max_heap_size_mb: Option<usize>,
    pub trace_opt: bool,
    pub trace_deopt: bool,
    pub trace_deopt_verbose: bool,
    /// Optimize every function at its first call.
    pub always_opt: bool,
    /// Every N-th guard evaluation deoptimizes.
    pub deopt_every_n_times: Option<u32>,
    pub no_inline: bool,
    /// How deep calls are inlined into an optimized function.
    pub max_inline_depth: u32,
    /// What a promise rejection nobody handled does.
    pub unhandled_rejections: UnhandledRejections,
}

/// Node's `--unhandled-rejections` modes (the flag's values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum UnhandledRejections {
    /// Ends the program as an uncaught exception (Node's default; with no
    /// `unhandledRejection` listeners, `strict` does the same).
    #[default]
    Throw,
    Strict,
    /// Prints a warning to stderr and goes on.
    Warn,
    /// Ignores it.
    None,
}

/// Values in the interpreter stack; a fixed buffer so that frames (and
/// argument slices handed to builtins) never move.
pub const STACK_SLOTS: usize = 1 << 20;
/// Nested native entries into the interpreter (builtins calling back into
/// JavaScript, generator and async bodies starting) allowed before a
/// RangeError — about as deep as node's recursion goes. The native stack
/// budget below is what actually guards the stack.
pub const MAX_NATIVE_DEPTH: u32 = 10_000;
/// Native stack a run may use before a RangeError (the engine thread is
/// spawned with more than this).
pub const NATIVE_STACK_BUDGET: usize = 200 << 20;

pub struct WellKnownSymbols {
    pub iterator: Gc<Symbol>,
    pub async_iterator: Gc<Symbol>,
    pub has_instance: Gc<Symbol>,
    pub to_primitive: Gc<Symbol>,
    pub to_string_tag: Gc<Symbol>,
    pub species: Gc<Symbol>,
    pub match_: Gc<Symbol>,
    pub match_all: Gc<Symbol>,
    pub unscopables: Gc<Symbol>,
    pub replace: Gc<Symbol>,
    pub search: Gc<Symbol>,
    pub split: Gc<Symbol>,
    pub is_concat_spreadable: Gc<Symbol>,
}

pub struct Vm {
    pub heap: Heap,
    pub realm: Realm,
    pub symbols: WellKnownSymbols,
    atoms: HashMap<Box<[u16]>, Gc<JsString>>,
    pub stack: Box<[Value]>,
    pub sp: usize,
    pub frames: Vec<Frame>,
    pub options: Options,
    /// Values builtins keep alive across calls back into JavaScript.
    pub temp_roots: Vec<Value>,
    /// `require.cache`: absolute path → module object, a JavaScript object
    /// so programs can inspect and delete entries as in Node.
    pub module_cache: Value,
    pub symbol_registry: HashMap<String, Gc<Symbol>>,
    pub native_depth: u32,
    pub native_stack_top: usize,
    pub out: std::io::BufWriter<std::io::Stdout>,
    pub argv: Vec<String>,
    pub start_time: std::time::Instant,
    /// The function object of the running native builtin, for natives
    /// that carry data (a module's `require`).
    pub native_callee: Value,
    /// `require.main`.
    pub main_module: Value,
    /// The last exception thrown and where (script, source offset), for
    /// the uncaught-exception report.
    pub throw_site: Option<(Value, std::rc::Rc<super::function::Script>, u32)>,
    pub optimizer: crate::optimizer::OptimizerState,
    /// The exception a runtime call from optimized code threw.
    pub pending_exception: Value,
    /// Microtasks, ticks, timers and immediates.
    pub event_loop: super::event_loop::EventLoop,
}

impl Vm {
    pub fn new(options: Options, native_stack_top: usize) -> Box<Vm> {
        let mut heap = Heap::new(native_stack_top);
        heap.stress = options.gc_stress;
        if let Some(mb) = options.max_heap_size_mb {
            heap.limit = mb << 20;
        }
        let well_known = |heap: &mut Heap, name: &str| {
            let desc = heap.alloc(JsString::new(utf16(name)));
            heap.alloc(Symbol::new(Value::string(desc), false))
        };
        let symbols = WellKnownSymbols {
            iterator: well_known(&mut heap, "Symbol.iterator"),
            async_iterator: well_known(&mut heap, "Symbol.asyncIterator"),
            has_instance: well_known(&mut heap, "Symbol.hasInstance"),
            to_primitive: well_known(&mut heap, "Symbol.toPrimitive"),
            to_string_tag: well_known(&mut heap, "Symbol.toStringTag"),
            species: well_known(&mut heap, "Symbol.species"),
            match_: well_known(&mut heap, "Symbol.match"),
            match_all: well_known(&mut heap, "Symbol.matchAll"),
            unscopables: well_known(&mut heap, "Symbol.unscopables"),
            replace: well_known(&mut heap, "Symbol.replace"),
            search: well_known(&mut heap, "Symbol.search"),
            split: well_known(&mut heap, "Symbol.split"),
            is_concat_spreadable: well_known(&mut heap, "Symbol.isConcatSpreadable"),
        };
        let realm = Realm::bootstrap_maps(&mut heap);
        let mut vm = Box::new(Vm {
            heap,
            realm,
            symbols,
            atoms: HashMap::new(),
            stack: vec![Value::UNDEFINED; STACK_SLOTS].into_boxed_slice(),
            sp: 0,
            frames: Vec::with_capacity(256),
            options,
            temp_roots: Vec::new(),
            module_cache: Value::UNDEFINED,
            symbol_registry: HashMap::new(),
            native_depth: 0,
            native_stack_top,
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv: Vec::new(),
            start_time: std::time::Instant::now(),
            native_callee: Value::UNDEFINED,
            main_module: Value::UNDEFINED,
            throw_site: None,
            optimizer: Default::default(),
            pending_exception: Value::UNDEFINED,
            event_loop: Default::default(),
        });
        *vm.optimizer.deopt_countdown = vm.options.deopt_every_n_times.unwrap_or(0) as i64;
        for key in vm.realm.names.all() {
            if let PropertyKey::String(s) = key {
                vm.atoms.insert(s.units().into(), s);
            }
        }
        super::builtins::install(&mut vm);
        vm
    }

    /// The atom (interned string) for these code units.
    pub fn intern_units(&mut self, units: &[u16]) -> Gc<JsString> {
        if let Some(&s) = self.atoms.get(units) {
            return s;
        }
        let s = self.heap.alloc(JsString::new(units.into()));
        s.set_interned();
        self.atoms.insert(units.into(), s);
        s
    }

    pub fn intern(&mut self, s: &str) -> Gc<JsString> {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.intern_units(&units)
    }

    /// The atom for a string (itself if already interned).
    pub fn atomize(&mut self, s: Gc<JsString>) -> Gc<JsString> {
        if s.is_interned() {
            s
        } else {
            self.intern_units(s.units())
        }
    }

    pub fn key(&mut self, s: &str) -> PropertyKey {
        PropertyKey::String(self.intern(s))
    }

    pub fn new_string(&mut self, units: Box<[u16]>) -> Value {
        Value::string(self.heap.alloc(JsString::new(units)))
    }

    pub fn str(&mut self, s: &str) -> Value {
        self.new_string(utf16(s))
    }

    /// Writes to stdout through the program's buffer.
    pub fn write_out(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
    }

    pub fn flush_output(&mut self) {
        let _ = self.out.flush();
    }

    // ---- garbage collection ----

    /// A safepoint: collects if one is due. Only the interpreter calls this,
    /// with every live value in its frames and stack.
    #[inline]
    pub fn safepoint(&mut self) {
        if self.heap.collection_due() {
            self.collect_garbage();
        }
    }

    #[inline(never)]
    pub fn collect_garbage(&mut self) {
        let before = self.heap.live_bytes();
        let Vm {
            heap,
            realm,
            symbols,
            atoms,
            stack,
            sp,
            frames,
            temp_roots,
            module_cache,
            symbol_registry,
            native_callee,
            main_module,
            throw_site,
            optimizer,
            pending_exception,
            event_loop,
            ..
        } = self;
        heap.collect(
            |t: &mut Tracer| {
                t.values(&stack[..*sp]);
                for f in frames.iter() {
                    f.trace(t);
                }
                realm.trace(t);
                for s in [
                    symbols.iterator,
                    symbols.async_iterator,
                    symbols.has_instance,
                    symbols.to_primitive,
                    symbols.to_string_tag,
                    symbols.species,
                    symbols.match_,
                    symbols.match_all,
                    symbols.unscopables,
                    symbols.replace,
                    symbols.search,
                    symbols.split,
                    symbols.is_concat_spreadable,
                ] {
                    t.cell(s);
                }
                t.values(temp_roots);
                t.value(*native_callee);
                t.value(*pending_exception);
                optimizer.trace(t);
                event_loop.trace(t);
                t.value(*main_module);
                if let Some((v, _, _)) = throw_site {
                    t.value(*v);
                }
                t.value(*module_cache);
                for s in symbol_registry.values() {
                    t.cell(*s);
                }
            },
            || atoms.retain(|_, s| Heap::is_marked(*s)),
        );
        if self.options.trace_gc {
            eprintln!(
                "[gc] #{}: {} KB -> {} KB, {} cells",
                self.heap.stats.collections,
                before >> 10,
                self.heap.live_bytes() >> 10,
                self.heap.cell_count()
            );
        }
        if self.heap.live_bytes() > self.heap.limit {
            self.fatal_out_of_memory();
        }
    }

    /// Ends the process the way V8 does when the heap limit is reached.
    pub fn fatal_out_of_memory(&mut self) -> ! {
        self.flush_output();
        eprintln!("\n<--- Last few GCs --->\n");
        eprintln!(
            "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"
        );
        std::process::exit(134);
    }

    /// Called after large allocations outside a safepoint.
    pub fn check_heap_limit(&mut self) {
        if self.heap.over_hard_limit() {
            self.fatal_out_of_memory();
        }
    }

    /// Whether the native stack has room for another nested run.
    pub fn native_stack_ok(&self) -> bool {
        let sp = super::heap::approximate_stack_pointer();
        self.native_stack_top.saturating_sub(sp) < NATIVE_STACK_BUDGET
    }

    pub fn stack_overflow(&mut self) -> Value {
        self.range_error("Maximum call stack size exceeded")
    }

    /// Runs `f` with extra values kept alive.
    pub fn with_roots<T>(
        &mut self,
        roots: &[Value],
        f: impl FnOnce(&mut Vm) -> JsResult<T>,
    ) -> JsResult<T> {
        let mark = self.temp_roots.len();
        self.temp_roots.extend_from_slice(roots);
        let r = f(self);
        self.temp_roots.truncate(mark);
        r
    }
}
