//! `eval`, direct and indirect (ES2020 §18.2.1), and the run-time name
//! lookups sloppy direct eval needs.
//!
//! A function that calls `eval(…)` directly keeps all variables of the
//! scopes around the call in contexts that record their names
//! (`CreateScopedContext`). Eval code is compiled against that chain: a
//! name found there is a context slot like any captured variable; a name
//! not found is a global, or — when a sloppy eval in a function may have
//! declared it — looked up at run time (`LdaLookupSlot`) in the var
//! scopes' extension objects, where sloppy eval code puts its `var`s.

use super::function::{CONST_MARK, LEXICAL_MARK};
use super::function::{Closure, Context, JsResult};
use super::heap::Gc;
use super::map::{Attrs, PropertyKey};
use super::object::ObjectClass;
use super::property::Key;
use super::string::JsString;
use super::value::Value;
use super::vm::Vm;
use crate::bytecode::generator::{EvalBinding, EvalScope, Generator, Mode};
use crate::frontend::{self, EvalSite};

/// What a direct eval inherits from the frame calling it.
pub struct Caller {
    pub context: Value,
    pub this: Value,
    /// The calling function's `new.target` and home object (`super`).
    pub new_target: Value,
    pub home_object: Value,
    pub strict: bool,
    pub site: EvalSite,
    /// Names the eval code may not declare as `var`s (it runs in a
    /// parameter list, whose bindings they would collide with).
    pub parameter_names: Vec<String>,
}

fn contexts(mut context: Value) -> impl Iterator<Item = Gc<Context>> {
    std::iter::from_fn(move || {
        if !context.is_internal() {
            return None;
        }
        let c: Gc<Context> = unsafe { context.as_internal() };
        context = c.parent;
        Some(c)
    })
}

impl Vm {
    /// `eval(x)` as written in code: the realm's eval function evaluates
    /// in the caller's scope; anything else is an ordinary call.
    pub fn direct_eval(
        &mut self,
        callee: Value,
        receiver: Value,
        args: &[Value],
        site: EvalSite,
        parameter_names: Vec<String>,
    ) -> JsResult<Value> {
        if callee != self.realm.eval_function {
            return self.call(callee, receiver, args);
        }
        let source = args.first().copied().unwrap_or(Value::UNDEFINED);
        if !source.is_string() {
            return Ok(source);
        }
        let frame = self.frames.last().expect("a calling frame");
        let home_object = frame.function.as_object().closure().map(|c| c.home_object);
        let caller = Caller {
            context: frame.context,
            this: frame.this,
            new_target: frame.new_target,
            home_object: home_object.unwrap_or(Value::UNDEFINED),
            strict: frame.position().0.strict,
            site,
            parameter_names,
        };
        self.eval_code(source.as_string(), Some(caller))
    }

    /// Indirect eval (the `eval` function called any other way): global
    /// code in sloppy mode unless it says otherwise.
    pub fn indirect_eval(&mut self, source: Value) -> JsResult<Value> {
        if !source.is_string() {
            return Ok(source);
        }
        self.eval_code(source.as_string(), None)
    }

    fn eval_code(&mut self, source: Gc<JsString>, caller: Option<Caller>) -> JsResult<Value> {
        let global = Value::object(self.realm.intrinsics.global);
        let caller = caller.unwrap_or(Caller {
            context: Value::UNDEFINED,
            this: global,
            new_target: Value::UNDEFINED,
            home_object: Value::UNDEFINED,
            strict: false,
            site: EvalSite::default(),
            parameter_names: Vec::new(),
        });
        let context = caller.context;
        let scope = eval_scope(context, caller.site);
        // Code a strict caller evaluates is strict: parsed so (early errors
        // included) behind a directive it does not show.
        let prefix = if caller.strict { "'use strict';" } else { "" };
        let script = super::function::Script::with_hidden_prefix(
            "eval".into(),
            prefix,
            source.to_rust_string(),
        );
        let natives = self.options.allow_natives_syntax;
        let private_names: Vec<String> = scope.private_names().map(str::to_string).collect();
        let site = caller.site;
        let compiled = frontend::parse_eval(
            &script.source,
            natives,
            site,
            &private_names,
            |program, semantic| {
                let mut generator = Generator::new(self, semantic, script.clone(), Mode::Eval);
                generator.eval_scope = Some(scope);
                generator.eval_parameter_names = caller.parameter_names;
                let top = generator.compile_program(program)?;
                Ok((top, std::mem::take(&mut generator.eval_declarations)))
            },
        );
        let (top, declarations) = match compiled.and_then(|r| r) {
            Ok(r) => r,
            Err(e) => return Err(self.syntax_error(&e.message)),
        };
        self.declare_eval_vars(context, &declarations);
        // Eval code sees its caller's `new.target` and `super` as an arrow
        // function does.
        let mut closure = Closure::new(top, context);
        closure.lexical_new_target = caller.new_target;
        closure.home_object = caller.home_object;
        let f = Value::object(self.new_closure(closure));
        self.call(f, caller.this, &[])
    }

    /// Creates a sloppy eval's new `var`s (undefined) in the extension of
    /// the innermost var scope.
    fn declare_eval_vars(&mut self, context: Value, names: &[String]) {
        if names.is_empty() {
            return;
        }
        let Some(mut var_scope) = contexts(context).find(|c| c.var_scope) else {
            return;
        };
        if !var_scope.extension.is_object() {
            var_scope.extension = Value::object(self.new_object());
        }
        let extension = var_scope.extension.as_object();
        for name in names {
            let key = self.key_from_str(name);
            if self.get_own(extension, key).is_none() {
                self.define_data(extension, key, Value::UNDEFINED, Attrs::DEFAULT);
            }
        }
    }

    /// LdaLookupSlot: a `var` of a sloppy eval (in a var scope's extension
    /// on the context chain), else the global.
    pub fn load_lookup_slot(
        &mut self,
        context: Value,
        name: Gc<JsString>,
        inside_typeof: bool,
    ) -> JsResult<Value> {
        let key = Key::Prop(PropertyKey::String(name));
        if let Some(extension) = self.extension_holding(context, key) {
            return self.get(extension, key);
        }
        self.load_global_binding(name, inside_typeof)
    }

    /// StaLookupSlot: assigns where LdaLookupSlot would read.
    pub fn store_lookup_slot(
        &mut self,
        context: Value,
        name: Gc<JsString>,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        let key = Key::Prop(PropertyKey::String(name));
        if let Some(extension) = self.extension_holding(context, key) {
            return self.set(extension, key, value, strict);
        }
        self.store_global_binding(name, value, strict)
    }

    /// A variable `depth` contexts up (at `slot`) that a sloppy eval in a
    /// function in between may have shadowed with a `var`.
    pub fn load_lookup_context_slot(
        &mut self,
        context: Value,
        name: Gc<JsString>,
        (depth, slot): (u32, u32),
    ) -> JsResult<Value> {
        let key = Key::Prop(PropertyKey::String(name));
        match self.extension_within(context, key, depth) {
            Some(extension) => self.get(extension, key),
            None => Ok(Context::at(context, depth).slots[slot as usize]),
        }
    }

    pub fn store_lookup_context_slot(
        &mut self,
        context: Value,
        name: Gc<JsString>,
        (depth, slot): (u32, u32),
        value: Value,
        constant: bool,
    ) -> JsResult<()> {
        let key = Key::Prop(PropertyKey::String(name));
        match self.extension_within(context, key, depth) {
            Some(extension) => self.set(extension, key, value, false),
            None if constant => Err(self.type_error("Assignment to constant variable.")),
            None => {
                Context::at(context, depth).slots[slot as usize] = value;
                Ok(())
            }
        }
    }

    /// `delete name` of such a variable: only a sloppy eval's `var` goes.
    pub fn delete_lookup_context_slot(
        &mut self,
        context: Value,
        name: Gc<JsString>,
        depth: u32,
    ) -> JsResult<Value> {
        let key = Key::Prop(PropertyKey::String(name));
        let deleted = match self.extension_within(context, key, depth) {
            Some(extension) => self.delete(extension.as_object(), key, false)?,
            None => false,
        };
        Ok(Value::bool(deleted))
    }

    /// The extension among the first `depth` contexts that holds `key`.
    fn extension_within(&mut self, context: Value, key: Key, depth: u32) -> Option<Value> {
        contexts(context)
            .take(depth as usize)
            .filter(|c| c.extension.is_object())
            .map(|c| c.extension)
            .find(|e| self.get_own(e.as_object(), key).is_some())
    }

    /// `delete name` where a sloppy eval may have declared `name`.
    pub fn delete_lookup_slot(&mut self, context: Value, name: Gc<JsString>) -> JsResult<Value> {
        let key = Key::Prop(PropertyKey::String(name));
        let deleted = match self.extension_holding(context, key) {
            Some(extension) => self.delete(extension.as_object(), key, false)?,
            None => self.delete_global_binding(key)?,
        };
        Ok(Value::bool(deleted))
    }

    fn extension_holding(&mut self, context: Value, key: Key) -> Option<Value> {
        self.extension_within(context, key, u32::MAX)
    }
}

/// The caller's scopes as eval code sees them.
fn eval_scope(context: Value, site: EvalSite) -> EvalScope {
    let chain: Vec<Gc<Context>> = contexts(context).collect();
    let depth = chain.len() as u32;
    let mut scopes = Vec::new();
    let mut var_scope = None;
    for (distance, c) in chain.iter().enumerate() {
        let level = depth - distance as u32;
        if c.var_scope && var_scope.is_none() {
            var_scope = Some(level);
        }
        if let Some(names) = c.scope.to_object_opt()
            && let ObjectClass::Array { .. } = names.class
        {
            let names = names
                .elements
                .iter()
                .map(|n| {
                    let name = n.as_string().to_rust_string();
                    let mut chars = name.chars();
                    match chars.next() {
                        Some(LEXICAL_MARK) => (chars.as_str().to_string(), EvalBinding::Let),
                        Some(CONST_MARK) => (chars.as_str().to_string(), EvalBinding::Const),
                        _ => (name, EvalBinding::Var),
                    }
                })
                .collect();
            scopes.push((level, names));
        }
    }
    let dynamic = chain.iter().any(|c| c.var_scope);
    EvalScope {
        depth,
        scopes,
        var_scope,
        dynamic,
        site,
    }
}
