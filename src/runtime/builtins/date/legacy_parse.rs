//! Date.parse for strings outside the Date Time String Format, accepting
//! what V8 accepts: `toString` and `toUTCString` output (which the spec
//! requires to round-trip), `March 7, 2024`, `7 Mar 2024 10:20 PM`,
//! `2024/03/07`, `03/07/2024`, `2024-03-07 10:20:30`, …
//!
//! The string is read as tokens. Numbers before a `:` form the time;
//! other numbers are up to three date components, placed by whether a
//! month was named and whether the first can be a day. Words name a
//! month, AM/PM or a time zone; any other word is skipped before the
//! first number and rejects the string after it. Text in parentheses is a
//! comment. Without a zone the time is local.

use super::{MONTHS, make_date, make_day, make_time};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Token<'a> {
    Number { value: i64, digits: usize },
    Word(&'a [u8]),
    Symbol(u8),
    Space,
}

fn tokenize(s: &[u8]) -> Option<Vec<Token<'_>>> {
    let mut tokens = Vec::new();
    let mut i = 0;
    let run = |i: usize, f: fn(&u8) -> bool| i + s[i..].iter().take_while(|b| f(b)).count();
    while i < s.len() {
        let b = s[i];
        let end = if b.is_ascii_digit() {
            let end = run(i, u8::is_ascii_digit);
            let digits = &s[i..end];
            // More digits than any field needs: not a date.
            if digits.len() > 9 {
                return None;
            }
            let value = digits.iter().fold(0, |v, &d| v * 10 + i64::from(d - b'0'));
            tokens.push(Token::Number {
                value,
                digits: digits.len(),
            });
            end
        } else if b.is_ascii_alphabetic() {
            let end = run(i, u8::is_ascii_alphabetic);
            tokens.push(Token::Word(&s[i..end]));
            end
        } else if b.is_ascii_whitespace() {
            tokens.push(Token::Space);
            run(i, u8::is_ascii_whitespace)
        } else if b == b'(' {
            // A comment, nesting, to its closing parenthesis or the end.
            let mut depth = 0;
            let mut end = i;
            while end < s.len() {
                match s[end] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                end += 1;
                if depth == 0 {
                    break;
                }
            }
            tokens.push(Token::Space);
            end
        } else {
            tokens.push(Token::Symbol(b));
            i + 1
        };
        i = end;
    }
    Some(tokens)
}

/// The zone names V8 knows, as minutes east of UTC.
const ZONES: [(&[u8], i64); 12] = [
    (b"ut", 0),
    (b"utc", 0),
    (b"gmt", 0),
    (b"z", 0),
    (b"edt", -4 * 60),
    (b"est", -5 * 60),
    (b"cdt", -5 * 60),
    (b"cst", -6 * 60),
    (b"mdt", -6 * 60),
    (b"mst", -7 * 60),
    (b"pdt", -7 * 60),
    (b"pst", -8 * 60),
];

/// What the tokens said, before the fields are put together.
#[derive(Default)]
struct Fields {
    /// Date numbers in order of appearance (at most three).
    date: Vec<i64>,
    named_month: Option<i64>,
    /// Hour, minute, second, millisecond, as far as given.
    time: Vec<i64>,
    pm: Option<bool>,
    /// Minutes east of UTC; None is local time.
    offset: Option<i64>,
}

/// The time value `s` names, or None (NaN) when V8 would reject it.
pub(super) fn parse(s: &[u8]) -> Option<f64> {
    let tokens = tokenize(s)?;
    let fields = read(&tokens)?;
    compose(fields)
}

fn read(tokens: &[Token<'_>]) -> Option<Fields> {
    let mut f = Fields::default();
    let mut seen_number = false;
    let mut i = 0;
    let peek = |i: usize| tokens.get(i).copied();
    while let Some(token) = peek(i) {
        i += 1;
        match token {
            Token::Number { value, .. } if peek(i) == Some(Token::Symbol(b':')) => {
                if !f.time.is_empty() {
                    return None;
                }
                f.time.push(value);
                while peek(i) == Some(Token::Symbol(b':')) {
                    let Some(Token::Number { value, .. }) = peek(i + 1) else {
                        return None;
                    };
                    f.time.push(value);
                    i += 2;
                }
                if f.time.len() == 3
                    && peek(i) == Some(Token::Symbol(b'.'))
                    && let Some(Token::Number { value, digits }) = peek(i + 1)
                {
                    f.time.push(milliseconds(value, digits));
                    i += 2;
                }
                if f.time.len() > 4 {
                    return None;
                }
                seen_number = true;
            }
            Token::Number { value, .. } => {
                if f.date.len() == 3 {
                    return None;
                }
                f.date.push(value);
                seen_number = true;
                if peek(i) == Some(Token::Symbol(b'-')) {
                    i += 1;
                }
            }
            Token::Word(word) => {
                let word = word.to_ascii_lowercase();
                // A month is named by its first three letters or more.
                let month = MONTHS.iter().position(|m| {
                    word.get(..3)
                        .is_some_and(|w| w.eq_ignore_ascii_case(&m.as_bytes()[..3]))
                });
                if let Some(m) = month {
                    f.named_month = Some(m as i64 + 1);
                    if peek(i) == Some(Token::Symbol(b'-')) {
                        i += 1;
                    }
                } else if word == b"am" || word == b"pm" {
                    if f.time.is_empty() {
                        return None;
                    }
                    f.pm = Some(word == b"pm");
                } else if let Some(&(_, offset)) = ZONES.iter().find(|(z, _)| *z == word) {
                    f.offset = Some(offset);
                } else if word == b"t" {
                    // The ISO date/time separator.
                } else if seen_number {
                    return None;
                }
            }
            Token::Symbol(sign @ (b'+' | b'-')) if f.offset.is_some() || !f.time.is_empty() => {
                let (minutes, used) = utc_offset(&tokens[i..])?;
                i += used;
                let sign = if sign == b'-' { -1 } else { 1 };
                f.offset = Some(f.offset.unwrap_or(0) + sign * minutes);
                seen_number = true;
            }
            Token::Symbol(b'+' | b'-' | b')') if seen_number => return None,
            Token::Symbol(_) | Token::Space => {}
        }
    }
    Some(f)
}

/// The digits after a decimal point as milliseconds (`5` is 500).
fn milliseconds(value: i64, digits: usize) -> i64 {
    match digits {
        0..=3 => value * 10_i64.pow(3 - digits as u32),
        _ => value / 10_i64.pow(digits as u32 - 3),
    }
}

/// An offset after a sign: `8`, `08`, `0800`, `08:00`; (minutes, tokens
/// used).
fn utc_offset(tokens: &[Token<'_>]) -> Option<(i64, usize)> {
    let Some(&Token::Number { value, digits }) = tokens.first() else {
        return Some((0, 0));
    };
    if tokens.get(1) == Some(&Token::Symbol(b':')) {
        let Some(&Token::Number { value: minutes, .. }) = tokens.get(2) else {
            return None;
        };
        return Some((value * 60 + minutes, 3));
    }
    match digits {
        1 | 2 => Some((value * 60, 1)),
        3 | 4 => Some(((value / 100) * 60 + value % 100, 1)),
        _ => None,
    }
}

fn compose(f: Fields) -> Option<f64> {
    if f.date.is_empty() {
        return None;
    }
    // Missing components default to 1 (year 1 reads as 2001).
    let mut c = f.date;
    c.resize(3, 1);
    let is_day = |n: i64| (1..=31).contains(&n);
    let (year, month, day) = match f.named_month {
        None if !is_day(c[0]) => (c[0], c[1], c[2]),
        None => (c[2], c[0], c[1]),
        Some(month) if !is_day(c[0]) => (c[0], month, c[1]),
        Some(month) => (c[1], month, c[0]),
    };
    let year = match year {
        0..=49 => year + 2000,
        50..=99 => year + 1900,
        _ => year,
    };
    if !(1..=12).contains(&month) || !is_day(day) {
        return None;
    }
    let mut t = f.time;
    t.resize(4, 0);
    let (mut hour, minute, second, ms) = (t[0], t[1], t[2], t[3]);
    if let Some(pm) = f.pm {
        if hour > 12 {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    let end_of_day = hour == 24 && minute == 0 && second == 0 && ms == 0;
    if (hour > 23 && !end_of_day) || minute > 59 || second > 59 || ms > 999 {
        return None;
    }
    let date = make_date(
        make_day(year as f64, (month - 1) as f64, day as f64),
        make_time(hour as f64, minute as f64, second as f64, ms as f64),
    );
    Some(match f.offset {
        Some(minutes) => date - minutes as f64 * 60_000.0,
        None => super::utc(date),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// UTC strings only: local-time results depend on the machine's zone.
    #[test]
    fn formats_v8_accepts() {
        let cases: [(&str, f64); 9] = [
            ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
            (
                "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)",
                0.0,
            ),
            ("Jan 1 1970 00:00:00 EST", 18_000_000.0),
            ("Mar 7 2024 10:00 GMT-08:00", 1_709_834_400_000.0),
            ("Sat, 01-Jan-2000 08:00:00 GMT", 946_713_600_000.0),
            ("1 Jan 2000 12:00 +0530 (IST)", 946_708_200_000.0),
            ("March 7, 2024 10:20:30.5 PM UTC", 1_709_850_030_500.0),
            ("2024/03/07 24:00 Z", 1_709_856_000_000.0),
            ("Mar 7 99 GMT", 920_764_800_000.0),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(text.as_bytes()), Some(expected), "{text}");
        }
    }

    #[test]
    fn rejects_what_v8_rejects() {
        for text in [
            "Mar 7 2024 10:00 foo",
            "Mar 32 2024 GMT",
            "Mar 7 2024 13:00 PM",
            "Mar 7 2024 10pm",
            "Mar 7 -1",
            "Mar 7 2024 +0100",
            "Mar 7 2024 10 20",
            "12:00",
        ] {
            assert_eq!(parse(text.as_bytes()), None, "{text}");
        }
    }
}
