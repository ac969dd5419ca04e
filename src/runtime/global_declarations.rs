//! The global environment: GlobalDeclarationInstantiation (classic
//! scripts), the global part of EvalDeclarationInstantiation, and the
//! reads and writes of global names.
//!
//! Declarations check everything before they create any binding, so a
//! script that fails one declares nothing. A script's `let`, `const` and
//! `class` names live in the realm's script scope (the declarative record,
//! where the hole marks a binding not yet initialized); every other global
//! name is a property of the global object, which the script scope
//! shadows.

use super::function::JsResult;
use super::heap::Gc;
use super::map::{Attrs, Map, PropertyKey};
use super::property::{Key, Own};
use super::string::JsString;
use super::value::Value;
use super::vm::Vm;

/// What declares a top-level name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GlobalKind {
    Var = 0,
    Function = 1,
    /// `let` or `class`.
    Let = 2,
    Const = 3,
}

impl GlobalKind {
    pub fn from_value(v: Value) -> GlobalKind {
        match v.as_int() {
            0 => GlobalKind::Var,
            1 => GlobalKind::Function,
            2 => GlobalKind::Let,
            _ => GlobalKind::Const,
        }
    }

    fn is_lexical(self) -> bool {
        matches!(self, GlobalKind::Let | GlobalKind::Const)
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
            let (key, current) = own(self, name);
            let redeclared = self.script_binding(key).is_some()
                // HasRestrictedGlobalProperty.
                || kind.is_lexical() && current.is_some_and(|c| !c.attrs().configurable());
            if redeclared {
                let message = format!("Identifier '{name}' has already been declared");
                return Err(self.syntax_error(&message));
            }
            let refused = match kind {
                GlobalKind::Let | GlobalKind::Const => None,
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
                GlobalKind::Let | GlobalKind::Const => {
                    let attrs = match kind {
                        GlobalKind::Let => Attrs(Attrs::WRITABLE),
                        _ => Attrs::NONE,
                    };
                    let scope = self.realm.intrinsics.script_scope;
                    self.define_data(scope, key, Value::HOLE, attrs);
                    // The global object's property of that name is
                    // shadowed from now on: loads cached on its map must
                    // miss.
                    if current.is_some() && !global.map.dictionary {
                        let mut global = global;
                        global.map = Map::reconfigured(global.map, &mut self.heap);
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

impl Vm {
    /// The script scope's binding of `name`: its slot, and whether it may
    /// be assigned (not `const`).
    pub fn script_binding(&self, name: Key) -> Option<(u32, bool)> {
        let Key::Prop(name) = name else {
            return None;
        };
        let (_, d) = self.realm.intrinsics.script_scope.map.lookup(name)?;
        Some((d.slot, d.attrs.writable()))
    }

    /// GetBindingValue of the global environment (a ReferenceError for a
    /// name nothing declares, except under `typeof`).
    pub fn load_global_binding(
        &mut self,
        name: Gc<JsString>,
        inside_typeof: bool,
    ) -> JsResult<Value> {
        let key = Key::Prop(PropertyKey::String(name));
        if let Some((slot, _)) = self.script_binding(key) {
            let v = self.realm.intrinsics.script_scope.slot(slot);
            if v.is_hole() {
                return Err(self.uninitialized_error(name));
            }
            return Ok(v);
        }
        let global = self.realm.intrinsics.global;
        match self.lookup(global, key) {
            Some(_) => self.get_from(global, key, Value::object(global)),
            None if inside_typeof => Ok(Value::UNDEFINED),
            None => {
                let n = name.to_rust_string();
                Err(self.reference_error(&format!("{n} is not defined")))
            }
        }
    }

    /// SetMutableBinding of the global environment.
    pub fn store_global_binding(
        &mut self,
        name: Gc<JsString>,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        let key = Key::Prop(PropertyKey::String(name));
        if let Some((slot, writable)) = self.script_binding(key) {
            let mut scope = self.realm.intrinsics.script_scope;
            if scope.slot(slot).is_hole() {
                return Err(self.uninitialized_error(name));
            }
            if !writable {
                return Err(self.type_error("Assignment to constant variable."));
            }
            scope.set_slot(slot, value);
            return Ok(());
        }
        let global = self.realm.intrinsics.global;
        if strict && !self.has_property(global, key)? {
            let n = name.to_rust_string();
            return Err(self.reference_error(&format!("{n} is not defined")));
        }
        self.set(Value::object(global), key, value, strict)
    }

    /// A script's `let x = …`, `const`, `class`: ends the binding's TDZ.
    pub fn initialize_script_binding(&mut self, name: Gc<JsString>, value: Value) {
        let key = Key::Prop(PropertyKey::String(name));
        let (slot, _) = self.script_binding(key).expect("declared by the script");
        self.realm.intrinsics.script_scope.set_slot(slot, value);
    }

    /// `delete name` of a global: declared bindings stay.
    pub fn delete_global_binding(&mut self, name: Key) -> JsResult<bool> {
        if self.script_binding(name).is_some() {
            return Ok(false);
        }
        let global = self.realm.intrinsics.global;
        self.delete(global, name, false)
    }

    fn uninitialized_error(&mut self, name: Gc<JsString>) -> Value {
        let n = name.to_rust_string();
        self.reference_error(&format!("Cannot access '{n}' before initialization"))
    }
}

fn not_extensible(name: &str) -> String {
    format!("Cannot add property {name}, object is not extensible")
}
