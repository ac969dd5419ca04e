//! Number → text conversions that need exact decimal digits:
//! `toFixed`, `toExponential`, `toPrecision`, `toLocaleString`, and
//! `toString(radix)` for radixes other than 10.
//!
//! A double is `m × 2^e` exactly, so its decimal expansion is finite;
//! `exact` computes all of it with a small base-10^9 bignum and the
//! formatters round that (half up, as the spec's "pick the larger n")
//! instead of trusting floating-point arithmetic.

/// Decimal digits of a positive number: `0.d₁d₂d₃… × 10^point`. `digits`
/// holds values 0–9 with no leading or trailing zeros; empty means zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    pub digits: Vec<u8>,
    pub point: i32,
}

const LIMB: u64 = 1_000_000_000;

/// `limbs *= factor` for a little-endian base-10^9 number.
fn mul_small(limbs: &mut Vec<u32>, factor: u32) {
    let mut carry = 0u64;
    for limb in limbs.iter_mut() {
        let t = *limb as u64 * factor as u64 + carry;
        *limb = (t % LIMB) as u32;
        carry = t / LIMB;
    }
    while carry > 0 {
        limbs.push((carry % LIMB) as u32);
        carry /= LIMB;
    }
}

/// `limbs *= base^n`, in chunks of `base^chunk` (the largest power that
/// fits a u32).
fn mul_pow(limbs: &mut Vec<u32>, base: u32, chunk: u32, mut n: u32) {
    let big = base.pow(chunk);
    while n >= chunk {
        mul_small(limbs, big);
        n -= chunk;
    }
    if n > 0 {
        mul_small(limbs, base.pow(n));
    }
}

/// The digit values of a base-10^9 number, most significant first.
fn limb_digits(limbs: &[u32]) -> Vec<u8> {
    let mut text = String::new();
    let mut rest = limbs.iter().rev().skip_while(|&&l| l == 0);
    if let Some(first) = rest.next() {
        text.push_str(&first.to_string());
    }
    for limb in rest {
        text.push_str(&format!("{limb:09}"));
    }
    text.bytes().map(|b| b - b'0').collect()
}

impl Digits {
    fn new(mut digits: Vec<u8>, point: i32) -> Digits {
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let lead = digits.iter().take_while(|&&d| d == 0).count();
        digits.drain(..lead);
        Digits {
            point: point - lead as i32,
            digits,
        }
    }

    /// The exact expansion of a positive finite double.
    pub fn exact(x: f64) -> Digits {
        debug_assert!(x > 0.0 && x.is_finite());
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let fraction = bits & ((1 << 52) - 1);
        let (mut m, mut e) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | 1 << 52, biased - 1075)
        };
        // Fewer factors of 5 to multiply in when the mantissa is even.
        if e < 0 {
            let shift = (m.trailing_zeros() as i32).min(-e);
            m >>= shift;
            e += shift;
        }
        let mut limbs = vec![
            (m % LIMB) as u32,
            (m / LIMB % LIMB) as u32,
            (m / LIMB / LIMB) as u32,
        ];
        // m × 2^e is m × 2^e (an integer) or m × 5^-e / 10^-e.
        let fraction_digits = if e >= 0 {
            mul_pow(&mut limbs, 2, 31, e as u32);
            0
        } else {
            mul_pow(&mut limbs, 5, 13, (-e) as u32);
            -e
        };
        let digits = limb_digits(&limbs);
        let point = digits.len() as i32 - fraction_digits;
        Digits::new(digits, point)
    }

    /// The shortest digits that read back as `x`, as `Number::toString`
    /// chooses them, for a positive finite double.
    pub fn shortest(x: f64) -> Digits {
        // ryu-js prints JavaScript's form: `123.45`, `1e-7`, `1.5e+21`.
        let mut buffer = ryu_js::Buffer::new();
        let text = buffer.format_finite(x);
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
        let exponent: i32 = exponent.trim_start_matches('+').parse().expect("exponent");
        Digits::new(digits, int.len() as i32 + exponent)
    }

    /// Rounded to the first `keep` digits, a tie going up (the digits are
    /// exact, so "5 or more" is the spec's "pick the larger n").
    pub fn round(&self, keep: i32) -> Digits {
        if keep >= self.digits.len() as i32 {
            return self.clone();
        }
        if keep < 0 {
            return Digits {
                digits: Vec::new(),
                point: self.point,
            };
        }
        let keep = keep as usize;
        let mut digits = self.digits[..keep].to_vec();
        let mut point = self.point;
        if self.digits[keep] >= 5 {
            while digits.last() == Some(&9) {
                digits.pop();
            }
            match digits.last_mut() {
                Some(d) => *d += 1,
                None => {
                    digits.push(1);
                    point += 1;
                }
            }
        }
        Digits::new(digits, point)
    }

    /// The first `len` digits as text, zero-padded on the right.
    fn text(&self, len: usize) -> String {
        (0..len)
            .map(|i| char::from(b'0' + self.digits.get(i).copied().unwrap_or(0)))
            .collect()
    }
}

fn exponent_suffix(e: i32) -> String {
    if e < 0 {
        format!("e-{}", -e)
    } else {
        format!("e+{e}")
    }
}

/// `d₁.d₂d₃…e±x` with `len` digits.
fn exponential(d: &Digits, len: usize) -> String {
    let m = d.text(len);
    let e = if d.digits.is_empty() { 0 } else { d.point - 1 };
    let mut out = m[..1].to_string();
    if len > 1 {
        out.push('.');
        out.push_str(&m[1..]);
    }
    out + &exponent_suffix(e)
}

/// Number.prototype.toFixed for `0 <= x < 1e21`.
pub fn to_fixed(x: f64, f: usize) -> String {
    let d = if x == 0.0 {
        Digits {
            digits: Vec::new(),
            point: 0,
        }
    } else {
        let exact = Digits::exact(x);
        exact.round(exact.point + f as i32)
    };
    // n = round(x × 10^f), written out in full.
    let mut n = if d.digits.is_empty() {
        "0".to_string()
    } else {
        d.text((d.point + f as i32) as usize)
    };
    if f == 0 {
        return n;
    }
    if n.len() <= f {
        n = "0".repeat(f + 1 - n.len()) + &n;
    }
    let (int, frac) = n.split_at(n.len() - f);
    format!("{int}.{frac}")
}

/// Number.prototype.toExponential for a finite `x >= 0`; `None` digits
/// means "as many as needed".
pub fn to_exponential(x: f64, f: Option<usize>) -> String {
    if x == 0.0 {
        return exponential(
            &Digits {
                digits: Vec::new(),
                point: 1,
            },
            f.unwrap_or(0) + 1,
        );
    }
    match f {
        None => {
            let d = Digits::shortest(x);
            exponential(&d, d.digits.len())
        }
        Some(f) => exponential(&Digits::exact(x).round(f as i32 + 1), f + 1),
    }
}

/// Number.prototype.toPrecision for a finite `x >= 0`.
pub fn to_precision(x: f64, p: usize) -> String {
    let d = if x == 0.0 {
        Digits {
            digits: Vec::new(),
            point: 1,
        }
    } else {
        Digits::exact(x).round(p as i32)
    };
    let e = d.point - 1;
    if e < -6 || e >= p as i32 {
        return exponential(&d, p);
    }
    let m = d.text(p);
    if e >= 0 {
        let (int, frac) = m.split_at(e as usize + 1);
        if frac.is_empty() {
            int.to_string()
        } else {
            format!("{int}.{frac}")
        }
    } else {
        format!("0.{}{m}", "0".repeat((-(e + 1)) as usize))
    }
}

/// Number.prototype.toLocaleString in the default `en-US` style: grouped
/// thousands, at most three fraction digits. ICU rounds the shortest
/// decimal form (so 1.0005 gives "1.001"), half away from zero.
pub fn to_locale(x: f64) -> String {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let x = x.abs();
    if x.is_infinite() {
        return format!("{sign}∞");
    }
    let d = if x == 0.0 {
        Digits {
            digits: Vec::new(),
            point: 0,
        }
    } else {
        Digits::shortest(x)
    };
    let d = d.round(d.point + 3);
    let int = if d.point <= 0 || d.digits.is_empty() {
        "0".to_string()
    } else {
        d.text(d.point as usize)
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let frac: String = if d.digits.is_empty() {
        String::new()
    } else if d.point < 0 {
        "0".repeat((-d.point) as usize) + &d.text(d.digits.len())
    } else {
        d.text(d.digits.len())
            .get(d.point as usize..)
            .unwrap_or("")
            .to_string()
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// The next double above a non-negative finite one.
fn next_up(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1)
}

/// V8's `Double::Exponent`: `x = significand × 2^exponent` with a 53-bit
/// significand (denormals and zero report the minimum).
fn binary_exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 { -1074 } else { biased - 1075 }
}

/// Number.prototype.toString(radix) for radix ≠ 10 and finite `x`,
/// digit for digit as V8's `DoubleToRadixCString`: fraction digits only
/// up to the double's precision, rounded to even on the last one.
pub fn to_radix(x: f64, radix: u32) -> String {
    const CHARS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let r = radix as f64;
    let negative = x < 0.0;
    let x = x.abs();
    let mut integer = x.floor();
    let mut fraction = x - integer;
    // Half the distance to the next double: digits below it are noise.
    let mut delta = (0.5 * (next_up(x) - x)).max(next_up(0.0));
    let mut fraction_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as u8;
            fraction_digits.push(digit);
            fraction -= digit as f64;
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Round up, carrying into earlier digits (and maybe the
                // integer part).
                loop {
                    match fraction_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(d) if (d as u32) + 1 < radix => {
                            fraction_digits.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits, least significant first; digits below the double's
    // precision print as zeros.
    let mut integer_digits = Vec::new();
    while binary_exponent(integer / r) > 0 {
        integer /= r;
        integer_digits.push(0u8);
    }
    loop {
        let remainder = integer % r;
        integer_digits.push(remainder as u8);
        integer = (integer - remainder) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.extend(
        integer_digits
            .iter()
            .rev()
            .map(|&d| CHARS[d as usize] as char),
    );
    if !fraction_digits.is_empty() {
        out.push('.');
        out.extend(fraction_digits.iter().map(|&d| CHARS[d as usize] as char));
    }
    out
}
