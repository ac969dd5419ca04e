//! Number and Boolean.

use super::arg;
use crate::runtime::conversions::number_to_string;
use crate::runtime::function::JsResult;
use crate::runtime::map::Attrs;
use crate::runtime::object::ObjectClass;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn install(vm: &mut Vm) {
    let np = vm.realm.intrinsics.number_prototype;
    let ctor = super::install_constructor(vm, "Number", number_ctor, 1, np);
    vm.define_native(np, "toString", to_string, 1);
    vm.define_native(np, "toFixed", to_fixed, 1);
    vm.define_native(np, "valueOf", value_of, 0);
    vm.define_native(ctor, "isInteger", is_integer, 1);
    for (name, v) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ] {
        vm.define_value(ctor, name, Value::number(v), Attrs::NONE);
    }
    let bp = vm.realm.intrinsics.boolean_prototype;
    super::install_constructor(vm, "Boolean", boolean_ctor, 1, bp);
    vm.define_native(bp, "toString", bool_to_string, 0);
}

fn number_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let n = if args.is_empty() { Value::int(0) } else { Value::number(vm.to_number(args[0])?) };
    if nt.is_undefined() { Ok(n) } else { vm.to_object(n) }
}

fn this_number(vm: &mut Vm, this: Value) -> JsResult<f64> {
    if this.is_number() {
        return Ok(this.as_number());
    }
    if let Some(o) = this.to_object_opt() {
        if let ObjectClass::Number(n) = o.class {
            return Ok(n);
        }
    }
    Err(vm.type_error("Number.prototype.valueOf requires that 'this' be a Number"))
}

fn to_string(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_number(vm, this)?;
    let radix = if arg(args, 0).is_undefined() { 10 } else { vm.to_integer(args[0])? as u32 };
    if !(2..=36).contains(&radix) {
        return Err(vm.range_error("toString() radix must be between 2 and 36"));
    }
    if radix == 10 || !n.is_finite() {
        return Ok(vm.str(&number_to_string(n)));
    }
    let neg = n < 0.0;
    let mut i = n.abs().trunc() as u64;
    let mut digits = Vec::new();
    loop {
        digits.push(std::char::from_digit((i % radix as u64) as u32, radix).unwrap());
        i /= radix as u64;
        if i == 0 {
            break;
        }
    }
    let mut s: String = digits.into_iter().rev().collect();
    let mut frac = n.abs().fract();
    if frac > 0.0 {
        s.push('.');
        for _ in 0..20 {
            frac *= radix as f64;
            s.push(std::char::from_digit(frac.trunc() as u32, radix).unwrap());
            frac = frac.fract();
            if frac == 0.0 {
                break;
            }
        }
    }
    Ok(vm.str(&if neg { format!("-{s}") } else { s }))
}

fn to_fixed(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_number(vm, this)?;
    let d = vm.to_integer(arg(args, 0))?;
    if !(0.0..=100.0).contains(&d) {
        return Err(vm.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    if !n.is_finite() || n.abs() >= 1e21 {
        return Ok(vm.str(&number_to_string(n)));
    }
    Ok(vm.str(&format!("{:.*}", d as usize, n)))
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(this_number(vm, this)?))
}

fn is_integer(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite() && v.as_number().fract() == 0.0))
}

fn boolean_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let b = Value::bool(vm.to_boolean(arg(args, 0)));
    if nt.is_undefined() { Ok(b) } else { vm.to_object(b) }
}

fn bool_to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let b = match this.to_object_opt().map(|o| match o.class { ObjectClass::Boolean(b) => Some(b), _ => None }) {
        Some(Some(b)) => b,
        _ => this == Value::TRUE,
    };
    Ok(vm.str(if b { "true" } else { "false" }))
}
