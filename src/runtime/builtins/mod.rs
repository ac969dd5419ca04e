//! The built-in library, one module per family. `install` fills the
//! realm's prototypes and the global object.
//!
//! Builtins take (vm, this, args, new_target) and return a `JsResult`.
//! They may call back into JavaScript; values they keep across such calls
//! stay on the native stack or in `Vm::temp_roots` (see `heap`).

mod arguments;
mod array;
mod array_buffer;
mod async_iteration;
mod collation;
mod console;
mod date;
mod dom_exception;
mod error;
mod function;
mod global;
mod iterators;
mod json;
mod keyed;
mod math;
pub mod node_vm;
mod number;
mod object;
pub mod promise;
mod proxy;
mod reflect;
pub mod regexp;
pub mod regexp_legacy;
mod string;
mod structured_clone;
mod symbol;
mod timers;
mod typed_array;

use super::value::Value;
use super::vm::Vm;

pub use function::length_of_array_like;
pub use object::set_integrity_level;

pub fn install(vm: &mut Vm) {
    function::install(vm);
    object::install(vm);
    array::install(vm);
    arguments::install(vm);
    iterators::install(vm);
    string::install(vm);
    regexp::install(vm);
    number::install(vm);
    math::install(vm);
    symbol::install(vm);
    error::install(vm);
    dom_exception::install(vm);
    keyed::install(vm);
    json::install(vm);
    reflect::install(vm);
    proxy::install(vm);
    promise::install(vm);
    array_buffer::install(vm);
    typed_array::install(vm);
    async_iteration::install(vm);
    timers::install(vm);
    structured_clone::install(vm);
    node_vm::install(vm);
    console::install(vm);
    global::install(vm);
}

/// The i-th argument, or undefined.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// Installs a constructor function with its prototype object.
pub fn install_constructor(
    vm: &mut Vm,
    name: &str,
    func: super::function::NativeFn,
    length: u32,
    prototype: super::heap::Gc<super::object::JsObject>,
) -> super::heap::Gc<super::object::JsObject> {
    use super::map::Attrs;
    use super::property::Key;
    let ctor = vm.new_native_function(name, func, length, true);
    vm.define_data(
        ctor,
        Key::Prop(vm.realm.names.prototype),
        Value::object(prototype),
        Attrs::NONE,
    );
    vm.define_data(
        prototype,
        Key::Prop(vm.realm.names.constructor),
        Value::object(ctor),
        Attrs::HIDDEN,
    );
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, name, Value::object(ctor), Attrs::HIDDEN);
    ctor
}

/// Installs a constructor that is not a global (%GeneratorFunction%,
/// %AsyncFunction%, …): it is reached through its prototype's
/// `constructor`, and inherits from `Function`.
pub fn install_hidden_constructor(
    vm: &mut Vm,
    proto: super::heap::Gc<super::object::JsObject>,
    name: &str,
    f: super::function::NativeFn,
) {
    use super::map::Attrs;
    use super::property::Key;
    let ctor = vm.new_native_function(name, f, 1, true);
    let function_ctor = vm.get_named(Value::object(vm.realm.intrinsics.global), "Function");
    if let Ok(function_ctor) = function_ctor {
        vm.set_prototype(ctor, function_ctor);
    }
    vm.define_data(
        ctor,
        Key::Prop(vm.realm.names.prototype),
        Value::object(proto),
        Attrs::NONE,
    );
    vm.define_data(
        proto,
        Key::Prop(vm.realm.names.constructor),
        Value::object(ctor),
        Attrs(Attrs::CONFIGURABLE),
    );
}

/// A configurable accessor with only a getter (`get byteLength`).
pub fn define_getter(
    vm: &mut Vm,
    target: super::heap::Gc<super::object::JsObject>,
    name: &str,
    f: super::function::NativeFn,
) {
    use super::map::Attrs;
    let getter = vm.new_native_function(&format!("get {name}"), f, 0, false);
    let key = vm.key_from_str(name);
    vm.define_accessor(
        target,
        key,
        Some(Value::object(getter)),
        None,
        Attrs(Attrs::CONFIGURABLE),
    );
}

/// SpeciesConstructor(o, default).
pub fn species_constructor(
    vm: &mut Vm,
    o: Value,
    default: Value,
) -> super::function::JsResult<Value> {
    let c = vm.get(o, super::property::Key::Prop(vm.realm.names.constructor))?;
    if c.is_undefined() {
        return Ok(default);
    }
    if !c.is_object() {
        return Err(vm.type_error("The .constructor property is not an object"));
    }
    let s = vm.get(
        c,
        super::property::Key::Prop(super::map::PropertyKey::Symbol(vm.symbols.species)),
    )?;
    if s.is_nullish() {
        return Ok(default);
    }
    if !vm.is_constructor(s) {
        return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    Ok(s)
}
