//! Math.

use super::arg;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::map::Attrs;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $( fn $name(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
            let x = vm.to_number(arg(args, 0))?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::number(f(x)))
        } )*
    };
}

unary!(
    floor => f64::floor, ceil => f64::ceil, abs => f64::abs, sqrt => f64::sqrt, sin => f64::sin,
    cos => f64::cos, tan => f64::tan, exp => f64::exp, log => f64::ln, log2 => f64::log2,
    log10 => f64::log10, trunc => f64::trunc, sign => |x: f64| if x.is_nan() || x == 0.0 { x } else { x.signum() },
    round => |x: f64| if x.fract() == -0.5 { x.ceil() } else { (x + 0.5).floor() + if x < 0.0 && x > -0.5 { -0.0 } else { 0.0 } },
    cbrt => f64::cbrt, atan => f64::atan, asin => f64::asin, acos => f64::acos,
);

fn max(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    for &a in args {
        let x = vm.to_number(a)?;
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x > r || (x == 0.0 && r == 0.0 && !x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
}

fn min(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    for &a in args {
        let x = vm.to_number(a)?;
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
}

fn pow(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let x = vm.to_number(arg(args, 0))?;
    let y = vm.to_number(arg(args, 1))?;
    Ok(Value::number(crate::interpreter::ops::js_pow(x, y)))
}

fn atan2(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let y = vm.to_number(arg(args, 0))?;
    let x = vm.to_number(arg(args, 1))?;
    Ok(Value::number(y.atan2(x)))
}

fn hypot(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut s = 0.0;
    for &a in args {
        let x = vm.to_number(a)?;
        s += x * x;
    }
    Ok(Value::number(s.sqrt()))
}

fn random(_: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    use std::cell::Cell;
    thread_local!(static STATE: Cell<u64> = const { Cell::new(0x2545_F491_4F6C_DD1D) });
    let r = STATE.with(|s| {
        let mut x = s.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        x
    });
    Ok(Value::double((r >> 11) as f64 / (1u64 << 53) as f64))
}

pub fn install(vm: &mut Vm) {
    let op = Value::object(vm.realm.intrinsics.object_prototype);
    let math = vm.new_object_with_proto(op, crate::runtime::object::ObjectClass::Ordinary);
    let fns: [(&str, NativeFn, u32); 24] = [
        ("floor", floor, 1), ("ceil", ceil, 1), ("abs", abs, 1), ("sqrt", sqrt, 1), ("sin", sin, 1),
        ("cos", cos, 1), ("tan", tan, 1), ("exp", exp, 1), ("log", log, 1), ("log2", log2, 1),
        ("log10", log10, 1), ("trunc", trunc, 1), ("sign", sign, 1), ("round", round, 1), ("cbrt", cbrt, 1),
        ("atan", atan, 1), ("asin", asin, 1), ("acos", acos, 1), ("max", max, 2), ("min", min, 2),
        ("pow", pow, 2), ("atan2", atan2, 2), ("hypot", hypot, 2), ("random", random, 0),
        
    ];
    for (name, f, n) in &fns {
        vm.define_native(math, name, *f, *n);
    }
    for (name, v) in [("PI", std::f64::consts::PI), ("E", std::f64::consts::E), ("LN2", std::f64::consts::LN_2), ("LN10", std::f64::consts::LN_10), ("SQRT2", std::f64::consts::SQRT_2), ("LOG2E", std::f64::consts::LOG2_E), ("LOG10E", std::f64::consts::LOG10_E), ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2)] {
        vm.define_value(math, name, Value::number(v), Attrs::NONE);
    }
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, "Math", Value::object(math), Attrs::HIDDEN);
}
