//! The local time zone, from the system's time-zone database: the `TZ`
//! environment variable (a zone name such as `Europe/Paris`, or a POSIX
//! rule such as `EST5EDT,M3.2.0,M11.1.0`) or else `/etc/localtime`, read as
//! a TZif file (RFC 8536): its transitions, and the POSIX rule of its
//! footer for times after the last one. Without either, local time is UTC.

use std::sync::OnceLock;

use super::zone_names::{NAMES, ZONES};
use super::{civil_from_days, days_from_civil};

/// One local time type: its offset from UTC (seconds) and whether it is
/// daylight saving time. (Abbreviations are not kept: V8 prints ICU's
/// long names, `long_name_at`.)
#[derive(Clone, Copy, Debug, PartialEq)]
struct LocalType {
    offset: i64,
    daylight: bool,
}

/// A POSIX TZ rule: standard time, and daylight time between two dates.
#[derive(Clone, Debug, PartialEq)]
struct PosixRule {
    standard: LocalType,
    daylight: Option<(LocalType, RuleDate, RuleDate)>,
}

/// When daylight time starts or ends: a day of the year and a local time
/// (seconds after midnight) on it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct RuleDate {
    day: RuleDay,
    time: i64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum RuleDay {
    /// `Mm.w.d`: day `d` (0 is Sunday) of week `w` (5: the last) of month `m`.
    MonthWeekDay(i64, i64, i64),
    /// `Jn`: day 1-365, February 29 never counted.
    Julian(i64),
    /// `n`: day 0-365, February 29 counted in leap years.
    ZeroBased(i64),
}

#[derive(Debug, PartialEq)]
pub struct TimeZone {
    /// Transition instants (UTC seconds), ascending, and the local type
    /// that starts at each.
    transitions: Vec<(i64, usize)>,
    types: Vec<LocalType>,
    /// For instants after the last transition (or all, without any).
    rule: Option<PosixRule>,
    /// The IANA name (`Europe/Paris`), when the zone came from one.
    name: Option<String>,
}

impl TimeZone {
    /// The process's local time zone, loaded once.
    pub fn local() -> &'static TimeZone {
        static LOCAL: OnceLock<TimeZone> = OnceLock::new();
        LOCAL.get_or_init(|| TimeZone::from_environment().unwrap_or_else(TimeZone::utc))
    }

    fn utc() -> TimeZone {
        TimeZone {
            transitions: Vec::new(),
            types: Vec::new(),
            rule: None,
            name: None,
        }
    }

    fn from_environment() -> Option<TimeZone> {
        match std::env::var("TZ") {
            Ok(tz) => {
                let name = tz.strip_prefix(':').unwrap_or(&tz);
                if name.starts_with('/') {
                    return TimeZone::from_tzif(&std::fs::read(name).ok()?);
                }
                TimeZone::named(name).or_else(|| {
                    parse_posix_rule(name).map(|rule| TimeZone {
                        rule: Some(rule),
                        ..TimeZone::utc()
                    })
                })
            }
            Err(_) => {
                let zone = TimeZone::from_tzif(&std::fs::read("/etc/localtime").ok()?)?;
                // /etc/localtime links to the zone's file: its name.
                let target = std::fs::read_link("/etc/localtime").ok();
                let name = target
                    .as_ref()
                    .and_then(|t| t.to_str())
                    .and_then(|t| t.split_once("zoneinfo/").map(|(_, name)| name.to_string()));
                Some(TimeZone { name, ..zone })
            }
        }
    }

    /// A zone by IANA name (`Europe/Paris`, from the system's zoneinfo),
    /// or UTC.
    pub fn named(name: &str) -> Option<TimeZone> {
        if name.eq_ignore_ascii_case("UTC") || name == "Etc/UTC" {
            return Some(TimeZone::utc());
        }
        // A name, not a path out of the zoneinfo directory.
        if name
            .split('/')
            .any(|part| part.is_empty() || part.starts_with('.'))
        {
            return None;
        }
        let bytes = std::fs::read(format!("/usr/share/zoneinfo/{name}")).ok()?;
        let zone = TimeZone::from_tzif(&bytes)?;
        Some(TimeZone {
            name: Some(name.to_string()),
            ..zone
        })
    }

    /// The English long name of the time in effect at a UTC time value
    /// (`Central European Summer Time`), as ICU gives it to V8; None for
    /// zones CLDR does not name.
    pub fn long_name_at(&self, utc_ms: f64) -> Option<&'static str> {
        let name = self.name.as_deref()?;
        let i = ZONES
            .binary_search_by(|(zone, ..)| (*zone).cmp(name))
            .ok()?;
        let (_, standard, daylight) = ZONES[i];
        let t = (utc_ms / 1000.0).floor() as i64;
        let in_daylight = self.type_at(t).is_some_and(|ty| ty.daylight);
        Some(NAMES[usize::from(if in_daylight { daylight } else { standard })])
    }

    /// Reads a TZif file (version 2 or later: its 64-bit data block).
    fn from_tzif(bytes: &[u8]) -> Option<TimeZone> {
        let header = |at: usize| -> Option<(u8, [usize; 6])> {
            if bytes.get(at..at + 4)? != b"TZif" {
                return None;
            }
            let mut counts = [0usize; 6];
            for (i, c) in counts.iter_mut().enumerate() {
                let b = bytes.get(at + 20 + 4 * i..at + 24 + 4 * i)?;
                *c = u32::from_be_bytes(b.try_into().ok()?) as usize;
            }
            Some((bytes[at + 4], counts))
        };
        let (version, counts) = header(0)?;
        if version < b'2' {
            return None;
        }
        let [isut, isstd, leap, time, kind, chars] = counts;
        let v1 = time * 4 + time + kind * 6 + chars + leap * 8 + isstd + isut;
        let start = 44 + v1;
        let (_, [isut, isstd, leap, time, kind, chars]) = header(start)?;
        let mut at = start + 44;
        let mut take = |n: usize| -> Option<&[u8]> {
            let s = bytes.get(at..at + n)?;
            at += n;
            Some(s)
        };
        let instants: Vec<i64> = take(time * 8)?
            .chunks(8)
            .map(|c| i64::from_be_bytes(c.try_into().unwrap()))
            .collect();
        let indices = take(time)?.to_vec();
        let infos = take(kind * 6)?.to_vec();
        take(chars + leap * 12 + isstd + isut)?;
        let footer = bytes.get(at..).unwrap_or_default();
        let types = infos
            .chunks(6)
            .map(|c| LocalType {
                offset: i32::from_be_bytes(c[..4].try_into().unwrap()) as i64,
                daylight: c[4] != 0,
            })
            .collect::<Vec<_>>();
        let transitions = instants
            .into_iter()
            .zip(indices)
            .map(|(t, i)| (t, i as usize))
            .filter(|&(_, i)| i < types.len())
            .collect();
        let rule = std::str::from_utf8(footer)
            .ok()
            .map(|f| f.trim_matches('\n'))
            .filter(|f| !f.is_empty())
            .and_then(parse_posix_rule);
        Some(TimeZone {
            transitions,
            types,
            rule,
            name: None,
        })
    }

    /// The local type in effect at an instant (UTC seconds).
    fn type_at(&self, t: i64) -> Option<&LocalType> {
        match self.transitions.partition_point(|&(at, _)| at <= t) {
            0 if self.transitions.is_empty() => self.rule.as_ref().map(|r| r.type_at(t)),
            // Before the first transition: the first standard type.
            0 => self.types.first(),
            n if n == self.transitions.len() && self.rule.is_some() => {
                self.rule.as_ref().map(|r| r.type_at(t))
            }
            n => self.types.get(self.transitions[n - 1].1),
        }
    }

    /// Local time minus UTC at a UTC time value (milliseconds).
    pub fn offset_at(&self, utc_ms: f64) -> i64 {
        let t = (utc_ms / 1000.0).floor() as i64;
        self.type_at(t).map_or(0, |ty| ty.offset * 1000)
    }

    /// The offset to subtract from a local time value to get UTC. A time
    /// a transition repeats is its earlier instant; a time it skips is
    /// read with the offset before it (as V8 and Temporal's "compatible"
    /// disambiguation do).
    pub fn offset_for_local(&self, local_ms: f64) -> i64 {
        const DAY: f64 = 86_400_000.0;
        let before = self.offset_at(local_ms - DAY);
        let after = self.offset_at(local_ms + DAY);
        [before, after]
            .into_iter()
            .filter(|&o| self.offset_at(local_ms - o as f64) == o)
            // The earlier instant has the larger offset.
            .max()
            .unwrap_or(before)
    }
}

impl PosixRule {
    fn type_at(&self, t: i64) -> &LocalType {
        let Some((daylight, start, end)) = &self.daylight else {
            return &self.standard;
        };
        let local_day = (t + self.standard.offset).div_euclid(86_400);
        let (year, _, _) = civil_from_days(local_day);
        // The transitions in UTC: the start in standard local time, the end
        // in daylight local time.
        let begins = start.instant(year) - self.standard.offset;
        let ends = end.instant(year) - daylight.offset;
        let in_daylight = if begins < ends {
            begins <= t && t < ends
        } else {
            !(ends <= t && t < begins)
        };
        if in_daylight {
            daylight
        } else {
            &self.standard
        }
    }
}

impl RuleDate {
    /// The local instant (seconds, as if UTC) of this date in `year`.
    fn instant(self, year: i64) -> i64 {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let day = match self.day {
            RuleDay::MonthWeekDay(month, week, weekday) => {
                let first = days_from_civil(year, month, 1);
                // Day 0 (1970-01-01) was a Thursday.
                let first_weekday = (first + 4).rem_euclid(7);
                let mut date = 1 + (weekday - first_weekday).rem_euclid(7) + (week - 1) * 7;
                let length = days_from_civil(year + month / 12, month % 12 + 1, 1) - first;
                while date > length {
                    date -= 7;
                }
                first + date - 1
            }
            RuleDay::Julian(n) => {
                let after_february = leap && n > 59;
                days_from_civil(year, 1, 1) + n - 1 + i64::from(after_february)
            }
            RuleDay::ZeroBased(n) => days_from_civil(year, 1, 1) + n,
        };
        day * 86_400 + self.time
    }
}

/// Parses a POSIX TZ string: `std offset [dst [offset] [,start[/time],end[/time]]]`.
fn parse_posix_rule(s: &str) -> Option<PosixRule> {
    let mut p = Parser {
        s: s.as_bytes(),
        at: 0,
    };
    p.name()?;
    // POSIX offsets are west-positive: `CET-1` is UTC+1.
    let standard = LocalType {
        offset: -p.duration()?,
        daylight: false,
    };
    if p.done() {
        return Some(PosixRule {
            standard,
            daylight: None,
        });
    }
    p.name()?;
    let daylight_offset = if p.peek() == Some(b',') || p.done() {
        standard.offset + 3600
    } else {
        -p.duration()?
    };
    let daylight = LocalType {
        offset: daylight_offset,
        daylight: true,
    };
    // Without dates, the US rules (as POSIX's default).
    let (start, end) = if p.eat(b',') {
        let start = p.rule_date()?;
        p.eat(b',').then_some(())?;
        (start, p.rule_date()?)
    } else {
        let at_two = |day| RuleDate { day, time: 7200 };
        (
            at_two(RuleDay::MonthWeekDay(3, 2, 0)),
            at_two(RuleDay::MonthWeekDay(11, 1, 0)),
        )
    };
    p.done().then_some(PosixRule {
        standard,
        daylight: Some((daylight, start, end)),
    })
}

struct Parser<'a> {
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }
    fn done(&self) -> bool {
        self.at == self.s.len()
    }
    fn eat(&mut self, b: u8) -> bool {
        let yes = self.peek() == Some(b);
        if yes {
            self.at += 1;
        }
        yes
    }
    /// An abbreviation: letters, or anything between `<` and `>`.
    fn name(&mut self) -> Option<()> {
        let start = self.at;
        if self.eat(b'<') {
            while self.peek().is_some_and(|b| b != b'>') {
                self.at += 1;
            }
            self.eat(b'>').then_some(())
        } else {
            while self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
                self.at += 1;
            }
            (self.at - start >= 3).then_some(())
        }
    }
    fn number(&mut self) -> Option<i64> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        std::str::from_utf8(&self.s[start..self.at])
            .ok()?
            .parse()
            .ok()
    }
    /// `[+-]hh[:mm[:ss]]` in seconds.
    fn duration(&mut self) -> Option<i64> {
        let sign = if self.eat(b'-') {
            -1
        } else {
            self.eat(b'+');
            1
        };
        let mut seconds = self.number()? * 3600;
        for unit in [60, 1] {
            if !self.eat(b':') {
                break;
            }
            seconds += self.number()? * unit;
        }
        Some(sign * seconds)
    }
    fn rule_date(&mut self) -> Option<RuleDate> {
        let day = if self.eat(b'M') {
            let month = self.number()?;
            self.eat(b'.').then_some(())?;
            let week = self.number()?;
            self.eat(b'.').then_some(())?;
            RuleDay::MonthWeekDay(month, week, self.number()?)
        } else if self.eat(b'J') {
            RuleDay::Julian(self.number()?)
        } else {
            RuleDay::ZeroBased(self.number()?)
        };
        let time = if self.eat(b'/') {
            self.duration()?
        } else {
            7200
        };
        Some(RuleDate { day, time })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc_seconds(year: i64, month: i64, date: i64, hours: i64) -> i64 {
        days_from_civil(year, month, date) * 86_400 + hours * 3600
    }

    #[test]
    fn posix_rules_switch_at_their_dates() {
        let paris = parse_posix_rule("CET-1CEST,M3.5.0,M10.5.0/3").unwrap();
        // 2026: summer time from March 29 01:00 UTC to October 25 01:00 UTC.
        let at = |m, d, h| paris.type_at(utc_seconds(2026, m, d, h)).offset;
        assert_eq!(at(1, 15, 12), 3600);
        assert_eq!(at(3, 29, 0), 3600);
        assert_eq!(at(3, 29, 1), 7200);
        assert_eq!(at(10, 25, 0), 7200);
        assert_eq!(at(10, 25, 1), 3600);
        let new_york = parse_posix_rule("EST5EDT,M3.2.0,M11.1.0").unwrap();
        assert_eq!(
            new_york.type_at(utc_seconds(2026, 7, 1, 12)).offset,
            -4 * 3600
        );
        assert_eq!(
            new_york.type_at(utc_seconds(2026, 12, 1, 12)).offset,
            -5 * 3600
        );
        // Southern hemisphere: daylight time spans the new year.
        let sydney = parse_posix_rule("AEST-10AEDT,M10.1.0,M4.1.0/3").unwrap();
        assert_eq!(
            sydney.type_at(utc_seconds(2026, 1, 10, 0)).offset,
            11 * 3600
        );
        assert_eq!(
            sydney.type_at(utc_seconds(2026, 6, 10, 0)).offset,
            10 * 3600
        );
        let fixed = parse_posix_rule("<+0530>-5:30").unwrap();
        assert_eq!(fixed.type_at(0).offset, 5 * 3600 + 1800);
        assert_eq!(parse_posix_rule("CET-1CEST,M3.5.0"), None);
    }

    #[test]
    fn local_times_in_gaps_and_overlaps() {
        let zone = TimeZone {
            rule: parse_posix_rule("CET-1CEST,M3.5.0,M10.5.0/3"),
            ..TimeZone::utc()
        };
        // 2026-03-29 02:30 local does not exist (clocks jump 02:00 → 03:00).
        let local = (utc_seconds(2026, 3, 29, 2) + 1800) as f64 * 1000.0;
        let offset = zone.offset_for_local(local);
        assert_eq!(offset, 3_600_000);
        assert_eq!(zone.offset_for_local(local - 86_400_000.0), 3_600_000);
        assert_eq!(zone.offset_for_local(local + 86_400_000.0), 7_200_000);
        // 2026-10-25 02:30 local happens twice: the earlier one, in CEST.
        let repeated = (utc_seconds(2026, 10, 25, 2) + 1800) as f64 * 1000.0;
        assert_eq!(zone.offset_for_local(repeated), 7_200_000);
    }
}
