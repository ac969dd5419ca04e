//! GlobalDeclarationInstantiation (classic scripts) and the global part of
//! EvalDeclarationInstantiation: every check runs before any binding is
//! created, so a script that fails one declares nothing.
//!
//! Simplification: a script's `let`/`const`/`class` names are global
//! object properties (`Realm::lexical_globals` remembers which), not a
//! separate declarative record.

use super::function::JsResult;
use super::map::Attrs;
use super::property::Own;
use super::value::Value;
use super::vm::Vm;

/// What declares a top-level name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GlobalKind {
    Var = 0,
    Function = 1,
    Lexical = 2,
}

impl GlobalKind {
    pub fn from_value(v: Value) -> GlobalKind {
        match v.as_int() {
            0 => GlobalKind::Var,
            1 => GlobalKind::Function,
            _ => GlobalKind::Lexical,
        }
    }
}

impl Vm {
    /// Declares a script's (or a sloppy global eval's) top-level names.
    /// Eval code declares no lexical names here, and its bindings can be
    /// deleted (configurable).
    pub fn declare_globals(&mut self, names: &[(String, GlobalKind)], eval: bool) -> JsResult<()> {
        let global = self.realm.intrinsics.global;
        let own = |vm: &mut Vm, name: &str| {
            let key = vm.key_from_str(name);
            (key, vm.get_own(global, key))
        };
        for (name, kind) in names {
            let (_, current) = own(self, name);
            let redeclared = self.realm.lexical_globals.contains(name)
                // HasRestrictedGlobalProperty.
                || *kind == GlobalKind::Lexical
                    && current.is_some_and(|c| !c.attrs().configurable());
            if redeclared {
                let message = format!("Identifier '{name}' has already been declared");
                return Err(self.syntax_error(&message));
            }
            let refused = match kind {
                GlobalKind::Lexical => None,
                // CanDeclareGlobalFunction.
                GlobalKind::Function => match current {
                    None if global.map.extensible => None,
                    None => Some(not_extensible(name)),
                    Some(c) if c.attrs().configurable() => None,
                    Some(Own::Data(_, a)) if a.writable() && a.enumerable() => None,
                    Some(_) => Some(format!("Cannot redefine property: {name}")),
                },
                // CanDeclareGlobalVar.
                GlobalKind::Var if current.is_some() || global.map.extensible => None,
                GlobalKind::Var => Some(not_extensible(name)),
            };
            if let Some(message) = refused {
                return Err(self.type_error(&message));
            }
        }
        let configurable = if eval { Attrs::CONFIGURABLE } else { 0 };
        for (name, kind) in names {
            let (key, current) = own(self, name);
            match kind {
                GlobalKind::Lexical => {
                    self.realm.lexical_globals.insert(name.clone());
                    if current.is_none() {
                        let attrs = Attrs(Attrs::WRITABLE | Attrs::ENUMERABLE);
                        self.define_data(global, key, Value::UNDEFINED, attrs);
                    }
                }
                // CreateGlobalFunctionBinding: the hoisted function is
                // stored right after, into a property of these attributes.
                GlobalKind::Function if current.is_none_or(|c| c.attrs().configurable()) => {
                    let value = match current {
                        Some(Own::Data(v, _)) => v,
                        _ => Value::UNDEFINED,
                    };
                    let attrs = Attrs(Attrs::WRITABLE | Attrs::ENUMERABLE | configurable);
                    self.define_data(global, key, value, attrs);
                }
                GlobalKind::Function => {}
                GlobalKind::Var if current.is_none() => {
                    let attrs = Attrs(Attrs::WRITABLE | Attrs::ENUMERABLE | configurable);
                    self.define_data(global, key, Value::UNDEFINED, attrs);
                }
                GlobalKind::Var => {}
            }
        }
        Ok(())
    }
}

fn not_extensible(name: &str) -> String {
    format!("Cannot add property {name}, object is not extensible")
}
