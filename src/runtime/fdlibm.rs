//! Node's transcendental functions, bit for bit.
//!
//! V8 computes `Math.sin`, `Math.log`, `**` and the rest with its own port of fdlibm (Sun's
//! freely distributable libm; `cbrt` and `log2` come from FreeBSD's msun), not with the
//! platform's libm. glibc is more accurate but rounds differently in the last bit for some
//! arguments: `10 ** -5` is 0.000009999999999999999 in Node and 0.00001 with glibc. These are
//! ports of the same algorithms. Every rounding step is observable, so the expressions keep
//! fdlibm's exact operation order and must not be "simplified" (not even `a - b` into
//! `-(b - a)` where signed zeros could differ).
//!
//! fdlibm reads a double as two 32-bit words: the *high* word (sign, 11 exponent bits and the
//! top 20 fraction bits) and the *low* word. The high word is signed, as in C, so `high < 0`
//! tests the sign bit and comparisons of `high & 0x7FFF_FFFF` against a constant compare
//! magnitudes cheaply. Thresholds are kept as high words, as in fdlibm, because a rounded
//! decimal threshold would move the branch by an ulp.

use std::f64::consts::E;

/// The high word of `x`.
fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// The high word of `|x|`.
fn high_abs(x: f64) -> i32 {
    high(x) & 0x7FFF_FFFF
}

/// The low word of `x`.
fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

fn from_words(high: i32, low: u32) -> f64 {
    f64::from_bits((u64::from(high as u32) << 32) | u64::from(low))
}

fn with_high(x: f64, high: i32) -> f64 {
    from_words(high, low(x))
}

/// `x` cut to its 21 leading significant bits: products of such values with other short
/// values are exact, which the extra-precise algorithms below build on.
fn clear_low(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xFFFF_FFFF_0000_0000)
}

/// 2^k, for k in the normal exponent range.
fn pow2(k: i32) -> f64 {
    from_words((0x3FF + k) << 20, 0)
}

/// `x·2^n` rounded once, as C's `scalbn`. Each step multiplies by a power of two that keeps
/// the intermediate normal (so it is exact); only the last multiplication can round, and for
/// subnormal results the 2^53 in the downward step makes sure it is the only one.
fn scalbn(x: f64, n: i32) -> f64 {
    let (mut y, mut n) = (x, n);
    if n > 1023 {
        y *= pow2(1023);
        n -= 1023;
        if n > 1023 {
            y *= pow2(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        let down = pow2(-1022) * pow2(53);
        y *= down;
        n += 1022 - 53;
        if n < -1022 {
            y *= down;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * pow2(n)
}

// ---------------------------------------------------------------------------------------------
// Trigonometric argument reduction: x = n·(π/2) + y0 + y1 with |y0 + y1| ≲ π/4.

/// 2/π in 24-bit chunks: chunk i holds the bits 24i+1 ..= 24i+24 after the binary point.
const TWO_OVER_PI: [i32; 66] = [
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
    0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
    0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
    0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
    0x73A8C9, 0x60E27B, 0xC08C6B,
];

/// High words of n·π/2 for n = 1..=32: an argument with one of these high words may cancel
/// badly against n·π/2, so its reduction checks how many bits were lost.
const NPIO2_HW: [i32; 32] = [
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
];

/// 53 bits of 2/π.
const INVPIO2: f64 = f64::from_bits(0x3FE4_5F30_6DC9_C883);
/// π/2 as three 33-bit pieces (n times a piece is exact for the n of medium arguments), each
/// with the tail of π/2 beyond it.
const PIO2_1: f64 = f64::from_bits(0x3FF9_21FB_5440_0000);
const PIO2_1T: f64 = f64::from_bits(0x3DD0_B461_1A62_6331);
const PIO2_2: f64 = f64::from_bits(0x3DD0_B461_1A60_0000);
const PIO2_2T: f64 = f64::from_bits(0x3BA3_198A_2E03_7073);
const PIO2_3: f64 = f64::from_bits(0x3BA3_198A_2E00_0000);
const PIO2_3T: f64 = f64::from_bits(0x397B_839A_2520_49C1);

/// Reduces finite x with |x| > π/4. The reduction works on |x| and mirrors the result, which
/// is what fdlibm's separate negative branches compute (rounding is symmetric).
fn rem_pio2(x: f64) -> (i32, f64, f64) {
    let ix = high_abs(x);
    let t = x.abs();
    let (n, y0, y1) = if ix < 0x4002_D97C {
        reduce_near_pio2(t, ix)
    } else if ix <= 0x4139_21FB {
        reduce_medium(t, ix)
    } else {
        reduce_large(t, ix)
    };
    if x < 0.0 { (-n, -y0, -y1) } else { (n, y0, y1) }
}

/// |x| < 3π/4: n = 1. Subtracting 33+53 bits of π/2 is exact enough unless x is right at π/2,
/// where the cancellation needs 33+33+53 bits.
fn reduce_near_pio2(t: f64, ix: i32) -> (i32, f64, f64) {
    let z = t - PIO2_1;
    let (z, tail) = if ix == 0x3FF9_21FB {
        (z - PIO2_2, PIO2_2T)
    } else {
        (z, PIO2_1T)
    };
    let y0 = z - tail;
    (1, y0, (z - y0) - tail)
}

/// |x| ≲ 2^19·π/2: n = round(x·2/π), subtracted in 33-bit pieces of π/2 for as many pieces as
/// the cancellation requires (each round is good to 33 more bits).
fn reduce_medium(t: f64, ix: i32) -> (i32, f64, f64) {
    let n = (t * INVPIO2 + 0.5) as i32;
    let fnum = f64::from(n);
    let mut r = t - fnum * PIO2_1;
    let mut w = fnum * PIO2_1T;
    let mut y0 = r - w;
    if n >= 32 || ix == NPIO2_HW[n as usize - 1] {
        // How many leading bits the subtraction cancelled.
        let lost = |y: f64| (ix >> 20) - ((high(y) >> 20) & 0x7FF);
        if lost(y0) > 16 {
            (r, w) = subtract_piece(r, fnum, PIO2_2, PIO2_2T);
            y0 = r - w;
            if lost(y0) > 49 {
                (r, w) = subtract_piece(r, fnum, PIO2_3, PIO2_3T);
                y0 = r - w;
            }
        }
    }
    (n, y0, (r - y0) - w)
}

/// One more round of the medium reduction: subtracts n·piece from r and returns the new r with
/// the error term w (n·tail plus what rounding dropped).
fn subtract_piece(r: f64, fnum: f64, piece: f64, tail: f64) -> (f64, f64) {
    let w = fnum * piece;
    let reduced = r - w;
    (reduced, fnum * tail - ((r - reduced) - w))
}

/// Huge |x|: splits x into three 24-bit integer chunks scaled by 2^e0 and reduces them
/// against as many bits of 2/π as needed.
fn reduce_large(t: f64, ix: i32) -> (i32, f64, f64) {
    // e0 = ilogb(x) - 23, so z = x·2^-e0 lies in [2^23, 2^24).
    let e0 = (ix >> 20) - 1046;
    let mut z = from_words(ix - (e0 << 20), low(t));
    let mut chunks = [0.0; 3];
    for chunk in &mut chunks[..2] {
        *chunk = f64::from(z as i32);
        z = (z - *chunk) * TWO24;
    }
    chunks[2] = z;
    let len = chunks.iter().rposition(|&c| c != 0.0).map_or(0, |i| i + 1);
    rem_pio2_chunks(&chunks[..len], e0)
}

const TWO24: f64 = 16777216.0;
const TWON24: f64 = 1.0 / TWO24;

/// π/2 in 24-bit pieces.
const PIO2_CHUNKS: [f64; 8] = [
    f64::from_bits(0x3FF9_21FB_4000_0000),
    f64::from_bits(0x3E74_442D_0000_0000),
    f64::from_bits(0x3CF8_4698_8000_0000),
    f64::from_bits(0x3B78_CC51_6000_0000),
    f64::from_bits(0x39F0_1B83_8000_0000),
    f64::from_bits(0x387A_2520_4000_0000),
    f64::from_bits(0x36E3_8222_8000_0000),
    f64::from_bits(0x3569_F31D_0000_0000),
];

/// The state of fdlibm's `__kernel_rem_pio2`: the product x·(2/π) computed without its part
/// that is a multiple of 8 (which cannot affect the result), in 24-bit pieces.
struct Product<'a> {
    /// x in 24-bit integer chunks; chunk j is scaled by 2^(e0 - 24j).
    x: &'a [f64],
    /// Index of the first chunk of 2/π that matters.
    jv: usize,
    /// 2/π chunks as doubles, aligned so that `f[len - 1 + i - j]` multiplies `x[j]` in term i.
    f: [f64; 20],
    /// Terms of the product, each a sum of exact 48-bit products.
    q: [f64; 20],
    /// The product fraction in 24-bit integer pieces, least significant first.
    iq: [i32; 20],
}

/// Initial number of terms beyond the first: V8 asks fdlibm for 64-bit ("extended") precision.
const JK: usize = 4;

impl Product<'_> {
    /// Fills term i: the sum of x's chunks times the matching chunks of 2/π.
    fn compute_term(&mut self, i: usize) {
        let jx = self.x.len() - 1;
        self.f[jx + i] = f64::from(TWO_OVER_PI[self.jv + i]);
        let f = &self.f;
        self.q[i] = self
            .x
            .iter()
            .enumerate()
            .fold(0.0, |fw, (j, &xj)| fw + xj * f[jx + i - j]);
    }

    /// Carries terms 1..=jz into 24-bit integers (iq[0] least significant) and returns term 0
    /// plus the carry into it: the product's integer part and top fraction bits, times 2^-q0.
    fn distill(&mut self, jz: usize) -> f64 {
        let mut z = self.q[jz];
        for i in 0..jz {
            let fw = f64::from((TWON24 * z) as i32);
            self.iq[i] = (z - TWO24 * fw) as i32;
            z = self.q[jz - 1 - i] + fw;
        }
        z
    }
}

/// fdlibm's `__kernel_rem_pio2` for two-double output: returns n mod 8 and y0 + y1 with
/// x = n·π/2 + y0 + y1 where x = Σ chunk_j·2^(e0 - 24j).
fn rem_pio2_chunks(x: &[f64], e0: i32) -> (i32, f64, f64) {
    // Skip the chunks of 2/π whose products with x are multiples of 8: jv of them.
    let jv = ((e0 - 3) / 24).max(0);
    let mut q0 = e0 - 24 * (jv + 1);
    let mut p = Product {
        x,
        jv: jv as usize,
        f: [0.0; 20],
        q: [0.0; 20],
        iq: [0; 20],
    };
    let jx = x.len() - 1;
    // The 2/π chunks before the first term's.
    for i in 0..jx {
        p.f[i] = (p.jv + i)
            .checked_sub(jx)
            .map_or(0.0, |k| f64::from(TWO_OVER_PI[k]));
    }
    for i in 0..=JK {
        p.compute_term(i);
    }
    let mut jz = JK;
    let (mut n, mut z, ih) = loop {
        let (n, z, ih) = integer_part(&mut p, jz, q0);
        // A zero fraction with zero low pieces means the terms computed so far cancelled: add
        // terms (one per leading zero piece, plus one) and start over.
        if z == 0.0 && p.iq[JK..jz].iter().all(|&d| d == 0) {
            let k = 1 + p.iq[..JK].iter().rev().take_while(|&&d| d == 0).count();
            for i in jz + 1..=jz + k {
                p.compute_term(i);
            }
            jz += k;
            continue;
        }
        break (n, z, ih);
    };
    // Drop zero pieces at the top, or append the fraction left in z as the top piece.
    if z == 0.0 {
        jz -= 1;
        q0 -= 24;
        while p.iq[jz] == 0 {
            jz -= 1;
            q0 -= 24;
        }
    } else {
        z = scalbn(z, -q0);
        if z >= TWO24 {
            let fw = f64::from((TWON24 * z) as i32);
            p.iq[jz] = (z - TWO24 * fw) as i32;
            jz += 1;
            q0 += 24;
            p.iq[jz] = fw as i32;
        } else {
            p.iq[jz] = z as i32;
        }
    }
    n &= 7;
    let (y0, y1) = fraction_times_pio2(&mut p, jz, q0);
    if ih == 0 { (n, y0, y1) } else { (n, -y0, -y1) }
}

/// Takes the integer part (mod 8) out of the distilled product: returns n, the fraction left
/// in the leading term, and ih, non-zero when the fraction is at least 1/2 — then n is rounded
/// up and the pieces replaced by 1 - fraction, so the remainder is negative (ih gives its
/// sign).
fn integer_part(p: &mut Product, jz: usize, q0: i32) -> (i32, f64, i32) {
    let mut z = p.distill(jz);
    z = scalbn(z, q0);
    z -= 8.0 * (z * 0.125).floor();
    let mut n = z as i32;
    z -= f64::from(n);
    let mut ih = 0;
    if q0 > 0 {
        // The top piece holds integer bits too.
        let i = p.iq[jz - 1] >> (24 - q0);
        n += i;
        p.iq[jz - 1] -= i << (24 - q0);
        ih = p.iq[jz - 1] >> (23 - q0);
    } else if q0 == 0 {
        ih = p.iq[jz - 1] >> 23;
    } else if z >= 0.5 {
        ih = 2;
    }
    if ih > 0 {
        n += 1;
        let borrowed = complement(&mut p.iq[..jz]);
        // Keep the top piece to its fraction bits.
        match q0 {
            1 => p.iq[jz - 1] &= 0x7FFFFF,
            2 => p.iq[jz - 1] &= 0x3FFFFF,
            _ => {}
        }
        if ih == 2 {
            z = 1.0 - z;
            if borrowed {
                z -= scalbn(1.0, q0);
            }
        }
    }
    (n, z, ih)
}

/// Replaces the 24-bit pieces (least significant first) by 2^(24·len) minus their value;
/// returns whether they were non-zero (then the subtraction borrowed from the part above).
fn complement(pieces: &mut [i32]) -> bool {
    let mut borrow = false;
    for d in pieces {
        if borrow {
            *d = 0xFFFFFF - *d;
        } else if *d != 0 {
            borrow = true;
            *d = 0x1000000 - *d;
        }
    }
    borrow
}

/// Multiplies the fraction pieces iq[0..=jz] (top one scaled by 2^q0) by π/2 and sums the
/// products into two doubles, smallest first.
fn fraction_times_pio2(p: &mut Product, jz: usize, q0: i32) -> (f64, f64) {
    let mut fw = scalbn(1.0, q0);
    for i in (0..=jz).rev() {
        p.q[i] = fw * f64::from(p.iq[i]);
        fw *= TWON24;
    }
    let mut fq = [0.0; 20];
    for i in (0..=jz).rev() {
        let terms = (jz - i).min(JK);
        fq[jz - i] = (0..=terms).fold(0.0, |fw, k| fw + PIO2_CHUNKS[k] * p.q[i + k]);
    }
    let y0 = fq[..=jz].iter().rev().fold(0.0, |fw, &t| fw + t);
    let y1 = fq[1..=jz].iter().fold(fq[0] - y0, |fw, &t| fw + t);
    (y0, y1)
}

// ---------------------------------------------------------------------------------------------
// sin, cos, tan: reduce, then a polynomial kernel on [-π/4, π/4].

const S1: f64 = f64::from_bits(0xBFC5_5555_5555_5549);
const S2: f64 = f64::from_bits(0x3F81_1111_1110_F8A6);
const S3: f64 = f64::from_bits(0xBF2A_01A0_19C1_61D5);
const S4: f64 = f64::from_bits(0x3EC7_1DE3_57B1_FE7D);
const S5: f64 = f64::from_bits(0xBE5A_E5E6_8A2B_9CEB);
const S6: f64 = f64::from_bits(0x3DE5_D93A_5ACF_D57C);

/// sin(x + tail) for |x| ≤ π/4: x + S1·x³ + … + S6·x¹³. With a tail, sin(x + y) ≈ sin(x) +
/// (1 - x²/2)·y is folded in.
fn k_sin(x: f64, tail: Option<f64>) -> f64 {
    if high_abs(x) < 0x3E40_0000 {
        // |x| < 2^-27: sin(x) rounds to x.
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    match tail {
        None => x + v * (S1 + z * r),
        Some(y) => x - ((z * (0.5 * y - v * r) - y) - v * S1),
    }
}

const C1: f64 = f64::from_bits(0x3FA5_5555_5555_554C);
const C2: f64 = f64::from_bits(0xBF56_C16C_16C1_5177);
const C3: f64 = f64::from_bits(0x3EFA_01A0_19CB_1590);
const C4: f64 = f64::from_bits(0xBE92_7E4F_809C_52AD);
const C5: f64 = f64::from_bits(0x3E21_EE9E_BDB4_B1C4);
const C6: f64 = f64::from_bits(0xBDA8_FAE9_BE88_38D4);

/// cos(x + y) for |x| ≤ π/4: 1 - x²/2 + C1·x⁴ + … + C6·x¹⁴, corrected by -x·y.
fn k_cos(x: f64, y: f64) -> f64 {
    let ix = high_abs(x);
    if ix < 0x3E40_0000 {
        // |x| < 2^-27: cos(x) rounds to 1.
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3FD3_3333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    // For |x| ≥ 0.3, subtract x²/2 in two steps through qx ≈ x²/4 (exact differences), which
    // keeps the rounding error of the large subtraction small.
    let qx = if ix > 0x3FE9_0000 {
        0.28125
    } else {
        from_words(ix - 0x0020_0000, 0)
    };
    let hz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (hz - (z * r - x * y))
}

const T: [f64; 13] = [
    f64::from_bits(0x3FD5_5555_5555_5563),
    f64::from_bits(0x3FC1_1111_1110_FE7A),
    f64::from_bits(0x3FAB_A1BA_1BB3_41FE),
    f64::from_bits(0x3F96_64F4_8406_D637),
    f64::from_bits(0x3F82_26E3_E96E_8493),
    f64::from_bits(0x3F6D_6D22_C956_0328),
    f64::from_bits(0x3F57_DBC8_FEE0_8315),
    f64::from_bits(0x3F43_44D8_F2F2_6501),
    f64::from_bits(0x3F30_26F7_1A8D_1068),
    f64::from_bits(0x3F14_7E88_A037_92A6),
    f64::from_bits(0x3F12_B80F_32F0_A7E9),
    f64::from_bits(0xBEF3_75CB_DB60_5373),
    f64::from_bits(0x3EFB_2A70_74BF_7AD4),
];
const PIO4: f64 = f64::from_bits(0x3FE9_21FB_5444_2D18);
const PIO4_LO: f64 = f64::from_bits(0x3C81_A626_3314_5C07);

/// tan(x + y) for |x| ≤ π/4, or -1/tan(x + y) when `cot` (odd multiples of π/2): an odd
/// polynomial of degree 27 near 0, and tan(π/4 - t) = (1 - tan t)/(1 + tan t) above 0.6744.
/// (x is never exactly 0 with `cot`: no double is a multiple of π/2.)
fn k_tan(x: f64, y: f64, cot: bool) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix < 0x3E30_0000 {
        // |x| < 2^-28: tan(x) rounds to x.
        return if cot { neg_recip_sum(x, y) } else { x };
    }
    let big = ix >= 0x3FE5_9428;
    let (x, y) = if big {
        let (x, y) = if hx < 0 { (-x, -y) } else { (x, y) };
        ((PIO4 - x) + (PIO4_LO - y), 0.0)
    } else {
        (x, y)
    };
    let z = x * x;
    let w = z * z;
    // x⁵·(T1 + x²·T2 + …) split into odd and even powers of x⁴ for parallel evaluation.
    let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    let s = z * x;
    let r = y + z * (s * (r + v) + y);
    let r = r + T[0] * s;
    let w = x + r;
    if big {
        let v = if cot { -1.0 } else { 1.0 };
        let sign = if hx < 0 { -1.0 } else { 1.0 };
        return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if cot { neg_recip_sum(x, r) } else { w }
}

/// -1/(x + r), computed with x + r split into a short head and a tail so that the division's
/// rounding error is compensated.
fn neg_recip_sum(x: f64, r: f64) -> f64 {
    let w = x + r;
    let z = clear_low(w);
    let v = r - (z - x);
    let a = -1.0 / w;
    let t = clear_low(a);
    let s = 1.0 + t * z;
    t + a * (s + t * v)
}

pub fn sin(x: f64) -> f64 {
    let ix = high_abs(x);
    if ix <= 0x3FE9_21FB {
        return k_sin(x, None);
    }
    if ix >= 0x7FF0_0000 {
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => k_sin(y0, Some(y1)),
        1 => k_cos(y0, y1),
        2 => -k_sin(y0, Some(y1)),
        _ => -k_cos(y0, y1),
    }
}

pub fn cos(x: f64) -> f64 {
    let ix = high_abs(x);
    if ix <= 0x3FE9_21FB {
        return k_cos(x, 0.0);
    }
    if ix >= 0x7FF0_0000 {
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => k_cos(y0, y1),
        1 => -k_sin(y0, Some(y1)),
        2 => -k_cos(y0, y1),
        _ => k_sin(y0, Some(y1)),
    }
}

pub fn tan(x: f64) -> f64 {
    let ix = high_abs(x);
    if ix <= 0x3FE9_21FB {
        return k_tan(x, 0.0, false);
    }
    if ix >= 0x7FF0_0000 {
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    k_tan(y0, y1, n & 1 == 1)
}

// ---------------------------------------------------------------------------------------------
// Inverse trigonometric functions.

const PIO2_HI: f64 = f64::from_bits(0x3FF9_21FB_5444_2D18);
const PIO2_LO: f64 = f64::from_bits(0x3C91_A626_3314_5C07);
const PI: f64 = f64::from_bits(0x4009_21FB_5444_2D18);

const PS0: f64 = f64::from_bits(0x3FC5_5555_5555_5555);
const PS1: f64 = f64::from_bits(0xBFD4_D612_03EB_6F7D);
const PS2: f64 = f64::from_bits(0x3FC9_C155_0E88_4455);
const PS3: f64 = f64::from_bits(0xBFA4_8228_B568_8F3B);
const PS4: f64 = f64::from_bits(0x3F49_EFE0_7501_B288);
const PS5: f64 = f64::from_bits(0x3F02_3DE1_0DFD_F709);
const QS1: f64 = f64::from_bits(0xC003_3A27_1C8A_2D4B);
const QS2: f64 = f64::from_bits(0x4000_2AE5_9C59_8AC8);
const QS3: f64 = f64::from_bits(0xBFE6_066C_1B8D_0159);
const QS4: f64 = f64::from_bits(0x3FB3_B8C5_B12E_9282);

/// R(z) ≈ (asin(x) - x)/x³ for z = x² ≤ 1/4, a rational approximation p/q.
fn asin_r(z: f64) -> f64 {
    let p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    let q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    p / q
}

/// asin: x + x³·R(x²) below 1/2; above, asin(x) = π/2 - 2·asin(√((1-x)/2)).
pub fn asin(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x3FF0_0000 {
        // ±π/2 at ±1, NaN beyond (and for NaN).
        return if x.abs() == 1.0 {
            x * PIO2_HI + x * PIO2_LO
        } else {
            f64::NAN
        };
    }
    if ix < 0x3FE0_0000 {
        if ix < 0x3E40_0000 {
            return x;
        }
        return x + x * asin_r(x * x);
    }
    let t = (1.0 - x.abs()) * 0.5;
    let s = t.sqrt();
    let r = asin_r(t);
    let result = if ix >= 0x3FEF_3333 {
        // |x| > 0.975: the plain formula is accurate enough.
        PIO2_HI - (2.0 * (s + s * r) - PIO2_LO)
    } else {
        // Split s into a short head w and the correction c = √t - w to keep the bits that
        // 2·s would otherwise lose against π/4.
        let w = clear_low(s);
        let c = (t - w * w) / (s + w);
        let p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
        let q = PIO4 - 2.0 * w;
        PIO4 - (p - q)
    };
    if hx > 0 { result } else { -result }
}

/// acos: π/2 - asin(x) below 1/2; 2·asin(√((1-x)/2)) above 1/2 (with the same head/tail split
/// of the square root); π - 2·asin(√((1+x)/2)) below -1/2.
pub fn acos(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x3FF0_0000 {
        return match x {
            1.0 => 0.0,
            -1.0 => PI + 2.0 * PIO2_LO,
            _ => f64::NAN,
        };
    }
    if ix < 0x3FE0_0000 {
        if ix <= 0x3C60_0000 {
            // |x| < 2^-57
            return PIO2_HI + PIO2_LO;
        }
        return PIO2_HI - (x - (PIO2_LO - x * asin_r(x * x)));
    }
    if hx < 0 {
        let z = (1.0 + x) * 0.5;
        let s = z.sqrt();
        let w = asin_r(z) * s - PIO2_LO;
        return PI - 2.0 * (s + w);
    }
    let z = (1.0 - x) * 0.5;
    let s = z.sqrt();
    let df = clear_low(s);
    let c = (z - df * df) / (s + df);
    let w = asin_r(z) * s + c;
    2.0 * (df + w)
}

const ATAN_HI: [f64; 4] = [
    f64::from_bits(0x3FDD_AC67_0561_BB4F),
    f64::from_bits(0x3FE9_21FB_5444_2D18),
    f64::from_bits(0x3FEF_730B_D281_F69B),
    f64::from_bits(0x3FF9_21FB_5444_2D18),
];
const ATAN_LO: [f64; 4] = [
    f64::from_bits(0x3C7A_2B7F_222F_65E2),
    f64::from_bits(0x3C81_A626_3314_5C07),
    f64::from_bits(0x3C70_0788_7AF0_CBBD),
    f64::from_bits(0x3C91_A626_3314_5C07),
];
const AT: [f64; 11] = [
    f64::from_bits(0x3FD5_5555_5555_550D),
    f64::from_bits(0xBFC9_9999_9998_EBC4),
    f64::from_bits(0x3FC2_4924_9200_83FF),
    f64::from_bits(0xBFBC_71C6_FE23_1671),
    f64::from_bits(0x3FB7_45CD_C54C_206E),
    f64::from_bits(0xBFB3_B0F2_AF74_9A6D),
    f64::from_bits(0x3FB1_0D66_A0D0_3D51),
    f64::from_bits(0xBFAD_DE2D_52DE_FD9A),
    f64::from_bits(0x3FA9_7B4B_2476_0DEB),
    f64::from_bits(0xBFA2_B444_2C6A_6C2F),
    f64::from_bits(0x3F90_AD3A_E322_DA11),
];

/// atan: reduces |x| to [0, 7/16] through atan(x) = atan(c) + atan((x-c)/(1+xc)) for c in
/// {1/2, 1, 3/2, ∞}, then an odd polynomial of degree 23.
pub fn atan(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x4410_0000 {
        // |x| ≥ 2^66: ±π/2, or NaN.
        if x.is_nan() {
            return x + x;
        }
        return if hx > 0 {
            ATAN_HI[3] + ATAN_LO[3]
        } else {
            -ATAN_HI[3] - ATAN_LO[3]
        };
    }
    let (id, t) = if ix < 0x3FDC_0000 {
        if ix < 0x3E40_0000 {
            return x;
        }
        (None, x)
    } else {
        let a = x.abs();
        if ix < 0x3FE6_0000 {
            (Some(0), (2.0 * a - 1.0) / (2.0 + a))
        } else if ix < 0x3FF3_0000 {
            (Some(1), (a - 1.0) / (a + 1.0))
        } else if ix < 0x4003_8000 {
            (Some(2), (a - 1.5) / (1.0 + 1.5 * a))
        } else {
            (Some(3), -1.0 / a)
        }
    };
    let z = t * t;
    let w = z * z;
    // Σ AT[i]·z^(i+1) split into odd and even parts.
    let s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
    let s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
    match id {
        None => t - t * (s1 + s2),
        Some(id) => {
            let z = ATAN_HI[id] - ((t * (s1 + s2) - ATAN_LO[id]) - t);
            if hx < 0 { -z } else { z }
        }
    }
}

/// atan2(y, x): atan(|y/x|) placed in the quadrant of (x, y), with the IEEE special cases.
pub fn atan2(y: f64, x: f64) -> f64 {
    const PI_LO: f64 = f64::from_bits(0x3CA1_A626_3314_5C07);
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == 1.0 {
        return atan(y);
    }
    let (hx, hy) = (high(x), high(y));
    let (ix, iy) = (hx & 0x7FFF_FFFF, hy & 0x7FFF_FFFF);
    let (x_neg, y_neg) = (hx < 0, hy < 0);
    // Results with the sign of y.
    let signed = |r: f64| if y_neg { -r } else { r };
    if y == 0.0 {
        return if x_neg { signed(PI) } else { y };
    }
    if x == 0.0 {
        return signed(PIO2_HI);
    }
    if x.is_infinite() {
        return match (y.is_infinite(), x_neg) {
            (true, false) => signed(PIO4),
            (true, true) => signed(3.0 * PIO4),
            (false, false) => signed(0.0),
            (false, true) => signed(PI),
        };
    }
    if y.is_infinite() {
        return signed(PIO2_HI);
    }
    let k = (iy - ix) >> 20;
    if k > 60 {
        // |y/x| > 2^60: ±π/2 whatever the sign of x.
        return signed(PIO2_HI + 0.5 * PI_LO);
    }
    let z = if x_neg && k < -60 {
        0.0
    } else {
        atan((y / x).abs())
    };
    match (x_neg, y_neg) {
        (false, false) => z,
        (false, true) => -z,
        (true, false) => PI - (z - PI_LO),
        (true, true) => (z - PI_LO) - PI,
    }
}

// ---------------------------------------------------------------------------------------------
// Exponentials.

const LN2_HI: f64 = f64::from_bits(0x3FE6_2E42_FEE0_0000);
const LN2_LO: f64 = f64::from_bits(0x3DEA_39EF_3579_3C76);
const INVLN2: f64 = f64::from_bits(0x3FF7_1547_652B_82FE);
const O_THRESHOLD: f64 = f64::from_bits(0x4086_2E42_FEFA_39EF);
const TWO1023: f64 = f64::from_bits(0x7FE0_0000_0000_0000);

const P1: f64 = f64::from_bits(0x3FC5_5555_5555_553E);
const P2: f64 = f64::from_bits(0xBF66_C16C_16BE_BD93);
const P3: f64 = f64::from_bits(0x3F11_566A_AF25_DE2C);
const P4: f64 = f64::from_bits(0xBEBB_BD41_C5D2_6BF1);
const P5: f64 = f64::from_bits(0x3E66_3769_72BE_A4D0);

/// c = r - r²·(P1 + … + P5·r⁸), with exp(r) = 1 + r + r·c/(2 - c) on |r| ≤ ln2/2.
fn exp_c(r: f64) -> f64 {
    let t = r * r;
    r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
}

/// Reduces x (|x| > ln2/2) to k·ln2 + (hi - lo): k = ±1 up to 1.5·ln2, else round(x/ln2).
/// ln2 is split so that k·LN2_HI is exact.
fn reduce_ln2(x: f64, ix: i32) -> (i32, f64, f64) {
    let negative = x < 0.0;
    if ix < 0x3FF0_A2B2 {
        return if negative {
            (-1, x + LN2_HI, -LN2_LO)
        } else {
            (1, x - LN2_HI, LN2_LO)
        };
    }
    let k = (INVLN2 * x + if negative { -0.5 } else { 0.5 }) as i32;
    let t = f64::from(k);
    (k, x - t * LN2_HI, t * LN2_LO)
}

/// exp: x = k·ln2 + r, exp(r) from a rational approximation, scaled by 2^k.
pub fn exp(x: f64) -> f64 {
    let ix = high_abs(x);
    if ix >= 0x4086_2E42 {
        // |x| ≥ 709.78: overflow, underflow or not finite.
        if x.is_nan() {
            return x + x;
        }
        if x > O_THRESHOLD {
            return f64::INFINITY;
        }
        if x < f64::from_bits(0xC087_4910_D52D_3051) {
            return 0.0;
        }
    }
    if ix <= 0x3FD6_2E42 {
        if ix < 0x3E30_0000 {
            // |x| < 2^-28
            return 1.0 + x;
        }
        let c = exp_c(x);
        return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    if x == 1.0 {
        // V8 special-cases e: the general path gets its last bit wrong.
        return E;
    }
    let (k, hi, lo) = reduce_ln2(x, ix);
    let r = hi - lo;
    let c = exp_c(r);
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    if k >= -1021 {
        if k == 1024 {
            y * 2.0 * TWO1023
        } else {
            y * pow2(k)
        }
    } else {
        // Scale in two steps so that a subnormal result rounds once.
        y * pow2(k + 1000) * f64::from_bits(0x0170_0000_0000_0000)
    }
}

const Q1: f64 = f64::from_bits(0xBFA1_1111_1111_10F4);
const Q2: f64 = f64::from_bits(0x3F5A_01A0_19FE_5585);
const Q3: f64 = f64::from_bits(0xBF14_CE19_9EAA_DBB7);
const Q4: f64 = f64::from_bits(0x3ED0_CFCA_86E6_5239);
const Q5: f64 = f64::from_bits(0xBE8A_FDB7_6E09_C32D);

/// expm1 = exp(x) - 1 without cancellation: x = k·ln2 + r + c (c the rounding error of the
/// reduction), expm1(r) from a rational approximation, then combined with 2^k in the order
/// that loses least for each range of k.
pub fn expm1(x: f64) -> f64 {
    let ix = high_abs(x);
    let negative = x < 0.0;
    if ix >= 0x4043_687A {
        // |x| ≥ 56·ln2
        if x.is_nan() {
            return x + x;
        }
        if negative {
            return -1.0;
        }
        if x > O_THRESHOLD {
            return f64::INFINITY;
        }
    }
    let (k, r, c) = if ix > 0x3FD6_2E42 {
        let (k, hi, lo) = reduce_ln2(x, ix);
        let r = hi - lo;
        (k, r, (hi - r) - lo)
    } else if ix < 0x3C90_0000 {
        // |x| < 2^-54
        return x;
    } else {
        (0, x, 0.0)
    };
    let hfx = 0.5 * r;
    let hxs = r * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let e = hxs * ((r1 - t) / (6.0 - r * t));
    if k == 0 {
        return r - (r * e - hxs);
    }
    // expm1(r) = r - e; fold in the reduction error c.
    let e = (r * (e - c) - c) - hxs;
    match k {
        -1 => 0.5 * (r - e) - 0.5,
        1 if r < -0.25 => -2.0 * (e - (r + 0.5)),
        1 => 1.0 + 2.0 * (r - e),
        _ if k <= -2 || k > 56 => {
            let y = 1.0 - (e - r);
            let y = if k == 1024 {
                y * 2.0 * TWO1023
            } else {
                y * pow2(k)
            };
            y - 1.0
        }
        _ if k < 20 => {
            // 1 - 2^-k is exact here.
            let t = from_words(0x3FF0_0000 - (0x0020_0000 >> k), 0);
            (t - (e - r)) * pow2(k)
        }
        _ => ((r - (e + pow2(-k))) + 1.0) * pow2(k),
    }
}

/// cosh: 1 + expm1²/(2·exp) near 0, (exp + 1/exp)/2 up to 22, exp/2 beyond, with exp(x/2)²
/// near overflow.
pub fn cosh(x: f64) -> f64 {
    let ix = high_abs(x);
    let a = x.abs();
    if ix < 0x3FD6_2E43 {
        let t = expm1(a);
        let w = 1.0 + t;
        if ix < 0x3C80_0000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x4036_0000 {
        let t = exp(a);
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2E42 {
        return 0.5 * exp(a);
    }
    if a <= 710.4758600739439 {
        let w = exp(0.5 * a);
        let t = 0.5 * w;
        return t * w;
    }
    if x.is_finite() { f64::INFINITY } else { x * x }
}

/// sinh: (E + E/(E+1))/2 with E = expm1(|x|) up to 22, exp/2 beyond, exp(x/2)² near overflow.
pub fn sinh(x: f64) -> f64 {
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    let a = x.abs();
    if a < 22.0 {
        if a < f64::from_bits(0x3E30_0000_0000_0000) {
            // |x| < 2^-28
            return x;
        }
        let t = expm1(a);
        if a < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if a < 709.7822265625 {
        return h * exp(a);
    }
    if a <= 710.4758600739439 {
        let w = exp(0.5 * a);
        let t = h * w;
        return t * w;
    }
    // Overflow with the sign of x, or NaN.
    x * 1e307
}

/// tanh: -t/(t+2) with t = expm1(-2|x|) below 1, 1 - 2/(t+2) with t = expm1(2|x|) up to 22,
/// ±1 beyond.
pub fn tanh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ix = high_abs(x);
    let z = if ix < 0x4036_0000 {
        if ix < 0x3E30_0000 {
            // |x| < 2^-28
            return x;
        }
        if ix >= 0x3FF0_0000 {
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if x < 0.0 { -z } else { z }
}

// ---------------------------------------------------------------------------------------------
// Logarithms: x = 2^k·(1+f) with √2/2 < 1+f < √2, then log(1+f) from s = f/(2+f), as
// log(1+f) = 2s + 2s³/3 + 2s⁵/5 + … = 2s + s·R(s²).

const LG1: f64 = f64::from_bits(0x3FE5_5555_5555_5593);
const LG2: f64 = f64::from_bits(0x3FD9_9999_9997_FA04);
const LG3: f64 = f64::from_bits(0x3FD2_4924_9422_9359);
const LG4: f64 = f64::from_bits(0x3FCC_71C5_1D8E_78AF);
const LG5: f64 = f64::from_bits(0x3FC7_4664_96CB_03DE);
const LG6: f64 = f64::from_bits(0x3FC3_9A09_D078_C69F);
const LG7: f64 = f64::from_bits(0x3FC2_F112_DF3E_5244);
const TWO54: f64 = 18014398509481984.0;

/// R(s²) for log(1+f) = 2s + s·R, evaluated as odd and even parts in parallel.
fn log_r(s: f64) -> f64 {
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    t2 + t1
}

/// The result of the log family for the arguments that need no computation: -∞ at ±0, NaN
/// below 0 and for NaN, +∞ at +∞.
fn log_special(x: f64) -> Option<f64> {
    if x == 0.0 {
        Some(f64::NEG_INFINITY)
    } else if x < 0.0 || x.is_nan() {
        Some(f64::NAN)
    } else if x.is_infinite() {
        Some(x)
    } else {
        None
    }
}

/// Splits positive finite x into (k, f, m): x = 2^k·(1+f) with √2/2 < 1+f < √2, and m the 20
/// high fraction bits of x (which tell how close 1+f is to the ends of the interval).
fn log_reduce(x: f64) -> (i32, f64, i32) {
    let (x, k) = if x < f64::MIN_POSITIVE {
        (x * TWO54, -54)
    } else {
        (x, 0)
    };
    let hx = high(x);
    let m = hx & 0x000F_FFFF;
    // i is 2^20 when the fraction is above √2 - 1: then halve 1+f and count one more in k.
    let i = (m + 0x95F64) & 0x0010_0000;
    let x = with_high(x, m | (i ^ 0x3FF0_0000));
    (k + (hx >> 20) - 1023 + (i >> 20), x - 1.0, m)
}

/// Natural logarithm (fdlibm's e_log.c): log(x) = k·ln2_hi + (f - (hfsq - (s·(hfsq + R) +
/// k·ln2_lo))), with ln2 split so that k·ln2_hi is exact.
pub fn log(x: f64) -> f64 {
    if let Some(r) = log_special(x) {
        return r;
    }
    let (k, f, m) = log_reduce(x);
    let dk = f64::from(k);
    if (0x000F_FFFF & (2 + m)) < 3 {
        // |f| < 2^-20: a short series suffices.
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                dk * LN2_HI + dk * LN2_LO
            };
        }
        let r = f * f * (0.5 - 1.0 / 3.0 * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - dk * LN2_LO) - f)
        };
    }
    let s = f / (2.0 + f);
    let r = log_r(s);
    if (m - 0x6147A) | (0x6B851 - m) > 0 {
        // 1+f far from 1: subtract f²/2 separately for accuracy.
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

const LP: [f64; 7] = [LG1, LG2, LG3, LG4, LG5, LG6, LG7];

/// log1p: reduces 1+x like log, plus a correction c/u for the rounding of u = 1+x.
pub fn log1p(x: f64) -> f64 {
    let hx = high(x);
    let ax = hx & 0x7FFF_FFFF;
    if x.is_nan() || x == f64::INFINITY {
        return x + x;
    }
    if hx < 0x3FDA_827A {
        // 1+x < √2
        if ax >= 0x3FF0_0000 {
            return if x == -1.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            };
        }
        if ax < 0x3E20_0000 {
            // |x| < 2^-29: x - x²/2, which rounds to x below 2^-54.
            return if ax < 0x3C90_0000 { x } else { x - x * x * 0.5 };
        }
    }
    let (k, f, c, hu) = if hx < 0x3FDA_827A && (hx > 0 || hx <= 0xBFD2_BEC4_u32 as i32) {
        // √2/2 ≤ 1+x < √2: f = x exactly.
        (0, x, 0.0, 1)
    } else {
        reduce_1p(x, hx)
    };
    let dk = f64::from(k);
    let hfsq = 0.5 * f * f;
    if hu == 0 {
        // |f| < 2^-20
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                dk * LN2_HI + (c + dk * LN2_LO)
            };
        }
        let r = hfsq * (1.0 - 2.0 / 3.0 * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f)
        };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z
        * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}

/// Reduction for log1p when 1+x is outside [√2/2, √2): u = 1+x = 2^k·(1+f), c the rounding
/// error of u relative to u (zero when x ≥ 2^53 and u = x), and hu zero iff |f| < 2^-20.
fn reduce_1p(x: f64, hx: i32) -> (i32, f64, f64, i32) {
    let (u, c) = if hx < 0x4340_0000 {
        let u = 1.0 + x;
        let c = if high(u) >> 20 > 1023 {
            1.0 - (u - x)
        } else {
            x - (u - 1.0)
        };
        (u, c / u)
    } else {
        (x, 0.0)
    };
    let hu = high(u);
    let k = (hu >> 20) - 1023;
    let hu = hu & 0x000F_FFFF;
    if hu < 0x6A09E {
        (k, with_high(u, hu | 0x3FF0_0000) - 1.0, c, hu)
    } else {
        (
            k + 1,
            with_high(u, hu | 0x3FE0_0000) - 1.0,
            c,
            (0x0010_0000 - hu) >> 2,
        )
    }
}

/// log(1+f) - f + f²/2 for 1+f in [√2/2, √2] (FreeBSD's k_log1p): the part of the logarithm
/// beyond its first two terms, for callers that add those in extra precision.
fn k_log1p(f: f64) -> f64 {
    let s = f / (2.0 + f);
    let hfsq = 0.5 * f * f;
    s * (hfsq + log_r(s))
}

/// Base-2 logarithm (FreeBSD's e_log2.c): (f - f²/2 + k_log1p(f))/ln2 + k, with f - f²/2 split
/// into hi + lo and the products and the final sum done in extra precision.
pub fn log2(x: f64) -> f64 {
    const IVLN2HI: f64 = f64::from_bits(0x3FF7_1547_6520_0000);
    const IVLN2LO: f64 = f64::from_bits(0x3DE7_05FC_2EEF_A200);
    if let Some(r) = log_special(x) {
        return r;
    }
    if x == 1.0 {
        return 0.0;
    }
    let (k, f, _) = log_reduce(x);
    let y = f64::from(k);
    let hfsq = 0.5 * f * f;
    let r = k_log1p(f);
    let hi = clear_low(f - hfsq);
    let lo = (f - hi) - hfsq + r;
    let val_hi = hi * IVLN2HI;
    let val_lo = (lo + hi) * IVLN2LO + lo * IVLN2HI;
    // y + val_hi with its rounding error moved into val_lo.
    let w = y + val_hi;
    let val_lo = val_lo + ((y - w) + val_hi);
    val_lo + w
}

/// Base-10 logarithm (fdlibm's e_log10.c): n·log10(2) + log(x/2^n)/ln10, with n = ilogb(x)
/// (plus one when negative, so that x/2^n stays above 1/2) and log10(2) split in hi + lo.
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = f64::from_bits(0x3FDB_CB7B_1526_E50E);
    const LOG10_2HI: f64 = f64::from_bits(0x3FD3_4413_509F_6000);
    const LOG10_2LO: f64 = f64::from_bits(0x3D59_FEF3_11F1_2B36);
    if let Some(r) = log_special(x) {
        return r;
    }
    if x == 1.0 {
        return 0.0;
    }
    let (x, k) = if x < f64::MIN_POSITIVE {
        (x * TWO54, -54)
    } else {
        (x, 0)
    };
    let hx = high(x);
    let k = k + (hx >> 20) - 1023;
    let i = i32::from(k < 0);
    let y = f64::from(k + i);
    let x = with_high(x, (hx & 0x000F_FFFF) | ((0x3FF - i) << 20));
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

// ---------------------------------------------------------------------------------------------
// Inverse hyperbolic functions, through log and log1p.

const LN2: f64 = f64::from_bits(0x3FE6_2E42_FEFA_39EF);

/// acosh(x) = log(x + √(x²-1)): log(x) + ln2 for huge x, log(2x - 1/(x + √(x²-1))) above 2,
/// log1p(t + √(2t + t²)) with t = x - 1 below.
pub fn acosh(x: f64) -> f64 {
    let hx = high(x);
    if hx < 0x3FF0_0000 {
        return f64::NAN;
    }
    if hx >= 0x41B0_0000 {
        // x ≥ 2^28, +∞ or NaN.
        return if hx >= 0x7FF0_0000 {
            x + x
        } else {
            log(x) + LN2
        };
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + (t - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// asinh(x) = sign(x)·log(|x| + √(x²+1)), in the same three ranges as acosh.
pub fn asinh(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 {
        return x + x;
    }
    if ix < 0x3E30_0000 {
        // |x| < 2^-28
        return x;
    }
    let a = x.abs();
    let w = if ix > 0x41B0_0000 {
        log(a) + LN2
    } else if ix > 0x4000_0000 {
        log(2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a))
    } else {
        let t = x * x;
        log1p(a + t / (1.0 + (1.0 + t).sqrt()))
    };
    if hx > 0 { w } else { -w }
}

/// atanh(x) = sign(x)·log1p(2|x|/(1-|x|))/2, with 2|x| + 2x²/(1-|x|) below 1/2.
pub fn atanh(x: f64) -> f64 {
    let ix = high_abs(x);
    if x.is_nan() || x.abs() > 1.0 {
        return f64::NAN;
    }
    if ix == 0x3FF0_0000 {
        return if x > 0.0 {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        };
    }
    if ix < 0x3E30_0000 {
        // |x| < 2^-28
        return x;
    }
    let a = x.abs();
    let t = if ix < 0x3FE0_0000 {
        let t = a + a;
        0.5 * log1p(t + t * a / (1.0 - a))
    } else {
        0.5 * log1p((a + a) / (1.0 - a))
    };
    if x < 0.0 { -t } else { t }
}

// ---------------------------------------------------------------------------------------------
// cbrt (FreeBSD's s_cbrt.c).

/// cbrt: a 5-bit estimate from the exponent, a polynomial to 23 bits, then one Newton step to
/// 53 bits.
pub fn cbrt(x: f64) -> f64 {
    // (1023 - 1023/3 - 0.03306235651)·2^20, and the same for inputs prescaled by 2^54.
    const B1: i32 = 715094163;
    const B2: i32 = 696219795;
    const CP: [f64; 5] = [
        f64::from_bits(0x3FFE_03E6_0F61_E692),
        f64::from_bits(0xBFFE_28E0_92F0_2420),
        f64::from_bits(0x3FF9_F160_4A49_D6C2),
        f64::from_bits(0xBFE8_44CB_BEE7_51D9),
        f64::from_bits(0x3FC2_B000_D4E4_EDD7),
    ];
    let hx = high(x);
    let sign = hx & i32::MIN;
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 || x == 0.0 {
        return x + x;
    }
    // Dividing the biased exponent by 3 (with a bias tuned for the error) gives cbrt to about
    // 1/32 relative error; subnormals are scaled by 2^54 first.
    let t = if ix < 0x0010_0000 {
        from_words(sign | (high_abs(x * TWO54) / 3 + B2), 0)
    } else {
        from_words(sign | (ix / 3 + B1), 0)
    };
    // cbrt(x) = t·cbrt(x/t³) ≈ t·P(t³/x), P approximating 1/cbrt(r) near 1 to 23 bits.
    let r = (t * t) * (t / x);
    let t = t * ((CP[0] + r * (CP[1] + r * CP[2])) + ((r * r) * r) * (CP[3] + r * CP[4]));
    // Round t away from zero to 23 bits, so that t·t below is exact and t is above cbrt(x).
    let t = f64::from_bits((t.to_bits() + 0x8000_0000) & 0xFFFF_FFFF_C000_0000);
    // One Newton step: t + t·(x/t² - t)/(2t + x/t²).
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t + t * r
}

// ---------------------------------------------------------------------------------------------
// pow (fdlibm's e_pow.c as V8 uses it): x^y = 2^(y·log2(x)), with log2(x) computed to about 64
// bits as t1 + t2 and y·log2(x) split into an integer n and a fraction.

/// Whether y is an integer, and its parity (which decides the sign of a negative base's power).
#[derive(PartialEq, Eq, Clone, Copy)]
enum Parity {
    NonInteger,
    Odd,
    Even,
}

fn parity(y: f64) -> Parity {
    if y.trunc() != y {
        Parity::NonInteger
    } else if (y % 2.0).abs() == 1.0 {
        Parity::Odd
    } else {
        Parity::Even
    }
}

/// x^y. Unlike C's pow, 1^NaN and (±1)^±∞ are NaN, as JavaScript requires.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 {
        return 1.0;
    }
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if let Some(r) = pow_special_exponent(x, y) {
        return r;
    }
    let parity = parity(y);
    if let Some(r) = pow_special_base(x, y, parity) {
        return r;
    }
    if x < 0.0 && parity == Parity::NonInteger {
        return f64::NAN;
    }
    let sign = if x < 0.0 && parity == Parity::Odd {
        -1.0
    } else {
        1.0
    };
    let ix = high_abs(x);
    if high_abs(y) > 0x43F0_0000 {
        // |y| > 2^64 (an even integer): x is not ±1, so the power over- or underflows.
        return out_of_range(ix > 0x3FEF_FFFF, y);
    }
    let (t1, t2) = if high_abs(y) > 0x41E0_0000 {
        // |y| > 2^31: the power over- or underflows unless x is within 2^-20 of 1.
        if !(0x3FEF_FFFF..=0x3FF0_0000).contains(&ix) {
            return sign * out_of_range(ix > 0x3FF0_0000, y);
        }
        log2_near_one(x.abs())
    } else {
        log2_extended(x.abs())
    };
    sign * exp2_product(y, t1, t2)
}

/// The magnitude |x|^y takes when it leaves the double range: ∞ if it grows (|x| > 1 and y > 0,
/// or |x| < 1 and y < 0), else 0.
fn out_of_range(above_one: bool, y: f64) -> f64 {
    if above_one == (y > 0.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// y = ±∞, ±1, 2 and 1/2 (for x ≥ 0).
fn pow_special_exponent(x: f64, y: f64) -> Option<f64> {
    match y {
        f64::INFINITY | f64::NEG_INFINITY if x.abs() == 1.0 => Some(f64::NAN),
        f64::INFINITY | f64::NEG_INFINITY => Some(out_of_range(x.abs() > 1.0, y)),
        1.0 => Some(x),
        -1.0 => Some(1.0 / x),
        2.0 => Some(x * x),
        0.5 if high(x) >= 0 => Some(x.sqrt()),
        _ => None,
    }
}

/// x = ±0, ±∞ and ±1: |x|^y is 0, ∞ or 1, negated for a negative x and odd y; (-1)^y for
/// non-integer y is NaN.
fn pow_special_base(x: f64, y: f64, parity: Parity) -> Option<f64> {
    let ax = x.abs();
    if !(ax == 0.0 || ax == 1.0 || ax.is_infinite()) {
        return None;
    }
    let z = if y < 0.0 { 1.0 / ax } else { ax };
    Some(if x.is_sign_positive() {
        z
    } else if ax == 1.0 && parity == Parity::NonInteger {
        f64::NAN
    } else if parity == Parity::Odd {
        -z
    } else {
        z
    })
}

const IVLN2: f64 = f64::from_bits(0x3FF7_1547_652B_82FE);
/// 1/ln2 to 24 bits, and the rest.
const IVLN2_H: f64 = f64::from_bits(0x3FF7_1547_6000_0000);
const IVLN2_L: f64 = f64::from_bits(0x3E54_AE0B_F85D_DF44);

/// log2(x) as t1 + t2 (t1 short) for x within 2^-20 of 1, from the series
/// log(x) = t - t²/2 + t³/3 - t⁴/4 with t = x - 1.
fn log2_near_one(ax: f64) -> (f64, f64) {
    let t = ax - 1.0;
    let w = (t * t) * (0.5 - t * (1.0 / 3.0 - t * 0.25));
    let u = IVLN2_H * t;
    let v = t * IVLN2_L - w * IVLN2;
    let t1 = clear_low(u + v);
    (t1, v - (t1 - u))
}

/// log2(ax) as t1 + t2 (t1 short) to about 64 bits: ax = 2^n·m with m in [1, 2) (or m/2 when
/// above √3, bumping n), then log2(m) = log2(b) + log2((m-b)/(m+b)) expansion around b = 1 or
/// 1.5, whichever is closer, with s = (m-b)/(m+b) carried as s_h + s_l.
fn log2_extended(ax: f64) -> (f64, f64) {
    const BP: [f64; 2] = [1.0, 1.5];
    // log2(1.5) as a short head and a tail.
    const DP_H: [f64; 2] = [0.0, f64::from_bits(0x3FE2_B803_4000_0000)];
    const DP_L: [f64; 2] = [0.0, f64::from_bits(0x3E4C_FDEB_43CF_D006)];
    // 2/(3·ln2) as a rounded value, a short head and its tail.
    const CP: f64 = f64::from_bits(0x3FEE_C709_DC3A_03FD);
    const CP_H: f64 = f64::from_bits(0x3FEE_C709_E000_0000);
    const CP_L: f64 = f64::from_bits(0xBE3E_2FE0_145B_01F5);
    const L: [f64; 6] = [
        f64::from_bits(0x3FE3_3333_3333_3303),
        f64::from_bits(0x3FDB_6DB6_DB6F_ABFF),
        f64::from_bits(0x3FD5_5555_518F_264D),
        f64::from_bits(0x3FD1_7460_A91D_4101),
        f64::from_bits(0x3FCD_864A_93C9_DB65),
        f64::from_bits(0x3FCA_7E28_4A45_4EEF),
    ];
    let (ax, mut n) = if ax < f64::MIN_POSITIVE {
        (ax * TWO53, -53)
    } else {
        (ax, 0)
    };
    let ix = high(ax);
    n += (ix >> 20) - 0x3FF;
    let j = ix & 0x000F_FFFF;
    let (k, ix) = if j <= 0x3988E {
        (0, j | 0x3FF0_0000) // m < √(3/2)
    } else if j < 0xBB67A {
        (1, j | 0x3FF0_0000) // m < √3
    } else {
        n += 1;
        (0, (j | 0x3FF0_0000) - 0x0010_0000)
    };
    let m = with_high(ax, ix);
    // s = s_h + s_l = (m - b)/(m + b), with t_h a short head of m + b.
    let u = m - BP[k];
    let v = 1.0 / (m + BP[k]);
    let ss = u * v;
    let s_h = clear_low(ss);
    let t_h = from_words(
        ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + ((k as i32) << 18),
        0,
    );
    let t_l = m - (t_h - BP[k]);
    let s_l = v * ((u - s_h * t_h) - s_h * t_l);
    // log(m/b) = 2s + 2s³/3 + …; computed here as (3 + s² + r)·s·2/(3·ln2) in pieces.
    let s2 = ss * ss;
    let mut r =
        s2 * s2 * (L[0] + s2 * (L[1] + s2 * (L[2] + s2 * (L[3] + s2 * (L[4] + s2 * L[5])))));
    r += s_l * (s_h + ss);
    let s2 = s_h * s_h;
    let t_h = clear_low(3.0 + s2 + r);
    let t_l = r - ((t_h - 3.0) - s2);
    let u = s_h * t_h;
    let v = s_l * t_h + t_l * ss;
    let p_h = clear_low(u + v);
    let p_l = v - (p_h - u);
    let z_h = CP_H * p_h;
    let z_l = CP_L * p_h + p_l * CP + DP_L[k];
    // log2(ax) = n + log2(b) + z_h + z_l
    let t = f64::from(n);
    let t1 = clear_low(((z_h + z_l) + DP_H[k]) + t);
    (t1, z_l - (((t1 - t) - DP_H[k]) - z_h))
}

const TWO53: f64 = 9007199254740992.0;

/// 2^(y·(t1 + t2)): the product split as p_h + p_l with p_h = y1·t1 exact (y1 being y's short
/// head), checked for overflow, then 2^n·2^f with n the nearest integer and f evaluated as
/// exp(f·ln2) with the same rational approximation as exp.
fn exp2_product(y: f64, t1: f64, t2: f64) -> f64 {
    // -(1024 - log2(MAX + ulp/2)): the largest tail that does not overflow at exponent 1024.
    const OVT: f64 = f64::from_bits(0x3C97_1547_652B_82FE);
    const LG2_H: f64 = f64::from_bits(0x3FE6_2E43_0000_0000);
    const LG2_L: f64 = f64::from_bits(0xBE20_5C61_0CA8_6C39);
    let y1 = clear_low(y);
    let p_l = (y - y1) * t1 + y * t2;
    let mut p_h = y1 * t1;
    let z = p_l + p_h;
    if z >= 1024.0 && (z > 1024.0 || p_l + OVT > z - p_h) {
        return f64::INFINITY;
    }
    if z <= -1075.0 && (z < -1075.0 || p_l <= z - p_h) {
        return 0.0;
    }
    // n = nearest integer to z, taken out of p_h (exactly, through the bit pattern).
    let j = high(z);
    let i = j & 0x7FFF_FFFF;
    let mut n = 0;
    if i > 0x3FE0_0000 {
        let rounded = j + (0x0010_0000 >> ((i >> 20) - 0x3FF + 1));
        let k = ((rounded & 0x7FFF_FFFF) >> 20) - 0x3FF;
        p_h -= from_words(rounded & !(0x000F_FFFF >> k), 0);
        n = ((rounded & 0x000F_FFFF) | 0x0010_0000) >> (20 - k);
        if j < 0 {
            n = -n;
        }
    }
    // 2^f = exp(f·ln2) with f·ln2 = z + w computed in extra precision.
    let t = clear_low(p_l + p_h);
    let u = t * LG2_H;
    let v = (p_l - (t - p_h)) * LN2 + t * LG2_L;
    let z = u + v;
    let w = v - (z - u);
    let t1 = exp_c(z);
    let r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    let z = 1.0 - (r - z);
    // Scale by 2^n in the exponent field, through scalbn when the result is subnormal.
    let scaled_high = high(z) + (n << 20);
    if scaled_high >> 20 <= 0 {
        scalbn(z, n)
    } else {
        with_high(z, scaled_high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values printed by Node 20 (as bit patterns, via Float64Array).
    #[test]
    fn matches_node() {
        let cases: [(f64, u64); 7] = [
            (pow(10.0, -5.0), 0x3EE4_F8B5_88E3_68F0),
            (pow(10.0, 23.0), 0x44B5_2D02_C7E1_4AF6),
            (sin(1e300), 0xBFEA_2C16_B010_E385),
            (tan(1e22), 0xBFFA_0F79_C1B6_B258),
            (exp(1.0), 0x4005_BF0A_8B14_5769),
            (cbrt(3.0), 0x3FF7_1374_4912_3EF6),
            (log10(1000.0), 0x4008_0000_0000_0000),
        ];
        for (i, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got.to_bits(), want, "case {i}");
        }
    }

    #[test]
    fn javascript_pow_special_cases() {
        assert!(pow(1.0, f64::NAN).is_nan());
        assert!(pow(-1.0, f64::INFINITY).is_nan());
        assert!(pow(1.0, f64::NEG_INFINITY).is_nan());
        assert_eq!(pow(f64::NAN, 0.0), 1.0);
        assert_eq!(pow(-0.0, 0.5).to_bits(), 0);
        assert_eq!(pow(f64::NEG_INFINITY, 0.5), f64::INFINITY);
        assert_eq!(pow(-0.0, -3.0), f64::NEG_INFINITY);
        assert!(pow(-8.0, 1.0 / 3.0).is_nan());
    }
}
