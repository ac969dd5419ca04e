//! Math.

use super::arg;
use crate::optimizer::ir::MathFn;
use crate::runtime::fdlibm;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Functions of one Number: `ToNumber(x)` then `f`.
macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $( fn $name(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
            let x = vm.to_number(arg(args, 0))?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::number(f(x)))
        } )*
    };
}

// The transcendental functions are fdlibm's, as in V8, so results match Node's to the last bit.
unary!(
    abs => f64::abs, acos => fdlibm::acos, acosh => fdlibm::acosh, asin => fdlibm::asin,
    asinh => fdlibm::asinh, atan => fdlibm::atan, atanh => fdlibm::atanh, cbrt => fdlibm::cbrt,
    ceil => f64::ceil, cos => fdlibm::cos, cosh => fdlibm::cosh, exp => fdlibm::exp,
    expm1 => fdlibm::expm1, floor => f64::floor, fround => |x| x as f32 as f64,
    log => fdlibm::log, log1p => fdlibm::log1p, log10 => fdlibm::log10, log2 => fdlibm::log2,
    round => js_round, sign => js_sign, sin => fdlibm::sin, sinh => fdlibm::sinh,
    sqrt => f64::sqrt, tan => fdlibm::tan, tanh => fdlibm::tanh, trunc => f64::trunc,
);

/// Math.round: the integer nearest to x, ties toward +∞; -0 for
/// -0.5 <= x < 0. (`floor(x + 0.5)` would round 0.49999999999999994 up.)
fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let floor = x.floor();
    let r = if x - floor >= 0.5 { floor + 1.0 } else { floor };
    if r == 0.0 && x < 0.0 { -0.0 } else { r }
}

fn js_sign(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 {
        x
    } else {
        x.signum()
    }
}

/// Every argument through ToNumber first, as the spec orders it (so all
/// valueOf calls happen even after a NaN).
fn numbers(vm: &mut Vm, args: &[Value]) -> JsResult<Vec<f64>> {
    args.iter().map(|&a| vm.to_number(a)).collect()
}

fn max(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    for x in numbers(vm, args)? {
        if x.is_nan() {
            return Ok(Value::double(f64::NAN));
        }
        // +0 is larger than -0.
        if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
}

fn min(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    for x in numbers(vm, args)? {
        if x.is_nan() {
            return Ok(Value::double(f64::NAN));
        }
        // -0 is smaller than +0.
        if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
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
    Ok(Value::number(fdlibm::atan2(y, x)))
}

/// Math.hypot as V8 computes it: scaled by the largest magnitude (no
/// overflow) and summed with Kahan compensation, so results match Node's
/// to the last bit.
fn hypot(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let values: Vec<f64> = numbers(vm, args)?.into_iter().map(f64::abs).collect();
    let max = values
        .iter()
        .copied()
        .filter(|x| !x.is_nan())
        .fold(0.0, f64::max);
    if max == f64::INFINITY {
        return Ok(Value::double(f64::INFINITY));
    }
    if values.iter().any(|x| x.is_nan()) {
        return Ok(Value::double(f64::NAN));
    }
    if max == 0.0 {
        return Ok(Value::int(0));
    }
    let (mut sum, mut compensation) = (0.0f64, 0.0f64);
    for x in values {
        let n = x / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    Ok(Value::number(sum.sqrt() * max))
}

fn clz32(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let x = vm.to_uint32(arg(args, 0))?;
    Ok(Value::int(x.leading_zeros() as i32))
}

fn imul(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let a = vm.to_int32(arg(args, 0))?;
    let b = vm.to_int32(arg(args, 1))?;
    Ok(Value::int(a.wrapping_mul(b)))
}

fn random(_: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    use std::cell::Cell;
    thread_local!(static STATE: Cell<u64> = const { Cell::new(0) });
    let r = STATE.with(|s| {
        let mut x = s.get();
        if x == 0 {
            x = seed();
        }
        // xorshift64: plenty for Math.random, which promises no quality.
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        x
    });
    Ok(Value::double((r >> 11) as f64 / (1u64 << 53) as f64))
}

/// A non-zero seed that differs between runs, as Node's does.
fn seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    (nanos ^ ((std::process::id() as u64) << 32)) | 1
}

pub fn install(vm: &mut Vm) {
    let op = Value::object(vm.realm.intrinsics.object_prototype);
    let math = vm.new_object_with_proto(op, crate::runtime::object::ObjectClass::Ordinary);
    let fns: [(&str, NativeFn, u32); 35] = [
        ("abs", abs, 1),
        ("acos", acos, 1),
        ("acosh", acosh, 1),
        ("asin", asin, 1),
        ("asinh", asinh, 1),
        ("atan", atan, 1),
        ("atanh", atanh, 1),
        ("atan2", atan2, 2),
        ("ceil", ceil, 1),
        ("cbrt", cbrt, 1),
        ("expm1", expm1, 1),
        ("clz32", clz32, 1),
        ("cos", cos, 1),
        ("cosh", cosh, 1),
        ("exp", exp, 1),
        ("floor", floor, 1),
        ("fround", fround, 1),
        ("hypot", hypot, 2),
        ("imul", imul, 2),
        ("log", log, 1),
        ("log1p", log1p, 1),
        ("log2", log2, 1),
        ("log10", log10, 1),
        ("max", max, 2),
        ("min", min, 2),
        ("pow", pow, 2),
        ("random", random, 0),
        ("round", round, 1),
        ("sign", sign, 1),
        ("sin", sin, 1),
        ("sinh", sinh, 1),
        ("sqrt", sqrt, 1),
        ("tan", tan, 1),
        ("tanh", tanh, 1),
        ("trunc", trunc, 1),
    ];
    for (name, f, n) in fns {
        let function = vm.define_native(math, name, f, n);
        if let Some((op, _)) = MathFn::ALL.iter().find(|(_, m)| *m == name) {
            vm.realm.inlinable_math.push((Value::object(function), *op));
        }
    }
    use std::f64::consts;
    for (name, v) in [
        ("E", consts::E),
        ("LN10", consts::LN_10),
        ("LN2", consts::LN_2),
        ("LOG10E", consts::LOG10_E),
        ("LOG2E", consts::LOG2_E),
        ("PI", consts::PI),
        ("SQRT1_2", consts::FRAC_1_SQRT_2),
        ("SQRT2", consts::SQRT_2),
    ] {
        vm.define_value(math, name, Value::number(v), Attrs::NONE);
    }
    let tag = Key::Prop(PropertyKey::Symbol(vm.symbols.to_string_tag));
    let name = vm.str("Math");
    vm.define_data(math, tag, name, Attrs(Attrs::CONFIGURABLE));
    let global = vm.realm.intrinsics.global;
    vm.define_value(global, "Math", Value::object(math), Attrs::HIDDEN);
}
