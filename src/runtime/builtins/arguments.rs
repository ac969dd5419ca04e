//! The shape of `arguments` objects: `length`, then (sloppy) `callee`, an
//! own `Symbol.iterator` (Array.prototype.values), and in strict functions
//! a `callee` accessor that throws. The maps are built once here, so
//! creating an arguments object only fills slots (see `Vm::new_arguments`).

use crate::runtime::function::JsResult;
use crate::runtime::map::{Attrs, Map, PropertyKey};
use crate::runtime::object::{AccessorPair, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Runs after `array::install`, which creates Array.prototype.values.
pub fn install(vm: &mut Vm) {
    let iterator = PropertyKey::Symbol(vm.symbols.iterator);
    let callee = vm.realm.names.callee;
    let heap = &mut vm.heap;
    vm.realm.arguments_map =
        Map::with_property(vm.realm.arguments_map, heap, iterator, Attrs::HIDDEN).0;
    let strict = Map::with_property(vm.realm.strict_arguments_map, heap, iterator, Attrs::HIDDEN).0;
    let accessor = Attrs(Attrs::ACCESSOR);
    vm.realm.strict_arguments_map = Map::with_property(strict, heap, callee, accessor).0;
    let thrower = Value::object(vm.new_native_function("", throw_type_error, 0, false));
    // %ThrowTypeError% is frozen (its length and name too).
    super::object::set_integrity_level(vm, thrower, true).expect("an ordinary function");
    let pair = AccessorPair {
        getter: thrower,
        setter: thrower,
    };
    let pair = vm.new_object_with_proto(Value::NULL, ObjectClass::Accessor(pair));
    vm.realm.strict_arguments_callee = Value::object(pair);
    // Function.prototype.caller and .arguments: the same thrower
    // (AddRestrictedFunctionProperties).
    let function_prototype = vm.realm.intrinsics.function_prototype;
    for name in [vm.realm.names.caller, vm.realm.names.arguments] {
        vm.define_accessor(
            function_prototype,
            Key::Prop(name),
            Some(thrower),
            Some(thrower),
            Attrs(Attrs::CONFIGURABLE),
        );
    }
}

/// %ThrowTypeError%.
fn throw_type_error(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}
