//! Loading code: compiling a source file to a top-level function, running
//! files as CommonJS modules the way Node does (`require` of relative
//! paths, `module.exports`, `exports`, `__filename`, `__dirname`, a cache
//! keyed by absolute path), and running classic scripts (`-e`, the REPL).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::function::{Closure, JsResult, Script, SharedFunctionInfo};
use super::heap::Gc;
use super::map::Attrs;
use super::object::JsObject;
use super::value::Value;
use super::vm::Vm;
use crate::bytecode::generator::{Generator, Mode};
use crate::frontend::{self, SyntaxError};

/// A script that failed to compile, with what is needed to show where.
pub struct CompileError {
    pub script: Rc<Script>,
    pub error: SyntaxError,
}

impl CompileError {
    /// Node's report: `file:line`, the line, a caret, then the message.
    pub fn report(&self) -> String {
        let (line, col) = self.script.line_col(self.error.offset);
        let text = self.script.line_text(line);
        format!(
            "{}:{line}\n{text}\n{}^\n\nSyntaxError: {}\n",
            self.script.name,
            " ".repeat(col as usize - 1),
            self.error.message
        )
    }
}

impl Vm {
    /// Compiles a script to its top-level function; with `--print-bytecode`
    /// every function's bytecode is printed as it is compiled.
    pub fn compile(
        &mut self,
        name: &str,
        source: String,
        mode: Mode,
    ) -> Result<Gc<SharedFunctionInfo>, CompileError> {
        let script = Script::new(name.to_string(), source);
        let natives = self.options.allow_natives_syntax;
        let compiled = frontend::parse(&script.source, natives, |program, semantic| {
            let mut generator = Generator::new(self, semantic, script.clone(), mode);
            let top = generator.compile_program(program)?;
            Ok((top, generator.compiled_functions().to_vec()))
        });
        let (top, functions) = compiled.and_then(|r| r).map_err(|error| CompileError {
            script: script.clone(),
            error,
        })?;
        if self.options.print_bytecode {
            for f in functions {
                let text = crate::bytecode::disassembler::disassemble(&f);
                self.write_out(&text);
            }
        }
        Ok(top)
    }

    /// Turns a compile error into a thrown `SyntaxError` (for `require`).
    /// Node's built-in modules this host has (`vm`), by name or `node:`
    /// name.
    fn core_module(&self, id: &str) -> Option<Value> {
        match id.strip_prefix("node:").unwrap_or(id) {
            "vm" => Some(Value::object(self.realm.intrinsics.vm_module)),
            _ => None,
        }
    }

    /// Runs a classic script in this realm (`vm.runInThisContext`):
    /// its top-level declarations become globals; returns its completion
    /// value, or throws its SyntaxError.
    pub fn run_in_this_context(&mut self, name: &str, source: String) -> JsResult<Value> {
        let top = self
            .compile(name, source, Mode::Script)
            .map_err(|e| self.throw_compile_error(e))?;
        self.run_classic_script(top)
    }

    fn throw_compile_error(&mut self, e: CompileError) -> Value {
        let (line, col) = e.script.line_col(e.error.offset);
        let message = format!("{} ({}:{line}:{col})", e.error.message, e.script.name);
        self.syntax_error(&message)
    }

    /// Runs the program's main file as Node runs it: as a CommonJS module
    /// that is also `require.main`.
    pub fn run_main(&mut self, path: &Path) -> Result<(), RunError> {
        let path = absolute(path);
        let source = match std::fs::read(&path) {
            // Like Node, invalid UTF-8 decodes to U+FFFD (and then usually
            // fails to parse) rather than refusing the file.
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(RunError::Io(format!(
                    "Cannot find module '{}'",
                    path.display()
                )));
            }
            Err(e) => {
                return Err(RunError::Io(format!(
                    "cannot read '{}': {e}",
                    path.display()
                )));
            }
        };
        let main = self.new_module_object(&path);
        self.main_module = Value::object(main);
        self.module_cache = Value::object(self.new_object());
        self.cache_module(&path, Some(main));
        let top = self
            .compile(&path.to_string_lossy(), source, Mode::Module)
            .map_err(RunError::Compile)?;
        self.evaluate_module(top, main, &path)
            .map_err(RunError::Exception)
    }

    /// Runs a classic script (`-e`, the REPL, stdin): top-level
    /// declarations become globals. Returns its completion value.
    pub fn run_script(&mut self, name: &str, source: String) -> Result<Value, RunError> {
        let top = self
            .compile(name, source, Mode::Script)
            .map_err(RunError::Compile)?;
        self.run_classic_script(top).map_err(RunError::Exception)
    }

    fn run_classic_script(&mut self, top: Gc<SharedFunctionInfo>) -> JsResult<Value> {
        let f = self.closure_for(top);
        let global = Value::object(self.realm.intrinsics.global);
        self.call(f, global, &[])
    }

    fn closure_for(&mut self, top: Gc<SharedFunctionInfo>) -> Value {
        let closure = Closure::new(top, Value::UNDEFINED);
        Value::object(self.new_closure(closure))
    }

    fn new_module_object(&mut self, path: &Path) -> Gc<JsObject> {
        let module = self.new_object();
        let exports = Value::object(self.new_object());
        let file = self.str(&path.to_string_lossy());
        self.define_value(module, "id", file, Attrs::DEFAULT);
        self.define_value(module, "exports", exports, Attrs::DEFAULT);
        self.define_value(module, "filename", file, Attrs::DEFAULT);
        self.define_value(module, "loaded", Value::FALSE, Attrs::DEFAULT);
        module
    }

    /// Calls a module's top-level function with (exports, require, module,
    /// __filename, __dirname) and marks it loaded.
    fn evaluate_module(
        &mut self,
        top: Gc<SharedFunctionInfo>,
        module: Gc<JsObject>,
        path: &Path,
    ) -> JsResult<()> {
        let f = self.closure_for(top);
        let module_value = Value::object(module);
        let require = self.require_function(module_value);
        let exports = self.get_named(module_value, "exports")?;
        let filename = self.str(&path.to_string_lossy());
        let dirname = path
            .parent()
            .map_or_else(|| "/".to_string(), |d| d.to_string_lossy().into_owned());
        let dirname = self.str(&dirname);
        let args = [
            exports,
            Value::object(require),
            module_value,
            filename,
            dirname,
        ];
        self.with_roots(&args, |vm| vm.call(f, exports, &args))?;
        self.define_value(module, "loaded", Value::TRUE, Attrs::DEFAULT);
        Ok(())
    }

    /// The `require` function of `module`.
    fn require_function(&mut self, module: Value) -> Gc<JsObject> {
        let mut require = self.new_native_function("require", require, 1, false);
        if let super::object::ObjectClass::Native(n) = &mut require.class {
            n.data.push(module);
        }
        let main = self.main_module;
        self.define_value(require, "main", main, Attrs::DEFAULT);
        let cache = self.module_cache;
        self.define_value(require, "cache", cache, Attrs::DEFAULT);
        require
    }

    /// As node does for `-e`, stdin and the REPL: the classic scripts run
    /// with `require`, `module`, `exports`, `__filename` (`name`) and
    /// `__dirname` (".") as globals, resolving modules from the current
    /// directory.
    pub fn define_script_module_globals(&mut self, name: &str) {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        let module = self.new_module_object(&cwd.join(name));
        let module = Value::object(module);
        let require = Value::object(self.require_function(module));
        let exports = self
            .get_named(module, "exports")
            .unwrap_or(Value::UNDEFINED);
        let filename = self.str(name);
        let dirname = self.str(".");
        let global = self.realm.intrinsics.global;
        for (key, value) in [
            ("module", module),
            ("exports", exports),
            ("require", require),
            ("__filename", filename),
            ("__dirname", dirname),
        ] {
            self.define_value(global, key, value, Attrs::HIDDEN);
        }
    }

    /// `require(id)` for the module whose `require` this is.
    fn require_from(&mut self, from: Value, id: Value) -> JsResult<Value> {
        if !id.is_string() {
            let d = self.to_display_string(id);
            return Err(self.type_error(&format!(
                "The \"id\" argument must be of type string. Received {d}"
            )));
        }
        let id = id.as_string().to_rust_string();
        if let Some(core) = self.core_module(&id) {
            return Ok(core);
        }
        let from_file = self.get_named(from, "filename")?;
        let from_file = PathBuf::from(self.to_rust_string(from_file)?);
        let base = from_file.parent().unwrap_or(Path::new("/"));
        let Some(path) = resolve(base, &id) else {
            let e = self.make_error(
                super::errors::ErrorKind::Error,
                &format!(
                    "Cannot find module '{id}'\nRequire stack:\n- {}",
                    from_file.display()
                ),
            );
            let code = self.str("MODULE_NOT_FOUND");
            self.define_value(e.as_object(), "code", code, Attrs::DEFAULT);
            return Err(e);
        };
        let key = self.key_from_str(&path.to_string_lossy());
        if let Some(super::property::Own::Data(m, _)) =
            self.get_own(self.module_cache.as_object(), key)
        {
            return self.get_named(m, "exports");
        }
        let source = std::fs::read_to_string(&path).map_err(|e| {
            self.make_error(
                super::errors::ErrorKind::Error,
                &format!("{}: {e}", path.display()),
            )
        })?;
        let module = self.new_module_object(&path);
        self.cache_module(&path, Some(module));
        if path.extension().is_some_and(|e| e == "json") {
            let parse = self.get_named(Value::object(self.realm.intrinsics.global), "JSON")?;
            let parse = self.get_named(parse, "parse")?;
            let text = self.str(&source);
            let value = self.call(parse, Value::UNDEFINED, &[text]);
            return self.finish_load(&path, module, value.map(|_| ()));
        }
        let top = match self.compile(&path.to_string_lossy(), source, Mode::Module) {
            Ok(top) => top,
            Err(e) => {
                self.cache_module(&path, None);
                return Err(self.throw_compile_error(e));
            }
        };
        let result = self.evaluate_module(top, module, &path);
        self.finish_load(&path, module, result)
    }

    /// Adds a module to `require.cache`, or removes it.
    fn cache_module(&mut self, path: &Path, module: Option<Gc<JsObject>>) {
        let key = self.key_from_str(&path.to_string_lossy());
        let cache = self.module_cache.as_object();
        match module {
            Some(m) => self.define_data(cache, key, Value::object(m), Attrs::DEFAULT),
            None => {
                let _ = self.delete(cache, key, false);
            }
        }
    }

    /// A module that threw is dropped from the cache, as in Node, so a
    /// second `require` evaluates it again.
    fn finish_load(
        &mut self,
        path: &Path,
        module: Gc<JsObject>,
        result: JsResult<()>,
    ) -> JsResult<Value> {
        if let Err(e) = result {
            self.cache_module(path, None);
            return Err(e);
        }
        self.get_named(Value::object(module), "exports")
    }
}

impl Vm {
    /// CreateDynamicFunction (`new Function(a, b, body)`): the source is
    /// assembled as the spec says and compiled as a script whose completion
    /// value is the function; a syntax error becomes a thrown SyntaxError.
    pub fn create_dynamic_function(&mut self, keyword: &str, args: &[Value]) -> JsResult<Value> {
        let mut params = Vec::new();
        for a in args.iter().take(args.len().saturating_sub(1)) {
            params.push(self.to_rust_string(*a)?);
        }
        let body = match args.last() {
            Some(b) => self.to_rust_string(*b)?,
            None => String::new(),
        };
        let source = format!(
            "({keyword} anonymous({}\n) {{\n{body}\n}})",
            params.join(",")
        );
        match self.compile("anonymous", source, Mode::Script) {
            Ok(top) => {
                let f = self.closure_for(top);
                let global = Value::object(self.realm.intrinsics.global);
                self.call(f, global, &[])
            }
            Err(e) => Err(self.syntax_error(&e.error.message)),
        }
    }
}

/// Why a run ended early.
pub enum RunError {
    Io(String),
    Compile(CompileError),
    Exception(Value),
}

fn require(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let module = vm.callee_data(0);
    vm.require_from(module, super::builtins::arg(args, 0))
}

/// Node's resolution for relative paths: the file, then with `.js` or
/// `.json`, then a directory's `index.js`.
fn resolve(base: &Path, id: &str) -> Option<PathBuf> {
    if !(id.starts_with("./") || id.starts_with("../") || id.starts_with('/')) {
        return None;
    }
    let p = normalize(&base.join(id));
    let with_suffix = |s: &str| PathBuf::from(format!("{}{s}", p.display()));
    [
        p.clone(),
        with_suffix(".js"),
        with_suffix(".json"),
        p.join("index.js"),
    ]
    .into_iter()
    .find(|c| c.is_file())
}

fn absolute(p: &Path) -> PathBuf {
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    normalize(&p)
}

/// Removes `.` and `..` components without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}
