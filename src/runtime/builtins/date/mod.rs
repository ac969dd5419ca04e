//! Date: time values, calendar arithmetic (ECMA-262 21.4.1), the local
//! time zone (`time_zone`), text formats and Date.parse.

mod legacy_parse;
mod locale;
mod time_zone;
mod zone_names;

use std::time::{SystemTime, UNIX_EPOCH};

use super::arg;
use super::keyed::{define_methods, incompatible_receiver, prototype_from_new_target};
use crate::runtime::conversions::Hint;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::ObjectClass;
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use time_zone::TimeZone;

const MS_PER_DAY: i64 = 86_400_000;
/// Time values lie within ±100,000,000 days of the epoch.
const MAX_TIME: f64 = 8.64e15;

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.intrinsics.date_prototype;
    let ctor = super::install_constructor(vm, "Date", date_ctor, 7, proto);
    define_methods(
        vm,
        ctor,
        &[
            ("now", date_now, 0),
            ("parse", date_parse, 1),
            ("UTC", date_utc, 7),
        ],
    );
    define_methods(
        vm,
        proto,
        &[
            ("toString", to_string, 0),
            ("toDateString", to_date_string, 0),
            ("toTimeString", to_time_string, 0),
            ("toISOString", to_iso_string, 0),
            ("toUTCString", to_utc_string, 0),
            ("toLocaleString", to_locale_string, 0),
            ("toLocaleDateString", to_locale_date_string, 0),
            ("toLocaleTimeString", to_locale_time_string, 0),
            ("getYear", get_year, 0),
            ("setYear", set_year, 1),
            ("getDate", get_field::<DATE, true>, 0),
            ("getDay", get_field::<WEEKDAY, true>, 0),
            ("getFullYear", get_field::<YEAR, true>, 0),
            ("getHours", get_field::<HOURS, true>, 0),
            ("getMilliseconds", get_field::<MILLISECONDS, true>, 0),
            ("getMinutes", get_field::<MINUTES, true>, 0),
            ("getMonth", get_field::<MONTH, true>, 0),
            ("getSeconds", get_field::<SECONDS, true>, 0),
            ("getTime", get_time, 0),
            ("getTimezoneOffset", get_timezone_offset, 0),
            ("getUTCDate", get_field::<DATE, false>, 0),
            ("getUTCDay", get_field::<WEEKDAY, false>, 0),
            ("getUTCFullYear", get_field::<YEAR, false>, 0),
            ("getUTCHours", get_field::<HOURS, false>, 0),
            ("getUTCMilliseconds", get_field::<MILLISECONDS, false>, 0),
            ("getUTCMinutes", get_field::<MINUTES, false>, 0),
            ("getUTCMonth", get_field::<MONTH, false>, 0),
            ("getUTCSeconds", get_field::<SECONDS, false>, 0),
            ("valueOf", get_time, 0),
            ("toJSON", to_json, 1),
            ("setTime", set_time, 1),
        ],
    );
    // Each setter in local time, then its UTC twin.
    macro_rules! setter {
        ($name:literal, $first:ident, $count:literal) => {
            (
                $name,
                set_fields::<$first, $count, true> as NativeFn,
                set_fields::<$first, $count, false> as NativeFn,
                $count,
            )
        };
    }
    let setters = [
        setter!("Milliseconds", MILLISECONDS, 1),
        setter!("Seconds", SECONDS, 2),
        setter!("Minutes", MINUTES, 3),
        setter!("Hours", HOURS, 4),
        setter!("Date", DATE, 1),
        setter!("Month", MONTH, 2),
        setter!("FullYear", YEAR, 3),
    ];
    for (name, local, utc, length) in setters {
        vm.define_native(proto, &format!("set{name}"), local, length);
        vm.define_native(proto, &format!("setUTC{name}"), utc, length);
    }
    // Annex B: toGMTString is the same function as toUTCString.
    let to_utc = vm.get_named(Value::object(proto), "toUTCString");
    if let Ok(f) = to_utc {
        vm.define_value(proto, "toGMTString", f, Attrs::HIDDEN);
    }
    let to_primitive = vm.new_native_function("[Symbol.toPrimitive]", to_primitive, 1, false);
    let key = Key::Prop(PropertyKey::Symbol(vm.symbols.to_primitive));
    vm.define_data(
        proto,
        key,
        Value::object(to_primitive),
        Attrs(Attrs::CONFIGURABLE),
    );
}

fn date_ctor(vm: &mut Vm, _: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if new_target.is_undefined() {
        // Called as a function: the current time as a string, whatever the
        // arguments.
        let text = date_time_text(now());
        return Ok(vm.str(&text));
    }
    let time = match args {
        [] => now(),
        [value] => time_from_value(vm, *value)?,
        _ => time_clip(utc(time_from_fields(vm, args)?)),
    };
    let fallback = vm.realm.intrinsics.date_prototype;
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    Ok(Value::object(
        vm.new_object_with_proto(proto, ObjectClass::Date(time)),
    ))
}

fn date_now(_: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(now()))
}

fn date_parse(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    Ok(Value::number(parse_date(s.units())))
}

fn date_utc(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(time_clip(time_from_fields(vm, args)?)))
}

/// LocalTime(t): a (finite) time value in the local time zone.
fn local_time(t: f64) -> f64 {
    t + TimeZone::local().offset_at(t) as f64
}

/// UTC(t): the time value of a local time (NaN far outside the range).
fn utc(local: f64) -> f64 {
    if local.abs() <= MAX_TIME + 2.0 * MS_PER_DAY as f64 {
        local - TimeZone::local().offset_for_local(local) as f64
    } else {
        f64::NAN
    }
}

/// The current time value (whole milliseconds since the epoch).
fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

/// The time value of a Date object.
fn date_value(v: Value) -> Option<f64> {
    match v.to_object_opt()?.class {
        ObjectClass::Date(t) => Some(t),
        _ => None,
    }
}

/// `new Date(value)`: another Date's time, a parsed string, or a number.
fn time_from_value(vm: &mut Vm, v: Value) -> JsResult<f64> {
    if let Some(t) = date_value(v) {
        return Ok(t);
    }
    let primitive = vm.to_primitive(v, Hint::Default)?;
    if primitive.is_string() {
        return Ok(parse_date(primitive.as_string().units()));
    }
    Ok(time_clip(vm.to_number(primitive)?))
}

/// MakeDate of (year, month[, date, hours, minutes, seconds, ms]), the
/// arguments converted in order, as Date.UTC and `new Date(y, m, …)` (in
/// local time) do; not clipped yet.
fn time_from_fields(vm: &mut Vm, args: &[Value]) -> JsResult<f64> {
    let mut f = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (slot, &v) in f.iter_mut().zip(args) {
        *slot = vm.to_number(v)?;
    }
    let day = make_day(full_year(f[0]), f[1], f[2]);
    Ok(make_date(day, make_time(f[3], f[4], f[5], f[6])))
}

fn this_time(vm: &mut Vm, this: Value) -> JsResult<f64> {
    date_value(this).ok_or_else(|| vm.type_error("this is not a Date object."))
}

fn get_time(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(this_time(vm, this)?))
}

/// A getter of one field, in local time or (`LOCAL` false) UTC.
fn get_field<const FIELD: usize, const LOCAL: bool>(
    vm: &mut Vm,
    this: Value,
    _: &[Value],
    _: Value,
) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    Ok(Value::number(if t.is_nan() {
        t
    } else if LOCAL {
        fields(local_time(t))[FIELD] as f64
    } else {
        fields(t)[FIELD] as f64
    }))
}

/// Stores a new time value in a Date object.
fn set_time_value(this: Value, t: f64) {
    if let Some(mut o) = this.to_object_opt()
        && let ObjectClass::Date(v) = &mut o.class
    {
        *v = t;
    }
}

fn set_time(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    this_time(vm, this)?;
    let t = time_clip(vm.to_number(arg(args, 0))?);
    set_time_value(this, t);
    Ok(Value::number(t))
}

/// The settable fields, in the order a setter's arguments give them.
const SETTABLE: [usize; 7] = [YEAR, MONTH, DATE, HOURS, MINUTES, SECONDS, MILLISECONDS];

/// setFullYear, setMonth, …, setMilliseconds: the arguments (converted
/// in order, at most `COUNT`) replace the fields from `FIRST` on; the
/// others keep the date's values. setFullYear starts an invalid date from
/// +0; any other setter leaves it invalid.
fn set_fields<const FIRST: usize, const COUNT: usize, const LOCAL: bool>(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    _: Value,
) -> JsResult<Value> {
    let mut t = this_time(vm, this)?;
    if FIRST == YEAR && t.is_nan() {
        t = 0.0;
    } else if LOCAL && !t.is_nan() {
        t = local_time(t);
    }
    let mut f = if t.is_nan() {
        [f64::NAN; 8]
    } else {
        fields(t).map(|x| x as f64)
    };
    let first = SETTABLE.iter().position(|&i| i == FIRST).unwrap();
    for (k, &field) in SETTABLE[first..first + COUNT].iter().enumerate() {
        if k == 0 || k < args.len() {
            f[field] = vm.to_number(arg(args, k))?;
        }
    }
    let day = make_day(f[YEAR], f[MONTH], f[DATE]);
    let time = make_time(f[HOURS], f[MINUTES], f[SECONDS], f[MILLISECONDS]);
    let date = make_date(day, time);
    let u = time_clip(if LOCAL { utc(date) } else { date });
    set_time_value(this, u);
    Ok(Value::number(u))
}

/// Annex B getYear: the local year minus 1900.
fn get_year(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    if t.is_nan() {
        return Ok(Value::number(t));
    }
    Ok(Value::number((fields(local_time(t))[YEAR] - 1900) as f64))
}

/// Annex B setYear: a year 0-99 means 1900-1999; an invalid date starts
/// from +0.
fn set_year(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    let t = if t.is_nan() { 0.0 } else { local_time(t) };
    let y = vm.to_number(arg(args, 0))?;
    if y.is_nan() {
        set_time_value(this, f64::NAN);
        return Ok(Value::number(f64::NAN));
    }
    let y = y.trunc();
    let year = if (0.0..=99.0).contains(&y) {
        1900.0 + y
    } else {
        y
    };
    let f = fields(t).map(|x| x as f64);
    let day = make_day(year, f[MONTH], f[DATE]);
    let date = make_date(day, t.rem_euclid(MS_PER_DAY as f64));
    let u = time_clip(utc(date));
    set_time_value(this, u);
    Ok(Value::number(u))
}

fn get_timezone_offset(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    Ok(Value::number(if t.is_nan() {
        t
    } else {
        (t - local_time(t)) / 60_000.0
    }))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toString", date_time_text)
}

fn to_date_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toDateString", date_text)
}

fn to_time_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toTimeString", time_text)
}

fn to_locale_string(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    locale::to_locale_string(vm, this, args, locale::Components::All)
}

fn to_locale_date_string(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    locale::to_locale_string(vm, this, args, locale::Components::Date)
}

fn to_locale_time_string(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    locale::to_locale_string(vm, this, args, locale::Components::Time)
}

fn to_utc_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    date_string(vm, this, "Date.prototype.toUTCString", utc_text)
}

/// A Date.prototype string method: V8's receiver check, then
/// "Invalid Date" or the formatted fields.
fn date_string(
    vm: &mut Vm,
    this: Value,
    method: &str,
    format: fn(f64) -> String,
) -> JsResult<Value> {
    let Some(t) = date_value(this) else {
        return Err(incompatible_receiver(vm, this, method));
    };
    let text = if t.is_nan() {
        "Invalid Date".to_string()
    } else {
        format(t)
    };
    Ok(vm.str(&text))
}

fn to_iso_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(t) = date_value(this) else {
        return Err(incompatible_receiver(
            vm,
            this,
            "Date.prototype.toISOString",
        ));
    };
    if t.is_nan() {
        return Err(vm.range_error("Invalid time value"));
    }
    Ok(vm.str(&iso_text(t)))
}

/// Date.prototype.toJSON, generic over any object with `toISOString`.
fn to_json(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let time = vm.to_primitive(o, Hint::Number)?;
    if time.is_number() && !time.as_number().is_finite() {
        return Ok(Value::NULL);
    }
    let to_iso = vm.get_named(o, "toISOString")?;
    if !vm.is_callable(to_iso) {
        return Err(vm.type_error("toISOString is not a function"));
    }
    vm.call(to_iso, o, &[])
}

/// Date.prototype[Symbol.toPrimitive]: the default hint means string for
/// dates, so `'' + date` is the date's text while `date - 0` is its time.
fn to_primitive(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible_receiver(
            vm,
            this,
            "Date.prototype [ @@toPrimitive ]",
        ));
    }
    let hint = arg(args, 0);
    let hint_text = if hint.is_string() {
        hint.as_string().to_rust_string()
    } else {
        String::new()
    };
    let order = match hint_text.as_str() {
        "string" | "default" => ["toString", "valueOf"],
        "number" => ["valueOf", "toString"],
        _ => {
            let shown = vm.to_display_string(hint);
            return Err(vm.type_error(&format!("Invalid hint: {shown}")));
        }
    };
    for name in order {
        let method = vm.get_named(this, name)?;
        if vm.is_callable(method) {
            let result = vm.call(method, this, &[])?;
            if !result.is_object() {
                return Ok(result);
            }
        }
    }
    Err(vm.type_error("Cannot convert object to primitive value"))
}

// ---- calendar arithmetic (ECMA-262 21.4.1) ----

/// Indices into `Fields`.
const YEAR: usize = 0;
const MONTH: usize = 1;
const DATE: usize = 2;
const WEEKDAY: usize = 3;
const HOURS: usize = 4;
const MINUTES: usize = 5;
const SECONDS: usize = 6;
const MILLISECONDS: usize = 7;

/// A time value's calendar fields: year, month (0-11), date (1-31),
/// weekday (0 is Sunday), hours, minutes, seconds, milliseconds.
type Fields = [i64; 8];

/// The fields of a valid (finite, integral) time value.
fn fields(t: f64) -> Fields {
    let ms = t as i64;
    let day = ms.div_euclid(MS_PER_DAY);
    let in_day = ms.rem_euclid(MS_PER_DAY);
    let (year, month, date) = civil_from_days(day);
    [
        year,
        month - 1,
        date,
        // Day 0, 1970-01-01, was a Thursday.
        (day + 4).rem_euclid(7),
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000,
    ]
}

/// YearFromTime, MonthFromTime and DateFromTime for a day number, with
/// Howard Hinnant's closed form of the proleptic Gregorian calendar (exact
/// over the whole time-value range). Months are 1-12 here.
fn civil_from_days(day: i64) -> (i64, i64, i64) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153; // 0 is March
    let date = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, date)
}

/// The day number of a calendar date (month 1-12), inverse of
/// `civil_from_days`.
fn days_from_civil(year: i64, month: i64, date: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = (month + 9) % 12; // 0 is March
    let day_of_year = (153 * shifted_month + 2) / 5 + date - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// MakeDay. Years beyond ±1,000,000 and months beyond ±10,000,000 give NaN
/// up front, as in V8: no time value lies there, and the bound keeps the
/// integer arithmetic exact.
fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite())
        || year.abs() > 1e6
        || month.abs() > 1e7
    {
        return f64::NAN;
    }
    let (year, month) = (year.trunc() as i64, month.trunc() as i64);
    let first = days_from_civil(year + month.div_euclid(12), month.rem_euclid(12) + 1, 1);
    first as f64 + date.trunc() - 1.0
}

/// MakeTime, in IEEE arithmetic as the spec says.
fn make_time(hours: f64, minutes: f64, seconds: f64, ms: f64) -> f64 {
    if ![hours, minutes, seconds, ms].iter().all(|x| x.is_finite()) {
        return f64::NAN;
    }
    hours.trunc() * 3_600_000.0 + minutes.trunc() * 60_000.0 + seconds.trunc() * 1000.0 + ms.trunc()
}

fn make_date(day: f64, time: f64) -> f64 {
    let t = day * MS_PER_DAY as f64 + time;
    if t.is_finite() { t } else { f64::NAN }
}

/// TimeClip: NaN outside the range, else an integer (never -0).
fn time_clip(t: f64) -> f64 {
    if t.is_finite() && t.abs() <= MAX_TIME {
        t.trunc() + 0.0
    } else {
        f64::NAN
    }
}

/// MakeFullYear: two-digit years are in the 1900s.
fn full_year(year: f64) -> f64 {
    let truncated = year.trunc();
    if (0.0..=99.0).contains(&truncated) {
        1900.0 + truncated
    } else {
        year
    }
}

// ---- date text ----

/// English day and month names; the toString family shows their first
/// three letters, toLocaleString all of them, Date.parse reads either.
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn short_name(name: &str) -> &str {
    &name[..3]
}

/// A year as V8's toString family prints it: four digits at least, and a
/// minus sign before them when negative.
fn year_text(year: i64) -> String {
    if year < 0 {
        format!("-{:04}", -year)
    } else {
        format!("{year:04}")
    }
}

/// `Thu Jan 01 1970` (local time)
fn date_text(t: f64) -> String {
    let f = fields(local_time(t));
    let (weekday, month) = (
        short_name(WEEKDAYS[f[WEEKDAY] as usize]),
        short_name(MONTHS[f[MONTH] as usize]),
    );
    format!("{weekday} {month} {:02} {}", f[DATE], year_text(f[YEAR]))
}

/// `00:00:00 GMT+0000 (Coordinated Universal Time)` (local time), with
/// the zone's name as ICU gives it to V8 (`Central European Standard
/// Time`), or for a zone CLDR does not name, its offset (`GMT+03:00`).
fn time_text(t: f64) -> String {
    let zone = TimeZone::local();
    let f = fields(local_time(t));
    let offset = zone.offset_at(t) / 60_000;
    let sign = if offset < 0 { '-' } else { '+' };
    let (hours, minutes) = (offset.abs() / 60, offset.abs() % 60);
    let name = match zone.long_name_at(t) {
        Some(name) => name.to_string(),
        None if offset == 0 => "Coordinated Universal Time".to_string(),
        None => format!("GMT{sign}{hours:02}:{minutes:02}"),
    };
    format!(
        "{:02}:{:02}:{:02} GMT{sign}{hours:02}{minutes:02} ({name})",
        f[HOURS], f[MINUTES], f[SECONDS]
    )
}

fn date_time_text(t: f64) -> String {
    format!("{} {}", date_text(t), time_text(t))
}

/// `Thu, 01 Jan 1970 00:00:00 GMT`
fn utc_text(t: f64) -> String {
    let f = fields(t);
    let (weekday, month) = (
        short_name(WEEKDAYS[f[WEEKDAY] as usize]),
        short_name(MONTHS[f[MONTH] as usize]),
    );
    let (date, year) = (f[DATE], year_text(f[YEAR]));
    format!(
        "{weekday}, {date:02} {month} {year} {:02}:{:02}:{:02} GMT",
        f[HOURS], f[MINUTES], f[SECONDS]
    )
}

/// `1970-01-01T00:00:00.000Z`; years outside 0-9999 get a sign and six
/// digits.
fn iso_text(t: f64) -> String {
    let f = fields(t);
    let year = if (0..=9999).contains(&f[YEAR]) {
        format!("{:04}", f[YEAR])
    } else {
        format!("{:+07}", f[YEAR])
    };
    format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        f[MONTH] + 1,
        f[DATE],
        f[HOURS],
        f[MINUTES],
        f[SECONDS],
        f[MILLISECONDS]
    )
}

// ---- Date.parse ----

/// Date.parse: the spec's Date Time String Format — `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD` (or a signed six-digit year), optionally followed by
/// `THH:mm`, `:ss`, `.sss` and `Z` or `±HH:mm`; date-only forms are UTC,
/// date-times without an offset local time — else the formats V8 also
/// accepts (`legacy_parse`). An ISO date followed by `T` must be ISO
/// throughout.
fn parse_date(units: &[u16]) -> f64 {
    // Only a comment may hold other text (toString's zone name can:
    // `(Réunion Time)`); it stands in as `?`.
    let mut depth = 0;
    let mut ascii = Vec::with_capacity(units.len());
    for &u in units {
        match u8::try_from(u).ok().filter(u8::is_ascii) {
            Some(b) => {
                depth += i32::from(b == b'(') - i32::from(b == b')' && depth > 0);
                ascii.push(b);
            }
            None if depth > 0 => ascii.push(b'?'),
            None => return f64::NAN,
        }
    }
    let s = ascii;
    let time = parse_iso(&s).or_else(|| match is_iso_date_time(&s) {
        true => None,
        false => legacy_parse::parse(&s),
    });
    time.map_or(f64::NAN, time_clip)
}

/// Whether `s` starts like an ISO date-time: `YYYY-MM-DDT`.
fn is_iso_date_time(s: &[u8]) -> bool {
    let s = s.strip_prefix(b"+").or(s.strip_prefix(b"-")).unwrap_or(s);
    let digits = s.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &s[digits..];
    (4..=6).contains(&digits)
        && rest.len() >= 7
        && rest[0] == b'-'
        && rest[1..3].iter().all(u8::is_ascii_digit)
        && rest[3] == b'-'
        && rest[4..6].iter().all(u8::is_ascii_digit)
        && rest[6] == b'T'
}

fn parse_iso(s: &[u8]) -> Option<f64> {
    let mut c = Cursor { s, i: 0 };
    let year = if c.eat(b'+') {
        c.digits(6)?
    } else if c.eat(b'-') {
        // Year zero is +000000 only.
        -c.digits(6).filter(|&y| y != 0)?
    } else {
        c.digits(4)?
    };
    let (mut month, mut date) = (1, 1);
    if c.eat(b'-') {
        month = c.digits(2)?;
        if c.eat(b'-') {
            date = c.digits(2)?;
        }
    }
    // Like V8, any date up to 31 is accepted and rolls into the next month.
    if !(1..=12).contains(&month) || !(1..=31).contains(&date) {
        return None;
    }
    let (mut time, mut offset_minutes) = (0.0, Some(0));
    if c.eat(b'T') {
        time = c.time_of_day()?;
        offset_minutes = c.offset()?;
    }
    if c.i != s.len() {
        return None;
    }
    let day = make_day(year as f64, (month - 1) as f64, date as f64);
    let date = make_date(day, time);
    Some(match offset_minutes {
        Some(minutes) => date - minutes as f64 * 60_000.0,
        None => utc(date),
    })
}

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn eat(&mut self, b: u8) -> bool {
        let found = self.s.get(self.i) == Some(&b);
        self.i += usize::from(found);
        found
    }

    /// Exactly `n` digits, as a number.
    fn digits(&mut self, n: usize) -> Option<i64> {
        let digits = self
            .s
            .get(self.i..self.i + n)
            .filter(|d| d.iter().all(u8::is_ascii_digit))?;
        self.i += n;
        Some(digits.iter().fold(0, |v, &b| v * 10 + i64::from(b - b'0')))
    }

    /// `HH:mm`, then optionally `:ss` and `.s…` (milliseconds; digits past
    /// the third are dropped). 24:00 is the end of the day.
    fn time_of_day(&mut self) -> Option<f64> {
        let hours = self.digits(2)?;
        if !self.eat(b':') {
            return None;
        }
        let minutes = self.digits(2)?;
        let (mut seconds, mut ms) = (0, 0);
        if self.eat(b':') {
            seconds = self.digits(2)?;
            if self.eat(b'.') {
                let len = self.s[self.i..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let fraction = &self.s[self.i..self.i + len];
                if len == 0 {
                    return None;
                }
                self.i += len;
                ms = fraction
                    .iter()
                    .chain(b"00")
                    .take(3)
                    .fold(0, |v, &b| v * 10 + i64::from(b - b'0'));
            }
        }
        let end_of_day = hours == 24 && minutes == 0 && seconds == 0 && ms == 0;
        if (hours > 23 && !end_of_day) || minutes > 59 || seconds > 59 {
            return None;
        }
        Some(make_time(
            hours as f64,
            minutes as f64,
            seconds as f64,
            ms as f64,
        ))
    }

    /// `Z` or `±HH:mm` (V8 also takes `±HHmm`), in minutes east of UTC,
    /// or no offset (local time); None when malformed.
    fn offset(&mut self) -> Option<Option<i64>> {
        let sign = if self.eat(b'+') {
            1
        } else if self.eat(b'-') {
            -1
        } else {
            return Some(self.eat(b'Z').then_some(0));
        };
        let hours = self.digits(2)?;
        self.eat(b':');
        let minutes = self.digits(2)?;
        if hours > 23 || minutes > 59 {
            return None;
        }
        Some(Some(sign * (hours * 60 + minutes)))
    }
}
