//! Function and Function.prototype: call, apply, bind, toString,
//! Symbol.hasInstance.

use super::arg;
use crate::runtime::function::JsResult;
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{JsObject, NativeFunctionClass, ObjectClass};
use crate::runtime::property::{Key, Own};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let fp = vm.realm.intrinsics.function_prototype;
    let mut fpm = fp;
    fpm.class = ObjectClass::Native(NativeFunctionClass::noop());
    // Function.prototype is a function named "" of length 0.
    let configurable = Attrs(Attrs::CONFIGURABLE);
    vm.define_data(
        fp,
        Key::Prop(vm.realm.names.length),
        Value::int(0),
        configurable,
    );
    let empty = Value::string(vm.intern(""));
    vm.define_data(fp, Key::Prop(vm.realm.names.name), empty, configurable);
    super::install_constructor(vm, "Function", function_ctor, 1, fp);
    vm.define_native(fp, "apply", apply, 2);
    vm.define_native(fp, "bind", bind, 1);
    vm.define_native(fp, "call", call, 1);
    vm.define_native(fp, "toString", to_string, 0);
    let has_instance = vm.new_native_function("[Symbol.hasInstance]", has_instance, 1, false);
    let k = Key::Prop(PropertyKey::Symbol(vm.symbols.has_instance));
    vm.define_data(fp, k, Value::object(has_instance), Attrs::NONE);
}

/// `Function(p1, …, body)`: a function from source text.
fn function_ctor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.create_dynamic_function("function", args)
}

fn call(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    vm.call(this, arg(args, 0), rest)
}

fn apply(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let list = arg(args, 1);
    let argv = if list.is_nullish() {
        Vec::new()
    } else {
        array_like_to_vec(vm, list)?
    };
    vm.call(this, arg(args, 0), &argv)
}

/// V8's limit on a list built from an array-like (FixedArray::kMaxLength).
const MAX_LIST_LENGTH: f64 = 134_217_725.0;

/// CreateListFromArrayLike. The values are rooted while later elements'
/// getters run; the caller should use the list right away (before the
/// next safepoint), as `vm.call` does by copying it to the VM stack.
pub fn array_like_to_vec(vm: &mut Vm, list: Value) -> JsResult<Vec<Value>> {
    if !list.is_object() {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    }
    let len = length_of_array_like(vm, list)?;
    if len > MAX_LIST_LENGTH {
        return Err(vm.range_error("Invalid array length"));
    }
    let mark = vm.temp_roots.len();
    let mut filled = Ok(());
    for i in 0..len as u32 {
        match vm.get(list, Key::Index(i)) {
            Ok(v) => vm.temp_roots.push(v),
            Err(e) => {
                filled = Err(e);
                break;
            }
        }
    }
    let out = vm.temp_roots.split_off(mark);
    filled.map(|_| out)
}

/// LengthOfArrayLike: ToLength(Get(o, "length")), in 0 ..= 2^53 - 1.
pub fn length_of_array_like(vm: &mut Vm, o: Value) -> JsResult<f64> {
    if let Some(obj) = o.to_object_opt()
        && obj.is_array()
    {
        return Ok(obj.array_length() as f64);
    }
    let len = vm.get(o, Key::Prop(vm.realm.names.length))?;
    Ok(vm.to_integer(len)?.clamp(0.0, 9007199254740991.0))
}

fn bind(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Err(vm.type_error("Bind must be called on a function"));
    }
    let target = this.as_object();
    let bound_args = args.get(1..).unwrap_or(&[]).to_vec();
    let length = bound_length(vm, target, bound_args.len())?;
    let name = vm.get(this, Key::Prop(vm.realm.names.name))?;
    let name = if name.is_string() {
        name.as_string().to_rust_string()
    } else {
        String::new()
    };
    let mut f = vm.new_native_function(&format!("bound {name}"), call, 0, false);
    f.set_slot(0, Value::number(length));
    f.class = ObjectClass::Bound {
        target: this,
        this: arg(args, 0),
        args: bound_args,
    };
    let proto = target.map.prototype;
    if proto != f.map.prototype {
        vm.set_prototype(f, proto);
    }
    Ok(Value::object(f))
}

/// A bound function's `length`: the target's own numeric `length` less
/// the bound arguments, at least 0 (and +∞ stays +∞).
fn bound_length(vm: &mut Vm, target: Gc<JsObject>, bound: usize) -> JsResult<f64> {
    let key = Key::Prop(vm.realm.names.length);
    if vm.get_own(target, key).is_none() {
        return Ok(0.0);
    }
    let len = vm.get(Value::object(target), key)?;
    if !len.is_number() {
        return Ok(0.0);
    }
    let len = len.as_number();
    if len == f64::INFINITY {
        return Ok(len);
    }
    let len = if len.is_nan() { 0.0 } else { len.trunc() };
    Ok((len - bound as f64).max(0.0))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(o) = this.to_object_opt().filter(|o| o.is_callable()) else {
        return Err(vm.type_error("Function.prototype.toString requires that 'this' be a Function"));
    };
    let text = source_text(vm, o);
    Ok(vm.str(&text))
}

/// A function's text as `toString` gives it: its source, or
/// `function name() { [native code] }` (bound functions print no name).
pub(super) fn source_text(vm: &mut Vm, o: Gc<JsObject>) -> String {
    if let Some(c) = o.closure() {
        let (start, end) = (c.shared.source_start as usize, c.shared.source_end as usize);
        return c
            .shared
            .script
            .source
            .get(start..end)
            .unwrap_or("")
            .to_string();
    }
    let name = match vm.get_own(o, Key::Prop(vm.realm.names.name)) {
        Some(Own::Data(n, _)) if n.is_string() && !matches!(o.class, ObjectClass::Bound { .. }) => {
            n.as_string().to_rust_string()
        }
        _ => String::new(),
    };
    format!("function {name}() {{ [native code] }}")
}

/// Function.prototype[Symbol.hasInstance]: OrdinaryHasInstance(this, v).
fn has_instance(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(vm.ordinary_has_instance(this, arg(args, 0))?))
}
