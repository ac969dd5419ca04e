//! Property access semantics: [[Get]], [[Set]], [[DefineOwnProperty]],
//! [[Delete]], [[HasProperty]], [[OwnPropertyKeys]] over maps and
//! elements, including the exotic parts (array `length`, string wrappers,
//! mapped `arguments`).

use super::descriptor::PropertyDescriptor;
use super::function::{Context, JsResult};
use super::heap::Gc;
use super::map::{Attrs, ElementsKind, MAX_FAST_PROPERTIES, Map, PropertyKey};
use super::object::{AccessorPair, JsObject, ObjectClass};
use super::proxy;
use super::string::JsString;
use super::typed_array::{self, IndexedKey};
use super::value::Value;
use super::vm::Vm;

/// A property key after ToPropertyKey: array indices are kept apart because
/// they live in elements, not in the map.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Key {
    Index(u32),
    Prop(PropertyKey),
}

/// An own property as found.
#[derive(Clone, Copy, Debug)]
pub enum Own {
    Data(Value, Attrs),
    Accessor(AccessorPair, Attrs),
}

impl Own {
    pub fn attrs(self) -> Attrs {
        match self {
            Own::Data(_, a) | Own::Accessor(_, a) => a,
        }
    }
}

/// The values that keep a key list's atoms alive (atoms are weak), to
/// root while the list waits across calls into JavaScript.
pub fn key_roots(keys: &[Key]) -> Vec<Value> {
    keys.iter()
        .filter_map(|k| match k {
            Key::Prop(p) => Some(p.to_value()),
            Key::Index(_) => None,
        })
        .collect()
}

/// Where a property search along the prototype chain ended.
pub enum Found {
    Property(Gc<JsObject>, Own),
    /// A proxy on the chain: its traps answer for it and everything behind.
    Proxy(Gc<JsObject>),
    Absent,
}

/// Why [[Set]] refused an assignment (strict code throws, sloppy code
/// ignores it, Reflect.set answers false).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetFailure {
    ReadOnly,
    /// An array cannot grow past its read-only `length`.
    FixedLength,
    NoSetter,
    NotExtensible,
    ReceiverNotObject,
    /// A proxy's `set` trap returned false.
    TrapReturnedFalse,
    /// A proxy receiver's `defineProperty` trap returned false.
    DefineRefused,
    /// Shrinking an array's length stopped at this non-configurable
    /// element.
    ElementNotDeletable(u32),
}

/// Gaps larger than this (and more than the array's size) make elements
/// sparse instead of filling holes.
const MAX_DENSE_GAP: u32 = 1024;

impl Vm {
    // ---- keys ----

    pub fn to_key(&mut self, v: Value) -> JsResult<Key> {
        if v.is_int() && v.as_int() >= 0 {
            return Ok(Key::Index(v.as_int() as u32));
        }
        if v.is_string() {
            return Ok(self.string_key(v.as_string()));
        }
        if v.is_symbol() {
            return Ok(Key::Prop(PropertyKey::Symbol(v.as_symbol())));
        }
        if v.is_double() {
            let d = v.as_double();
            if d >= 0.0
                && d < u32::MAX as f64
                && d.fract() == 0.0
                && !(d == 0.0 && d.is_sign_negative())
            {
                return Ok(Key::Index(d as u32));
            }
        }
        let prim = self.to_primitive(v, super::conversions::Hint::String)?;
        if prim.is_symbol() {
            return Ok(Key::Prop(PropertyKey::Symbol(prim.as_symbol())));
        }
        let s = self.to_string(prim)?;
        Ok(self.string_key(s))
    }

    pub fn string_key(&mut self, s: Gc<JsString>) -> Key {
        match s.as_array_index() {
            Some(i) => Key::Index(i),
            None => Key::Prop(PropertyKey::String(self.atomize(s))),
        }
    }

    pub fn key_from_str(&mut self, s: &str) -> Key {
        let units: Vec<u16> = s.encode_utf16().collect();
        match super::string::units_as_array_index(&units) {
            Some(i) => Key::Index(i),
            None => Key::Prop(PropertyKey::String(self.intern_units(&units))),
        }
    }

    pub fn key_to_value(&mut self, k: Key) -> Value {
        match k {
            Key::Index(i) => {
                let s = i.to_string();
                Value::string(self.intern(&s))
            }
            Key::Prop(p) => p.to_value(),
        }
    }

    /// V8's TypeError for reading (or writing) `key` of undefined or null.
    pub fn nullish_base_error(&mut self, base: Value, key: &str, write: bool) -> Value {
        let what = if base.is_undefined() {
            "undefined"
        } else {
            "null"
        };
        self.type_error(&if write {
            format!("Cannot set properties of {what} (setting '{key}')")
        } else {
            format!("Cannot read properties of {what} (reading '{key}')")
        })
    }

    /// The key as Node prints it in messages (`'x'`, `Symbol(x)`).
    pub fn key_display(&mut self, k: Key) -> String {
        match k {
            Key::Index(i) => i.to_string(),
            Key::Prop(PropertyKey::String(s)) => s.to_rust_string(),
            Key::Prop(PropertyKey::Symbol(s)) => {
                let d = if s.description.is_string() {
                    s.description.as_string().to_rust_string()
                } else {
                    String::new()
                };
                if s.private { d } else { format!("Symbol({d})") }
            }
        }
    }

    // ---- internal methods that proxies redefine ----

    /// [[GetOwnProperty]]; `get_own` is the ordinary objects' version.
    pub fn get_own_property(&mut self, o: Gc<JsObject>, key: Key) -> JsResult<Option<Own>> {
        if proxy::is_proxy(o) {
            return self.proxy_get_own_property(o, key);
        }
        // An error's `stack` shows as the data property it is once read.
        if key == Key::Prop(self.realm.names.stack) {
            self.materialize_stack(o);
        }
        Ok(self.get_own(o, key))
    }

    /// [[GetPrototypeOf]].
    pub fn get_prototype_of(&mut self, o: Gc<JsObject>) -> JsResult<Value> {
        if proxy::is_proxy(o) {
            return self.proxy_get_prototype_of(o);
        }
        Ok(o.map.prototype)
    }

    /// [[SetPrototypeOf]].
    pub fn set_prototype_of(&mut self, o: Gc<JsObject>, proto: Value) -> JsResult<bool> {
        if proxy::is_proxy(o) {
            return self.proxy_set_prototype_of(o, proto);
        }
        // Object.prototype's prototype is immutable.
        if o == self.realm.intrinsics.object_prototype {
            return Ok(o.map.prototype == proto);
        }
        Ok(self.set_prototype(o, proto))
    }

    /// [[IsExtensible]].
    pub fn is_extensible(&mut self, o: Gc<JsObject>) -> JsResult<bool> {
        if proxy::is_proxy(o) {
            return self.proxy_is_extensible(o);
        }
        Ok(o.map.extensible)
    }

    /// [[PreventExtensions]].
    pub fn prevent_extensions(&mut self, mut o: Gc<JsObject>) -> JsResult<bool> {
        if proxy::is_proxy(o) {
            return self.proxy_prevent_extensions(o);
        }
        o.map = Map::without_extensions(o.map, &mut self.heap);
        Ok(true)
    }

    /// [[OwnPropertyKeys]]; `own_keys` is the ordinary objects' version.
    pub fn own_property_keys(&mut self, o: Gc<JsObject>) -> JsResult<Vec<Key>> {
        if proxy::is_proxy(o) {
            return self.proxy_own_keys(o);
        }
        Ok(self.own_keys(o))
    }

    // ---- own properties ----

    pub fn get_own(&mut self, o: Gc<JsObject>, key: Key) -> Option<Own> {
        match typed_array::classify(o, key) {
            (Some(view), IndexedKey::Element(i)) => {
                return Some(typed_array::element_property(&view, i));
            }
            (Some(_), IndexedKey::Invalid) => return None,
            _ => {}
        }
        match key {
            Key::Index(i) => self.get_own_element(o, i),
            Key::Prop(p) => {
                if p == self.realm.names.length {
                    match &o.class {
                        ObjectClass::Array {
                            length,
                            length_writable,
                        } => {
                            let w = if *length_writable { Attrs::WRITABLE } else { 0 };
                            return Some(Own::Data(Value::number(*length as f64), Attrs(w)));
                        }
                        ObjectClass::String(s) => {
                            return Some(Own::Data(Value::int(s.len() as i32), Attrs::NONE));
                        }
                        _ => {}
                    }
                }
                let (_, d) = o.map.lookup(p)?;
                let v = o.slot(d.slot);
                if d.attrs.is_accessor() {
                    Some(Own::Accessor(
                        v.as_object().accessor_pair().expect("accessor slot"),
                        d.attrs,
                    ))
                } else {
                    Some(Own::Data(v, d.attrs))
                }
            }
        }
    }

    /// Whether `key` is an index an array cannot grow to: at or past a
    /// read-only `length`.
    pub fn past_fixed_length(&self, o: Gc<JsObject>, key: Key) -> bool {
        matches!(
            (key, &o.class),
            (Key::Index(i), ObjectClass::Array { length, length_writable: false }) if i >= *length
        )
    }

    fn get_own_element(&mut self, o: Gc<JsObject>, i: u32) -> Option<Own> {
        if let ObjectClass::String(s) = &o.class
            && (i as usize) < s.len()
        {
            let c = self.new_string(Box::new([s.units()[i as usize]]));
            return Some(Own::Data(c, Attrs(Attrs::ENUMERABLE)));
        }
        let own = ordinary_own_element(o, i)?;
        // A mapped argument's value is its parameter's (its attributes
        // are the element's).
        Some(match (own, mapped_argument(o, i)) {
            (Own::Data(_, a), Some((ctx, slot))) => Own::Data(ctx.slots[slot], a),
            (own, _) => own,
        })
    }
}

/// The context slot a mapped arguments object's element `i` aliases.
pub fn mapped_argument(o: Gc<JsObject>, i: u32) -> Option<(Gc<Context>, usize)> {
    match &o.class {
        ObjectClass::Arguments {
            mapped: Some((ctx, slots)),
        } if slots.get(i as usize).is_some_and(|&s| s != u32::MAX) => {
            let ctx: Gc<Context> = unsafe { ctx.as_internal() };
            Some((ctx, slots[i as usize] as usize))
        }
        _ => None,
    }
}

/// Ends the aliasing of a mapped arguments object's element `i`.
pub fn unmap_argument(mut o: Gc<JsObject>, i: u32) {
    if let ObjectClass::Arguments {
        mapped: Some((_, slots)),
    } = &mut o.class
        && let Some(slot) = slots.get_mut(i as usize)
    {
        *slot = u32::MAX;
    }
}

/// OrdinaryGetOwnProperty of an element: sparse, or dense (not a hole).
fn ordinary_own_element(o: Gc<JsObject>, i: u32) -> Option<Own> {
    if let Some(sparse) = &o.sparse {
        let &(v, a) = sparse.get(&i)?;
        return Some(if a.is_accessor() {
            Own::Accessor(v.as_object().accessor_pair().expect("accessor element"), a)
        } else {
            Own::Data(v, a)
        });
    }
    let v = *o.elements.get(i as usize)?;
    if v.is_hole() {
        None
    } else {
        Some(Own::Data(v, Attrs::DEFAULT))
    }
}

impl Vm {
    // ---- [[Get]] ----

    /// GetV: property lookup on any value (primitives use their prototype).
    pub fn get(&mut self, target: Value, key: Key) -> JsResult<Value> {
        if target.is_object() {
            return self.get_from(target.as_object(), key, target);
        }
        if target.is_string() {
            let s = target.as_string();
            match key {
                Key::Index(i) if (i as usize) < s.len() => {
                    return Ok(self.new_string(Box::new([s.units()[i as usize]])));
                }
                Key::Prop(p) if p == self.realm.names.length => {
                    return Ok(Value::int(s.len() as i32));
                }
                _ => {}
            }
        }
        let proto = self.prototype_of_primitive(target, key)?;
        self.get_from(proto, key, target)
    }

    pub fn prototype_of_primitive(&mut self, v: Value, key: Key) -> JsResult<Gc<JsObject>> {
        let i = &self.realm.intrinsics;
        Ok(if v.is_number() {
            i.number_prototype
        } else if v.is_string() {
            i.string_prototype
        } else if v.is_bool() {
            i.boolean_prototype
        } else if v.is_symbol() {
            i.symbol_prototype
        } else {
            let k = self.key_display(key);
            return Err(self.nullish_base_error(v, &k, false));
        })
    }

    /// [[Get]] on an object with a receiver (OrdinaryGet along the
    /// prototype chain, or a proxy's trap).
    pub fn get_from(&mut self, o: Gc<JsObject>, key: Key, receiver: Value) -> JsResult<Value> {
        match self.find(o, key) {
            Found::Property(_, Own::Data(v, _)) => Ok(v),
            Found::Property(_, Own::Accessor(pair, _)) => {
                if pair.getter.is_undefined() {
                    Ok(Value::UNDEFINED)
                } else {
                    self.call(pair.getter, receiver, &[])
                }
            }
            Found::Proxy(p) => self.proxy_get(p, key, receiver),
            Found::Absent => Ok(Value::UNDEFINED),
        }
    }

    pub fn get_named(&mut self, target: Value, name: &str) -> JsResult<Value> {
        let k = self.key_from_str(name);
        self.get(target, k)
    }

    /// Walks the prototype chain to the object that has `key`, or to the
    /// first proxy on the way (whose traps must decide the rest).
    pub fn find(&mut self, mut o: Gc<JsObject>, key: Key) -> Found {
        // Private names never reach traps: a proxy holds its own private
        // elements like any object (and inherits none).
        let private = matches!(key, Key::Prop(p) if p.is_private());
        loop {
            if proxy::is_proxy(o) && !private {
                return Found::Proxy(o);
            }
            // A typed array answers numeric keys itself, element or not.
            match typed_array::classify(o, key) {
                (Some(view), IndexedKey::Element(i)) => {
                    return Found::Property(o, typed_array::element_property(&view, i));
                }
                (Some(_), IndexedKey::Invalid) => return Found::Absent,
                _ => {}
            }
            if let Some(own) = self.get_own(o, key) {
                return Found::Property(o, own);
            }
            let proto = o.map.prototype;
            if !proto.is_object() || private {
                return Found::Absent;
            }
            o = proto.as_object();
        }
    }

    /// Finds where a property lives along the prototype chain, not asking
    /// proxies (for lookups that must not run JavaScript).
    pub fn lookup(&mut self, o: Gc<JsObject>, key: Key) -> Option<(Gc<JsObject>, Own)> {
        match self.find(o, key) {
            Found::Property(holder, own) => Some((holder, own)),
            Found::Proxy(_) | Found::Absent => None,
        }
    }

    /// [[HasProperty]].
    pub fn has_property(&mut self, o: Gc<JsObject>, key: Key) -> JsResult<bool> {
        match self.find(o, key) {
            Found::Property(..) => Ok(true),
            Found::Proxy(p) => self.proxy_has(p, key),
            Found::Absent => Ok(false),
        }
    }

    // ---- [[Set]] ----

    pub fn set(&mut self, target: Value, key: Key, v: Value, strict: bool) -> JsResult<()> {
        if !target.is_object() {
            if target.is_nullish() {
                let k = self.key_display(key);
                return Err(self.nullish_base_error(target, &k, true));
            }
            let proto = self.prototype_of_primitive(target, key)?;
            match self.find(proto, key) {
                Found::Property(_, Own::Accessor(pair, _)) if !pair.setter.is_undefined() => {
                    self.call(pair.setter, target, &[v])?;
                    return Ok(());
                }
                Found::Proxy(p) => {
                    let r = self.proxy_set(p, key, v, target)?;
                    return self.check_set(r, key, target, strict);
                }
                _ => {}
            }
            if strict {
                let k = self.key_display(key);
                let t = self.to_display_string(target);
                return Err(self.type_error(&format!(
                    "Cannot create property '{k}' on {} '{t}'",
                    self.type_of(target)
                )));
            }
            return Ok(());
        }
        let o = target.as_object();
        self.set_on(o, key, v, target, strict)
    }

    /// [[Set]] as PutValue uses it: a refusal throws in strict code.
    pub fn set_on(
        &mut self,
        o: Gc<JsObject>,
        key: Key,
        v: Value,
        receiver: Value,
        strict: bool,
    ) -> JsResult<()> {
        let r = self.set_property(o, key, v, receiver)?;
        self.check_set(r, key, receiver, strict)
    }

    fn check_set(
        &mut self,
        r: Result<(), SetFailure>,
        key: Key,
        receiver: Value,
        strict: bool,
    ) -> JsResult<()> {
        match r {
            Ok(()) => Ok(()),
            Err(_) if !strict => Ok(()),
            Err(failure) => Err(self.set_failure_error(failure, key, receiver)),
        }
    }

    /// [[Set]] (OrdinarySet, a typed array's, or a proxy's trap); the inner
    /// error says why the assignment was refused.
    pub fn set_property(
        &mut self,
        o: Gc<JsObject>,
        key: Key,
        v: Value,
        receiver: Value,
    ) -> JsResult<Result<(), SetFailure>> {
        match typed_array::classify(o, key) {
            (Some(_), IndexedKey::NotNumeric) | (None, _) => {}
            (Some(_), _) if receiver == Value::object(o) => {
                let n = typed_array::numeric_index(key).unwrap();
                self.typed_array_set(o, n, v)?;
                return Ok(Ok(()));
            }
            (Some(_), IndexedKey::Invalid) => return Ok(Ok(())),
            (Some(_), IndexedKey::Element(_)) => {}
        }
        match self.find(o, key) {
            Found::Proxy(p) => return self.proxy_set(p, key, v, receiver),
            Found::Property(holder, Own::Data(_, attrs)) => {
                if !attrs.writable() {
                    return Ok(Err(SetFailure::ReadOnly));
                }
                if holder == o && receiver == Value::object(o) {
                    return self.write_own_data(o, key, v);
                }
            }
            Found::Property(_, Own::Accessor(pair, _)) => {
                if pair.setter.is_undefined() {
                    return Ok(Err(SetFailure::NoSetter));
                }
                self.call(pair.setter, receiver, &[v])?;
                return Ok(Ok(()));
            }
            Found::Absent => {}
        }
        if !receiver.is_object() {
            return Ok(Err(SetFailure::ReceiverNotObject));
        }
        let r = receiver.as_object();
        if proxy::is_proxy(r) {
            return self.set_on_proxy_receiver(r, key, v);
        }
        if r != o
            && let Some(own) = self.get_own(r, key)
        {
            if let Own::Data(_, a) = own
                && a.writable()
            {
                return self.write_own_data(r, key, v);
            }
            return Ok(Err(SetFailure::ReadOnly));
        }
        if !r.map.extensible {
            return Ok(Err(SetFailure::NotExtensible));
        }
        if self.past_fixed_length(r, key) {
            return Ok(Err(SetFailure::FixedLength));
        }
        self.add_own(r, key, v, Attrs::DEFAULT);
        Ok(Ok(()))
    }

    /// The end of OrdinarySet when the receiver is a proxy: its own
    /// property is read and (re)defined through its traps.
    fn set_on_proxy_receiver(
        &mut self,
        r: Gc<JsObject>,
        key: Key,
        v: Value,
    ) -> JsResult<Result<(), SetFailure>> {
        let desc = match self.proxy_get_own_property(r, key)? {
            Some(Own::Accessor(..)) => return Ok(Err(SetFailure::NoSetter)),
            Some(Own::Data(_, a)) if !a.writable() => return Ok(Err(SetFailure::ReadOnly)),
            Some(_) => PropertyDescriptor {
                value: Some(v),
                ..Default::default()
            },
            None => PropertyDescriptor::data(v, Attrs::DEFAULT),
        };
        Ok(if self.proxy_define_own_property(r, key, &desc)? {
            Ok(())
        } else {
            Err(SetFailure::DefineRefused)
        })
    }

    /// The TypeError strict code throws for a refused assignment.
    fn set_failure_error(&mut self, failure: SetFailure, key: Key, receiver: Value) -> Value {
        let k = self.key_display(key);
        let is_array = receiver.to_object_opt().is_some_and(|o| o.is_array());
        let message = match failure {
            SetFailure::ReadOnly | SetFailure::FixedLength => {
                let what = if self.is_callable(receiver) {
                    "function"
                } else {
                    "object"
                };
                // V8 names arrays by their Object.prototype.toString tag.
                let o = if is_array {
                    "[object Array]".to_string()
                } else {
                    self.object_description(receiver)
                };
                let k = if failure == SetFailure::FixedLength {
                    "length".to_string()
                } else {
                    k
                };
                format!("Cannot assign to read only property '{k}' of {what} '{o}'")
            }
            SetFailure::NoSetter => format!(
                "Cannot set property {k} of {} which has only a getter",
                self.object_description(receiver)
            ),
            SetFailure::NotExtensible => {
                format!("Cannot add property {k}, object is not extensible")
            }
            SetFailure::TrapReturnedFalse => {
                format!("'set' on proxy: trap returned falsish for property '{k}'")
            }
            SetFailure::DefineRefused => {
                format!("'defineProperty' on proxy: trap returned falsish for property '{k}'")
            }
            SetFailure::ElementNotDeletable(i) => super::descriptor::element_not_deletable(i),
            SetFailure::ReceiverNotObject => {
                let t = self.to_display_string(receiver);
                format!(
                    "Cannot create property '{k}' on {} '{t}'",
                    self.type_of(receiver)
                )
            }
        };
        self.type_error(&message)
    }

    /// Writes an existing, writable own data property.
    fn write_own_data(
        &mut self,
        mut o: Gc<JsObject>,
        key: Key,
        v: Value,
    ) -> JsResult<Result<(), SetFailure>> {
        match key {
            Key::Index(i) => self.set_element(o, i, v),
            Key::Prop(p) => {
                if p == self.realm.names.length && o.is_array() {
                    return self.set_array_length(o, v);
                }
                let (_, d) = o.map.lookup(p).expect("own property");
                o.set_slot(d.slot, v);
            }
        }
        Ok(Ok(()))
    }

    /// ArraySetLength's value part: fails (keeping the length just past
    /// it) when a non-configurable element stands in the way.
    pub fn set_array_length(
        &mut self,
        o: Gc<JsObject>,
        v: Value,
    ) -> JsResult<Result<(), SetFailure>> {
        let n = self.to_number(v)?;
        let len = n as u32;
        if len as f64 != n {
            return Err(self.range_error("Invalid array length"));
        }
        let actual = self.truncate_or_extend(o, len);
        Ok(match actual == len {
            true => Ok(()),
            false => Err(SetFailure::ElementNotDeletable(actual - 1)),
        })
    }

    /// Sets an array's length, deleting the elements past it from the end
    /// down, and stopping above a non-configurable one (only sparse
    /// elements have attributes); returns the length set.
    pub fn truncate_or_extend(&mut self, mut o: Gc<JsObject>, mut len: u32) -> u32 {
        if let Some(sparse) = &mut o.sparse {
            let blocking = sparse
                .range(len..)
                .filter(|(_, (_, attrs))| !attrs.configurable())
                .map(|(&i, _)| i)
                .next_back();
            if let Some(i) = blocking {
                len = i + 1;
            }
            sparse.retain(|&i, _| i < len);
        } else if (len as usize) < o.elements.len() {
            o.elements.truncate(len as usize);
        } else if len as usize > o.elements.len() {
            let kind = o.map.elements_kind.to_holey();
            self.transition_elements(o, kind);
        }
        if let ObjectClass::Array { length, .. } = &mut o.class {
            *length = len;
        }
        len
    }

    // ---- adding and defining ----

    /// Adds a property the object does not have yet.
    pub fn add_own(&mut self, mut o: Gc<JsObject>, key: Key, v: Value, attrs: Attrs) {
        // Builtins define elements of typed arrays they created with
        // numbers; anything else would have gone through `set`.
        if let (Some(view), IndexedKey::Element(i)) = typed_array::classify(o, key) {
            view.set(
                i,
                if v.is_number() {
                    v.as_number()
                } else {
                    f64::NAN
                },
            );
            return;
        }
        match key {
            Key::Index(i) => {
                if attrs != Attrs::DEFAULT {
                    self.make_sparse(o);
                    o.sparse.as_mut().unwrap().insert(i, (v, attrs));
                    self.bump_length(o, i);
                } else {
                    self.set_element(o, i, v);
                }
            }
            Key::Prop(p) => {
                if !o.map.dictionary && o.map.property_count() >= MAX_FAST_PROPERTIES {
                    o.map = Map::to_dictionary(o.map, &mut self.heap);
                }
                let (map, slot) = Map::with_property(o.map, &mut self.heap, p, attrs);
                o.map = map;
                o.set_slot(slot, v);
                self.prototype_may_refuse_adds(o, attrs);
            }
        }
    }

    /// Defines (or redefines) a data property, as object literals and
    /// CreateDataProperty do: setters are not called.
    pub fn define_data(&mut self, o: Gc<JsObject>, key: Key, v: Value, attrs: Attrs) {
        match self.get_own(o, key) {
            None => self.add_own(o, key, v, attrs),
            Some(own) if own.attrs() == attrs && !attrs.is_accessor() => {
                let _ = self.write_own_data(o, key, v);
            }
            Some(_) => self.reconfigure(o, key, v, attrs),
        }
    }

    pub fn define_accessor(
        &mut self,
        o: Gc<JsObject>,
        key: Key,
        getter: Option<Value>,
        setter: Option<Value>,
        attrs: Attrs,
    ) {
        let mut pair = AccessorPair {
            getter: Value::UNDEFINED,
            setter: Value::UNDEFINED,
        };
        if let Some(Own::Accessor(old, _)) = self.get_own(o, key) {
            pair = old;
        }
        if let Some(g) = getter {
            pair.getter = g;
        }
        if let Some(s) = setter {
            pair.setter = s;
        }
        let map = self.realm.object_map;
        let holder = self
            .heap
            .alloc(JsObject::new(map, ObjectClass::Accessor(pair)));
        let attrs = Attrs((attrs.0 & !Attrs::WRITABLE) | Attrs::ACCESSOR);
        if self.get_own(o, key).is_some() {
            self.reconfigure(o, key, Value::object(holder), attrs);
        } else {
            self.add_own(o, key, Value::object(holder), attrs);
        }
    }

    /// Changes an existing property's value and attributes.
    pub fn reconfigure(&mut self, mut o: Gc<JsObject>, key: Key, v: Value, attrs: Attrs) {
        match key {
            Key::Index(i) => {
                self.make_sparse(o);
                o.sparse.as_mut().unwrap().insert(i, (v, attrs));
                self.bump_length(o, i);
            }
            Key::Prop(p) => {
                self.prototype_may_refuse_adds(o, attrs);
                if p == self.realm.names.length && o.is_array() {
                    // ArraySetLength: the new length first, then (once) a
                    // read-only length, whose array keeps sparse elements
                    // so that no fast path can grow it.
                    let _ = self.set_array_length(o, v);
                    if !attrs.writable() {
                        self.make_sparse(o);
                        if let ObjectClass::Array {
                            length_writable, ..
                        } = &mut o.class
                        {
                            *length_writable = false;
                        }
                    }
                    return;
                }
                // The same attributes keep a fast map (class accessors are
                // defined a getter and a setter at a time).
                if let Some((_, d)) = o.map.lookup(p)
                    && !o.map.dictionary
                    && d.attrs == attrs
                {
                    o.map = Map::reconfigured(o.map, &mut self.heap);
                    o.set_slot(d.slot, v);
                    return;
                }
                o.map = Map::to_dictionary(o.map, &mut self.heap);
                let (index, d) = o.map.lookup(p).expect("own property");
                let mut map = o.map;
                map.set_attrs(index, attrs);
                o.set_slot(d.slot, v);
            }
        }
    }

    fn bump_length(&mut self, mut o: Gc<JsObject>, i: u32) {
        if let ObjectClass::Array { length, .. } = &mut o.class
            && i >= *length
        {
            *length = i + 1;
        }
    }

    // ---- elements ----

    pub fn set_element(&mut self, mut o: Gc<JsObject>, i: u32, v: Value) {
        if let Some((mut ctx, slot)) = mapped_argument(o, i) {
            ctx.slots[slot] = v;
        }
        if let Some(sparse) = &mut o.sparse {
            // An existing element keeps its attributes.
            let attrs = sparse.get(&i).map_or(Attrs::DEFAULT, |&(_, a)| a);
            sparse.insert(i, (v, attrs));
            self.bump_length(o, i);
            return;
        }
        let len = o.elements.len() as u32;
        if i > len && i - len > MAX_DENSE_GAP && i / 2 > len {
            self.make_sparse(o);
            o.sparse.as_mut().unwrap().insert(i, (v, Attrs::DEFAULT));
            self.bump_length(o, i);
            return;
        }
        let mut kind = o.map.elements_kind.generalize_for(v);
        if i > len {
            kind = kind.to_holey();
        }
        if kind != o.map.elements_kind {
            self.transition_elements(o, kind);
        }
        let stored = if kind.is_double() {
            Value::double(v.as_number())
        } else {
            v
        };
        if i < len {
            o.elements[i as usize] = stored;
        } else {
            if i > len {
                o.elements.resize(i as usize, Value::HOLE);
            }
            let before = o.elements.capacity();
            o.elements.push(stored);
            let grown = o.elements.capacity() - before;
            if grown > 0 {
                self.heap.note_allocation(grown * 8);
                self.check_heap_limit();
            }
            self.bump_length(o, i);
        }
    }

    /// Changes the elements kind, converting the backing store.
    pub fn transition_elements(&mut self, mut o: Gc<JsObject>, kind: ElementsKind) {
        if kind == ElementsKind::Dictionary {
            return self.make_sparse(o);
        }
        if kind.is_double() && !o.map.elements_kind.is_double() {
            for e in o.elements.iter_mut() {
                if e.is_int() {
                    *e = Value::double(e.as_int() as f64);
                }
            }
        }
        o.map = Map::with_elements_kind(o.map, &mut self.heap, kind);
    }

    pub fn make_sparse(&mut self, mut o: Gc<JsObject>) {
        if o.sparse.is_some() {
            return;
        }
        let mut sparse = std::collections::BTreeMap::new();
        for (i, v) in o.elements.drain(..).enumerate() {
            if !v.is_hole() {
                sparse.insert(i as u32, (v, Attrs::DEFAULT));
            }
        }
        o.sparse = Some(Box::new(sparse));
        o.map = Map::with_elements_kind(o.map, &mut self.heap, ElementsKind::Dictionary);
    }

    // ---- [[Delete]] ----

    pub fn delete(&mut self, mut o: Gc<JsObject>, key: Key, strict: bool) -> JsResult<bool> {
        if proxy::is_proxy(o) {
            return self.proxy_delete(o, key, strict);
        }
        match typed_array::classify(o, key) {
            (Some(_), IndexedKey::Element(_)) => {
                if strict {
                    let k = self.key_display(key);
                    let d = self.object_description(Value::object(o));
                    return Err(self.type_error(&format!("Cannot delete property '{k}' of {d}")));
                }
                return Ok(false);
            }
            (Some(_), IndexedKey::Invalid) => return Ok(true),
            _ => {}
        }
        let Some(own) = self.get_own(o, key) else {
            return Ok(true);
        };
        if !own.attrs().configurable() {
            if strict {
                let k = self.key_display(key);
                let d = self.object_description(Value::object(o));
                return Err(self.type_error(&format!("Cannot delete property '{k}' of {d}")));
            }
            return Ok(false);
        }
        match key {
            Key::Index(i) => {
                if let Some(sparse) = &mut o.sparse {
                    sparse.remove(&i);
                } else if (i as usize) < o.elements.len() {
                    let kind = o.map.elements_kind.to_holey();
                    self.transition_elements(o, kind);
                    o.elements[i as usize] = Value::HOLE;
                }
                unmap_argument(o, i);
            }
            Key::Prop(p) => {
                if o.map.last_added_is(p) {
                    let (_, d) = o.map.lookup(p).unwrap();
                    o.set_slot(d.slot, Value::UNDEFINED);
                    o.map = o.map.back_pointer.unwrap();
                } else {
                    o.map = Map::to_dictionary(o.map, &mut self.heap);
                    let (index, d) = o.map.lookup(p).unwrap();
                    o.set_slot(d.slot, Value::UNDEFINED);
                    let mut map = o.map;
                    map.remove(index);
                }
            }
        }
        Ok(true)
    }

    // ---- [[OwnPropertyKeys]] ----

    /// Own keys in spec order: indices ascending, then strings, then
    /// symbols, each in creation order. Private names are never listed.
    pub fn own_keys(&mut self, o: Gc<JsObject>) -> Vec<Key> {
        let mut keys = Vec::new();
        if let ObjectClass::String(s) = &o.class {
            keys.extend((0..s.len() as u32).map(Key::Index));
        }
        if let Some(view) = typed_array::view_of(o) {
            keys.extend((0..view.length() as u32).map(Key::Index));
        }
        if let Some(sparse) = &o.sparse {
            keys.extend(sparse.keys().map(|&i| Key::Index(i)));
        } else {
            for (i, v) in o.elements.iter().enumerate() {
                if !v.is_hole() {
                    keys.push(Key::Index(i as u32));
                }
            }
        }
        if o.is_array() || matches!(o.class, ObjectClass::String(_)) {
            keys.push(Key::Prop(self.realm.names.length));
        }
        let descriptors = o.map.descriptors();
        keys.extend(
            descriptors
                .iter()
                .filter(|d| matches!(d.key, PropertyKey::String(_)))
                .map(|d| Key::Prop(d.key)),
        );
        keys.extend(
            descriptors
                .iter()
                .filter(|d| matches!(d.key, PropertyKey::Symbol(s) if !s.private))
                .map(|d| Key::Prop(d.key)),
        );
        keys
    }

    /// EnumerableOwnProperties(o, key) through the internal methods (so
    /// proxies' traps run); the keys are not rooted.
    pub fn enumerable_own_keys(&mut self, o: Gc<JsObject>) -> JsResult<Vec<Key>> {
        let keys = self.own_property_keys(o)?;
        self.with_roots(&key_roots(&keys), |vm| {
            let mut out = Vec::new();
            for k in keys {
                if matches!(k, Key::Prop(PropertyKey::Symbol(_))) {
                    continue;
                }
                if vm
                    .get_own_property(o, k)?
                    .is_some_and(|own| own.attrs().enumerable())
                {
                    out.push(k);
                }
            }
            Ok(out)
        })
    }

    /// Own enumerable string-keyed properties of an ordinary object
    /// (Object.keys order), without running any JavaScript.
    pub fn own_enumerable_string_keys(&mut self, o: Gc<JsObject>) -> Vec<Key> {
        let keys = self.own_keys(o);
        keys.into_iter()
            .filter(|k| !matches!(k, Key::Prop(PropertyKey::Symbol(_))))
            .filter(|k| {
                self.get_own(o, *k)
                    .is_some_and(|own| own.attrs().enumerable())
            })
            .collect()
    }

    pub fn set_prototype(&mut self, mut o: Gc<JsObject>, proto: Value) -> bool {
        if o.map.prototype == proto {
            return true;
        }
        if !o.map.extensible {
            return false;
        }
        // Cycle check; a proxy ends it (its prototype is its traps' say).
        let mut p = proto;
        while p.is_object() && !proxy::is_proxy(p.as_object()) {
            if p.as_object() == o {
                return false;
            }
            p = p.as_object().map.prototype;
        }
        o.map = Map::to_dictionary(o.map, &mut self.heap);
        let mut map = o.map;
        map.set_prototype(proto);
        if o.used_as_prototype {
            self.realm.prototype_epoch = self.realm.prototype_epoch.wrapping_add(1);
        }
        true
    }

    /// A property with `attrs` was defined on `o`: if `o` is a prototype
    /// and a store could no longer add that name to an heir (a setter or
    /// a read-only property), cached transitions are no longer valid.
    fn prototype_may_refuse_adds(&mut self, o: Gc<JsObject>, attrs: Attrs) {
        if o.used_as_prototype && !attrs.writable() {
            self.realm.prototype_epoch = self.realm.prototype_epoch.wrapping_add(1);
        }
    }
}
