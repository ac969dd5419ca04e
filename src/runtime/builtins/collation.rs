//! String.prototype.localeCompare: the Unicode Collation Algorithm in a
//! small form shaped after the root collation ICU gives Node (without
//! ICU's tables). Both strings are decomposed (NFD) into collation
//! elements with three weights, compared level by level:
//! - primary: the base character — whitespace, then punctuation and
//!   symbols (in the root order for ASCII), digits, Latin letters
//!   alphabetically, then other letters by code point;
//! - secondary: accents (combining marks, in the root order of the common
//!   ones; a stroke as in `ø`, `ł`);
//! - tertiary: case, lowercase first; and expansions (`ß` after `ss`).
//!
//! So `a < A < á < b`, `résumé > Resume`, `'o\u0308'` equals `'ö'`, and
//! controls such as NUL are ignored. Letters outside Latin sort by code
//! point, which matches the root order between most scripts but not the
//! fine order within them.

use std::cmp::Ordering;

use super::string::{Form, normalize_units};

/// Punctuation and symbols of ASCII in the root collation's order (after
/// the whitespace; other symbols, then currency signs, then the digits
/// follow).
const ASCII_SYMBOLS: &str = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~";

/// Secondary weights: unaccented, then the common combining marks in the
/// root order, a stroke, and any other mark by code point.
const COMMON: u32 = 1;
const MARKS: [u32; 16] = [
    0x301, 0x300, 0x306, 0x302, 0x30C, 0x30A, 0x308, 0x30B, 0x303, 0x307, 0x327, 0x328, 0x304,
    0x323, 0x331, 0x335,
];
const STROKE: u32 = 0x335;

/// Primary weight ranges, in order.
const WHITESPACE: u32 = 0x100;
const SYMBOLS: u32 = 0x200;
const OTHER_SYMBOLS: u32 = 0x300;
const CURRENCY: u32 = 0x1_8000;
const DIGITS: u32 = 0x2_0000;
const LATIN: u32 = 0x2_1000;
const OTHER_LETTERS: u32 = 0x3_0000;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Element {
    primary: u32,
    secondary: u32,
    tertiary: u32,
}

/// The three-way comparison of `a` and `b`.
pub fn compare(a: &[u16], b: &[u16]) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (a, b) = (elements(a), elements(b));
    let level = |f: fn(&Element) -> u32, a: &[Element], b: &[Element]| {
        let weights = |e: &[Element]| e.iter().map(f).filter(|&w| w != 0).collect::<Vec<_>>();
        weights(a).cmp(&weights(b))
    };
    level(|e| e.primary, &a, &b)
        .then_with(|| level(|e| e.secondary, &a, &b))
        .then_with(|| level(|e| e.tertiary, &a, &b))
}

fn elements(units: &[u16]) -> Vec<Element> {
    let decomposed = normalize_units(units, Form::Nfd);
    let mut out = Vec::with_capacity(decomposed.len());
    for c in char::decode_utf16(decomposed.iter().copied()) {
        let c = c.unwrap_or('\u{FFFD}');
        push_elements(c, &mut out);
    }
    out
}

fn push_elements(c: char, out: &mut Vec<Element>) {
    let code = c as u32;
    if is_combining_mark(code) {
        out.push(Element {
            primary: 0,
            secondary: mark_weight(code),
            tertiary: 0,
        });
        return;
    }
    if is_ignorable(code) {
        return;
    }
    // Letters the decomposition leaves whole: a base letter and a stroke,
    // or an expansion into two letters (tertiary: after the plain ones).
    let (letters, stroke): (&[char], bool) = match c {
        'ß' => (&['s', 's'], false),
        'æ' | 'Æ' => (&['a', 'e'], false),
        'œ' | 'Œ' => (&['o', 'e'], false),
        'ø' | 'Ø' => (&['o'], true),
        'đ' | 'Đ' => (&['d'], true),
        'ł' | 'Ł' => (&['l'], true),
        'ħ' | 'Ħ' => (&['h'], true),
        _ => (&[], false),
    };
    if !letters.is_empty() {
        let tertiary = tertiary(c, true);
        for &l in letters {
            out.push(Element {
                primary: primary(l),
                secondary: COMMON,
                tertiary,
            });
        }
        if stroke {
            out.push(Element {
                primary: 0,
                secondary: mark_weight(STROKE),
                tertiary: 0,
            });
        }
        return;
    }
    out.push(Element {
        primary: primary(c),
        secondary: COMMON,
        tertiary: tertiary(c, false),
    });
}

/// Expansion, then case: `ss < sS < SS < ß`, `ae < AE < æ < Æ`.
fn tertiary(c: char, expansion: bool) -> u32 {
    1 + u32::from(c.is_uppercase()) + 2 * u32::from(expansion)
}

fn primary(c: char) -> u32 {
    let code = c as u32;
    match c {
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' => WHITESPACE + code,
        c if c.is_whitespace() => WHITESPACE + 0x20,
        '0'..='9' => DIGITS + (code - '0' as u32),
        c if c.is_ascii_alphabetic() => LATIN + (c.to_ascii_lowercase() as u32 - 'a' as u32) * 2,
        c if c.is_alphanumeric() => OTHER_LETTERS + lowercase(c),
        '$' | '\u{a2}'..='\u{a5}' | '\u{20a0}'..='\u{20cf}' => CURRENCY + code,
        c => match ASCII_SYMBOLS.find(c) {
            Some(i) => SYMBOLS + i as u32,
            None => OTHER_SYMBOLS + code,
        },
    }
}

fn lowercase(c: char) -> u32 {
    c.to_lowercase().next().unwrap_or(c) as u32
}

fn mark_weight(code: u32) -> u32 {
    match MARKS.iter().position(|&m| m == code) {
        Some(i) => 0x10 + i as u32,
        None => 0x100 + code,
    }
}

/// Nonspacing combining marks (the common blocks).
fn is_combining_mark(code: u32) -> bool {
    matches!(code, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Characters the root collation ignores: controls (other than the
/// whitespace ones) and format characters such as zero-width spaces.
fn is_ignorable(code: u32) -> bool {
    matches!(code, 0x0..=0x8 | 0xE..=0x1F | 0x7F..=0x9F | 0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut units: Vec<Vec<u16>> = words.iter().map(|w| w.encode_utf16().collect()).collect();
        units.sort_by(|a, b| compare(a, b));
        units.iter().map(|u| String::from_utf16_lossy(u)).collect()
    }

    #[test]
    fn root_order_of_case_accents_and_symbols() {
        assert_eq!(
            sorted(&["b", "A", "a", "B", "é", "e", "Z", "z"]),
            ["a", "A", "b", "B", "e", "é", "z", "Z"]
        );
        assert_eq!(
            sorted(&["a", "á", "à", "â", "ä", "ã", "ā", "å"]),
            ["a", "á", "à", "â", "å", "ä", "ã", "ā"]
        );
        assert_eq!(
            sorted(&["ab", "a b", "a-b", "a_b", "a.b", "Ab"]),
            ["a b", "a_b", "a-b", "a.b", "ab", "Ab"]
        );
        assert_eq!(
            sorted(&["ß", "st", "ss", "ł", "l", "m"]),
            ["l", "ł", "m", "ss", "ß", "st"]
        );
        let units = |s: &str| s.encode_utf16().collect::<Vec<_>>();
        assert_eq!(compare(&units("o\u{308}"), &units("ö")), Ordering::Equal);
        assert_eq!(compare(&units("a"), &units("a\u{0}")), Ordering::Equal);
        assert_eq!(compare(&units("côte"), &units("coté")), Ordering::Greater);
    }
}
