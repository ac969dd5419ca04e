//! Number and Boolean.

mod decimal;

use super::arg;
use super::keyed::prototype_from_new_target;
use crate::runtime::conversions::number_to_string;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::map::Attrs;
use crate::runtime::object::ObjectClass;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let mut np = vm.realm.intrinsics.number_prototype;
    // Number.prototype is itself a Number object (its value is +0).
    np.class = ObjectClass::Number(0.0);
    let ctor = super::install_constructor(vm, "Number", number_ctor, 1, np);
    // Property order as in V8.
    let methods: [(&str, NativeFn, u32); 6] = [
        ("toExponential", to_exponential, 1),
        ("toFixed", to_fixed, 1),
        ("toPrecision", to_precision, 1),
        ("toString", to_string, 1),
        ("valueOf", value_of, 0),
        ("toLocaleString", to_locale_string, 0),
    ];
    for (name, f, n) in methods {
        vm.define_native(np, name, f, n);
    }
    let statics: [(&str, NativeFn, u32); 4] = [
        ("isFinite", is_finite, 1),
        ("isInteger", is_integer, 1),
        ("isNaN", is_nan, 1),
        ("isSafeInteger", is_safe_integer, 1),
    ];
    for (name, f, n) in statics {
        vm.define_native(ctor, name, f, n);
    }
    for (name, v) in [
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("NaN", f64::NAN),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER),
        ("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER),
        ("EPSILON", f64::EPSILON),
    ] {
        vm.define_value(ctor, name, Value::number(v), Attrs::NONE);
    }
    install_boolean(vm);
}

const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

fn number_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let n = if args.is_empty() {
        0.0
    } else {
        vm.to_number(args[0])?
    };
    if new_target.is_undefined() {
        return Ok(Value::number(n));
    }
    let fallback = vm.realm.intrinsics.number_prototype;
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    Ok(Value::object(
        vm.new_object_with_proto(proto, ObjectClass::Number(n)),
    ))
}

/// thisNumberValue, with V8's message naming the method.
fn this_number(vm: &mut Vm, this: Value, method: &str) -> JsResult<f64> {
    if this.is_number() {
        return Ok(this.as_number());
    }
    if let Some(o) = this.to_object_opt()
        && let ObjectClass::Number(n) = o.class
    {
        return Ok(n);
    }
    Err(vm.type_error(&format!(
        "Number.prototype.{method} requires that 'this' be a Number"
    )))
}

fn to_string(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_number(vm, this, "toString")?;
    let radix = if arg(args, 0).is_undefined() {
        10.0
    } else {
        vm.to_integer(args[0])?
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix argument must be between 2 and 36"));
    }
    if radix == 10.0 || !n.is_finite() {
        return Ok(vm.str(&number_to_string(n)));
    }
    Ok(vm.str(&decimal::to_radix(n, radix as u32)))
}

/// A digits argument of toFixed/toExponential/toPrecision, range-checked
/// with V8's message.
fn digits_in_range(vm: &mut Vm, d: f64, min: f64, message: &str) -> JsResult<usize> {
    if !(min..=100.0).contains(&d) {
        return Err(vm.range_error(message));
    }
    Ok(d as usize)
}

/// `-` and |x| for the formatters, which work on non-negative numbers
/// (-0 prints without a sign).
fn split_sign(x: f64) -> (&'static str, f64) {
    if x < 0.0 { ("-", -x) } else { ("", x.abs()) }
}

fn to_fixed(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_number(vm, this, "toFixed")?;
    let f = vm.to_integer(arg(args, 0))?;
    let f = digits_in_range(
        vm,
        f,
        0.0,
        "toFixed() digits argument must be between 0 and 100",
    )?;
    let (sign, x) = split_sign(n);
    if !n.is_finite() || x >= 1e21 {
        return Ok(vm.str(&number_to_string(n)));
    }
    Ok(vm.str(&format!("{sign}{}", decimal::to_fixed(x, f))))
}

fn to_exponential(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_number(vm, this, "toExponential")?;
    let f = vm.to_integer(arg(args, 0))?;
    if !n.is_finite() {
        return Ok(vm.str(&number_to_string(n)));
    }
    let f = digits_in_range(
        vm,
        f,
        0.0,
        "toExponential() argument must be between 0 and 100",
    )?;
    let f = if arg(args, 0).is_undefined() {
        None
    } else {
        Some(f)
    };
    let (sign, x) = split_sign(n);
    Ok(vm.str(&format!("{sign}{}", decimal::to_exponential(x, f))))
}

fn to_precision(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_number(vm, this, "toPrecision")?;
    if arg(args, 0).is_undefined() {
        return Ok(vm.str(&number_to_string(n)));
    }
    let p = vm.to_integer(args[0])?;
    if !n.is_finite() {
        return Ok(vm.str(&number_to_string(n)));
    }
    let p = digits_in_range(
        vm,
        p,
        1.0,
        "toPrecision() argument must be between 1 and 100",
    )?;
    let (sign, x) = split_sign(n);
    Ok(vm.str(&format!("{sign}{}", decimal::to_precision(x, p))))
}

/// The `en-US` default format; locales and options are not supported.
fn to_locale_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let n = this_number(vm, this, "toLocaleString")?;
    let s = if n.is_nan() {
        "NaN".to_string()
    } else {
        decimal::to_locale(n)
    };
    Ok(vm.str(&s))
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(this_number(vm, this, "valueOf")?))
}

/// The argument as a finite Number, if it is one (no conversion).
fn finite_number(v: Value) -> Option<f64> {
    v.is_number()
        .then(|| v.as_number())
        .filter(|n| n.is_finite())
}

fn is_nan(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
}

fn is_finite(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(finite_number(arg(args, 0)).is_some()))
}

fn is_integer(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        finite_number(arg(args, 0)).is_some_and(|n| n.trunc() == n),
    ))
}

fn is_safe_integer(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let safe =
        finite_number(arg(args, 0)).is_some_and(|n| n.trunc() == n && n.abs() <= MAX_SAFE_INTEGER);
    Ok(Value::bool(safe))
}

// ---- Boolean ----

fn install_boolean(vm: &mut Vm) {
    let mut bp = vm.realm.intrinsics.boolean_prototype;
    // Boolean.prototype is itself a Boolean object (its value is false).
    bp.class = ObjectClass::Boolean(false);
    super::install_constructor(vm, "Boolean", boolean_ctor, 1, bp);
    vm.define_native(bp, "toString", bool_to_string, 0);
    vm.define_native(bp, "valueOf", bool_value_of, 0);
}

fn boolean_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let b = vm.to_boolean(arg(args, 0));
    if new_target.is_undefined() {
        return Ok(Value::bool(b));
    }
    let fallback = vm.realm.intrinsics.boolean_prototype;
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    Ok(Value::object(
        vm.new_object_with_proto(proto, ObjectClass::Boolean(b)),
    ))
}

/// thisBooleanValue, with V8's message naming the method.
fn this_boolean(vm: &mut Vm, this: Value, method: &str) -> JsResult<bool> {
    if this.is_bool() {
        return Ok(this.as_bool());
    }
    if let Some(o) = this.to_object_opt()
        && let ObjectClass::Boolean(b) = o.class
    {
        return Ok(b);
    }
    Err(vm.type_error(&format!(
        "Boolean.prototype.{method} requires that 'this' be a Boolean"
    )))
}

fn bool_to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let b = this_boolean(vm, this, "toString")?;
    Ok(vm.str(if b { "true" } else { "false" }))
}

fn bool_value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(this_boolean(vm, this, "valueOf")?))
}
