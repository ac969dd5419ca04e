//! Date.prototype.toLocaleString, toLocaleDateString and
//! toLocaleTimeString in the en-US format, which is how Node built with
//! small-icu prints every locale: the options `weekday`, `year`, `month`,
//! `day`, `hour`, `minute`, `second`, `hour12` and `timeZone` (UTC or an
//! IANA name from the system's zoneinfo) shape the text as ICU's en-US
//! patterns do (`11/26/2026, 5:32:45 PM`, `Thursday, November 26, 2026 at
//! 5:32 PM`).

use super::time_zone::TimeZone;
use super::{
    DATE, HOURS, MINUTES, MONTH, MONTHS, SECONDS, WEEKDAY, WEEKDAYS, YEAR, date_value, fields,
};
use crate::runtime::builtins::arg;
use crate::runtime::builtins::keyed::incompatible_receiver;
use crate::runtime::function::JsResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Which components the method shows when the options name none
/// (ToDateTimeOptions' `required` and `defaults`).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Components {
    All,
    Date,
    Time,
}

/// An option's value: `numeric`, `2-digit`, `long`, `short`, `narrow`.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Numeric,
    TwoDigit,
    Long,
    Short,
    Narrow,
}

#[derive(Default)]
struct Options {
    weekday: Option<Style>,
    year: Option<Style>,
    month: Option<Style>,
    day: Option<Style>,
    hour: Option<Style>,
    minute: Option<Style>,
    second: Option<Style>,
    hour12: bool,
    zone: Option<TimeZone>,
}

pub(super) fn to_locale_string(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    components: Components,
) -> JsResult<Value> {
    let method = match components {
        Components::All => "toLocaleString",
        Components::Date => "toLocaleDateString",
        Components::Time => "toLocaleTimeString",
    };
    let Some(t) = date_value(this) else {
        return Err(incompatible_receiver(
            vm,
            this,
            &format!("Date.prototype.{method}"),
        ));
    };
    // An invalid date reads no options.
    if t.is_nan() {
        return Ok(vm.str("Invalid Date"));
    }
    let options = read_options(vm, arg(args, 1), components, method)?;
    let offset = match &options.zone {
        Some(zone) => zone.offset_at(t),
        None => TimeZone::local().offset_at(t),
    };
    let text = format(&options, fields(t + offset as f64));
    Ok(vm.str(&text))
}

fn read_options(
    vm: &mut Vm,
    options: Value,
    components: Components,
    method: &str,
) -> JsResult<Options> {
    let mut o = Options {
        hour12: true,
        ..Options::default()
    };
    if options.is_undefined() {
        defaults(&mut o, components);
        return Ok(o);
    }
    let options = vm.to_object(options)?;
    const NUMERIC: &[(&str, Style)] = &[("numeric", Style::Numeric), ("2-digit", Style::TwoDigit)];
    const TEXT: &[(&str, Style)] = &[
        ("long", Style::Long),
        ("short", Style::Short),
        ("narrow", Style::Narrow),
    ];
    let month_styles: Vec<(&str, Style)> = NUMERIC.iter().chain(TEXT).copied().collect();
    o.weekday = style(vm, options, ("weekday", method), TEXT)?;
    o.year = style(vm, options, ("year", method), NUMERIC)?;
    o.month = style(vm, options, ("month", method), &month_styles)?;
    o.day = style(vm, options, ("day", method), NUMERIC)?;
    o.hour = style(vm, options, ("hour", method), NUMERIC)?;
    o.minute = style(vm, options, ("minute", method), NUMERIC)?;
    o.second = style(vm, options, ("second", method), NUMERIC)?;
    let hour12 = vm.get_named(options, "hour12")?;
    if !hour12.is_undefined() {
        o.hour12 = vm.to_boolean(hour12);
    }
    let zone = vm.get_named(options, "timeZone")?;
    if !zone.is_undefined() {
        let name = vm.to_rust_string(zone)?;
        match TimeZone::named(&name) {
            Some(zone) => o.zone = Some(zone),
            None => return Err(vm.range_error(&format!("Invalid time zone specified: {name}"))),
        }
    }
    defaults(&mut o, components);
    Ok(o)
}

/// GetOption for a style: undefined, or one of `allowed`.
fn style(
    vm: &mut Vm,
    options: Value,
    (name, method): (&str, &str),
    allowed: &[(&str, Style)],
) -> JsResult<Option<Style>> {
    let v = vm.get_named(options, name)?;
    if v.is_undefined() {
        return Ok(None);
    }
    let text = vm.to_rust_string(v)?;
    match allowed.iter().find(|(n, _)| *n == text) {
        Some(&(_, s)) => Ok(Some(s)),
        None => Err(vm.range_error(&format!(
            "Value {text} out of range for Date.prototype.{method} options property {name}"
        ))),
    }
}

/// ToDateTimeOptions: numeric date and/or time fields when the options
/// name none of the required kind.
fn defaults(o: &mut Options, components: Components) {
    let has_date = o.weekday.is_some() || o.year.is_some() || o.month.is_some() || o.day.is_some();
    let has_time = o.hour.is_some() || o.minute.is_some() || o.second.is_some();
    let needed = match components {
        Components::All => !has_date && !has_time,
        Components::Date => !has_date,
        Components::Time => !has_time,
    };
    if !needed {
        return;
    }
    if components != Components::Time {
        (o.year, o.month, o.day) = (
            Some(Style::Numeric),
            Some(Style::Numeric),
            Some(Style::Numeric),
        );
    }
    if components != Components::Date {
        (o.hour, o.minute, o.second) = (
            Some(Style::Numeric),
            Some(Style::Numeric),
            Some(Style::Numeric),
        );
    }
}

fn number(n: i64, style: Style) -> String {
    match style {
        Style::TwoDigit => format!("{:02}", n.rem_euclid(100)),
        _ => n.to_string(),
    }
}

fn format(o: &Options, f: [i64; 8]) -> String {
    let date = date_part(o, f);
    let time = time_part(o, f);
    match (date, time) {
        (Some(d), Some(t)) => {
            // ICU's en-US glue: "at" after a long month, a space after a
            // lone weekday, else a comma.
            let glue = if o.month == Some(Style::Long) {
                " at "
            } else if o.year.is_none() && o.month.is_none() && o.day.is_none() {
                " "
            } else {
                ", "
            };
            format!("{d}{glue}{t}")
        }
        (Some(d), None) => d,
        (None, Some(t)) => t,
        (None, None) => String::new(),
    }
}

fn date_part(o: &Options, f: [i64; 8]) -> Option<String> {
    let weekday = o.weekday.map(|s| {
        let name = WEEKDAYS[f[WEEKDAY] as usize];
        match s {
            Style::Long => name.to_string(),
            Style::Short => name[..3].to_string(),
            _ => name[..1].to_string(),
        }
    });
    let year = o.year.map(|s| number(f[YEAR], s));
    let day = o.day.map(|s| number(f[DATE], s));
    let rest = match o.month {
        Some(s @ (Style::Long | Style::Short | Style::Narrow)) => {
            let name = MONTHS[f[MONTH] as usize];
            let month = match s {
                Style::Long => name,
                Style::Short => &name[..3],
                _ => &name[..1],
            };
            let month_day = match &day {
                Some(d) => format!("{month} {d}"),
                None => month.to_string(),
            };
            match (&year, &day) {
                (Some(y), Some(_)) => Some(format!("{month_day}, {y}")),
                (Some(y), None) => Some(format!("{month_day} {y}")),
                (None, _) => Some(month_day),
            }
        }
        numeric => {
            let month = numeric.map(|s| number(f[MONTH] + 1, s));
            let parts: Vec<String> = [month, day, year].into_iter().flatten().collect();
            (!parts.is_empty()).then(|| parts.join("/"))
        }
    };
    match (weekday, rest) {
        (Some(w), Some(r)) => Some(format!("{w}, {r}")),
        (w, r) => w.or(r),
    }
}

fn time_part(o: &Options, f: [i64; 8]) -> Option<String> {
    let (minute, second) = (f[MINUTES], f[SECONDS]);
    let Some(hour_style) = o.hour else {
        return match (o.minute, o.second) {
            (Some(_), Some(_)) => Some(format!("{minute:02}:{second:02}")),
            // ICU shows a lone minute or second without padding.
            (Some(_), None) => Some(minute.to_string()),
            (None, Some(_)) => Some(second.to_string()),
            (None, None) => None,
        };
    };
    // Node's `hour12: false` is ICU's h24 cycle: midnight is 24.
    let hour = if o.hour12 {
        (f[HOURS] + 11) % 12 + 1
    } else if f[HOURS] == 0 {
        24
    } else {
        f[HOURS]
    };
    // A 24-hour clock always shows two digits.
    let style = if o.hour12 {
        hour_style
    } else {
        Style::TwoDigit
    };
    let mut text = number(hour, style);
    if o.minute.is_some() || o.second.is_some() {
        text.push_str(&format!(":{minute:02}"));
    }
    if o.second.is_some() {
        text.push_str(&format!(":{second:02}"));
    }
    if o.hour12 {
        text.push_str(if f[HOURS] < 12 { " AM" } else { " PM" });
    }
    Some(text)
}
