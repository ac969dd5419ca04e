//! The legacy static properties V8 keeps on `RegExp`: `$1`–`$9`, `input`
//! (`$_`), `lastMatch` (`$&`), `lastParen` (`$+`), `leftContext` (`` $` ``)
//! and `rightContext` (`$'`). They read the last successful match of the
//! built-in matcher (exec, test, and the String methods through them);
//! `input` alone can be assigned.

use super::arg;
use crate::runtime::function::{JsResult, NativeFn};
use crate::runtime::heap::{Gc, Tracer};
use crate::runtime::map::Attrs;
use crate::runtime::string::JsString;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// The last successful built-in match.
pub struct LastMatch {
    subject: Gc<JsString>,
    /// The whole match, then each group (None when it did not take part).
    groups: Vec<Option<std::ops::Range<usize>>>,
}

impl LastMatch {
    pub fn trace(&self, t: &mut Tracer) {
        t.cell(self.subject);
    }
}

impl Vm {
    /// Records a successful match for the legacy statics.
    pub(super) fn record_last_match(&mut self, subject: Gc<JsString>, m: &regress::Match) {
        let groups = std::iter::once(Some(m.range()))
            .chain(m.captures.iter().cloned())
            .collect();
        self.realm.last_match = Some(LastMatch { subject, groups });
        self.realm.last_match_input = Some(subject);
    }
}

/// Which part of the last match a static reads.
#[derive(Clone, Copy)]
enum Part {
    Group(usize),
    LastParen,
    Left,
    Right,
}

/// Every static but `input`/`$_`, in V8's property order.
const STATICS: [(&str, Part); 17] = [
    ("lastMatch", Part::Group(0)),
    ("$&", Part::Group(0)),
    ("lastParen", Part::LastParen),
    ("$+", Part::LastParen),
    ("leftContext", Part::Left),
    ("$`", Part::Left),
    ("rightContext", Part::Right),
    ("$'", Part::Right),
    ("$1", Part::Group(1)),
    ("$2", Part::Group(2)),
    ("$3", Part::Group(3)),
    ("$4", Part::Group(4)),
    ("$5", Part::Group(5)),
    ("$6", Part::Group(6)),
    ("$7", Part::Group(7)),
    ("$8", Part::Group(8)),
    ("$9", Part::Group(9)),
];

const GETTERS: [NativeFn; 17] = [
    part::<0>, part::<1>, part::<2>, part::<3>, part::<4>, part::<5>, part::<6>, part::<7>,
    part::<8>, part::<9>, part::<10>, part::<11>, part::<12>, part::<13>, part::<14>, part::<15>,
    part::<16>,
];

pub fn install(vm: &mut Vm, ctor: Gc<crate::runtime::object::JsObject>) {
    let accessor = |vm: &mut Vm, name: &str, get: NativeFn, set: NativeFn| {
        let getter = vm.new_native_function(&format!("get {name}"), get, 0, false);
        let setter = vm.new_native_function(&format!("set {name}"), set, 1, false);
        let key = vm.key_from_str(name);
        let (get, set) = (Value::object(getter), Value::object(setter));
        vm.define_accessor(ctor, key, Some(get), Some(set), Attrs(Attrs::CONFIGURABLE));
    };
    accessor(vm, "input", input, set_input);
    accessor(vm, "$_", input, set_input);
    for (i, (name, _)) in STATICS.iter().enumerate() {
        accessor(vm, name, GETTERS[i], ignore);
    }
}

fn read(vm: &mut Vm, part: Part) -> Value {
    let Some(last) = &vm.realm.last_match else {
        return vm.str("");
    };
    let (subject, len) = (last.subject, last.subject.len());
    let whole = last.groups[0].clone().unwrap_or(0..0);
    let range = match part {
        Part::Group(i) => last.groups.get(i).cloned().flatten(),
        Part::LastParen => last.groups[1..].last().cloned().flatten(),
        Part::Left => Some(0..whole.start),
        Part::Right => Some(whole.end..len),
    };
    match range {
        Some(r) => vm.new_string(subject.units()[r].into()),
        None => vm.str(""),
    }
}

fn part<const K: usize>(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(read(vm, STATICS[K].1))
}

fn input(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(match vm.realm.last_match_input {
        Some(s) => Value::string(s),
        None => vm.str(""),
    })
}

fn set_input(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    vm.realm.last_match_input = Some(s);
    Ok(Value::UNDEFINED)
}

/// The other statics ignore assignments.
fn ignore(_: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}
