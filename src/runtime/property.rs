//! Property access semantics: [[Get]], [[Set]], [[DefineOwnProperty]],
//! [[Delete]], [[HasProperty]], [[OwnPropertyKeys]] over maps and
//! elements, including the exotic parts (array `length`, string wrappers,
//! mapped `arguments`).

use super::function::{Context, JsResult};
use super::heap::Gc;
use super::map::{Attrs, ElementsKind, MAX_FAST_PROPERTIES, Map, PropertyKey};
use super::object::{AccessorPair, JsObject, ObjectClass};
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
                        ObjectClass::Array { length } => {
                            let w = if o.map.extensible || !self.array_is_frozen(o) {
                                Attrs::WRITABLE
                            } else {
                                0
                            };
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

    fn array_is_frozen(&self, o: Gc<JsObject>) -> bool {
        o.sparse
            .as_ref()
            .is_some_and(|s| s.values().all(|(_, a)| !a.writable()))
            && o.map.elements_kind == ElementsKind::Dictionary
            && !o.map.extensible
    }

    fn get_own_element(&mut self, o: Gc<JsObject>, i: u32) -> Option<Own> {
        match &o.class {
            ObjectClass::String(s) if (i as usize) < s.len() => {
                let c = self.new_string(Box::new([s.units()[i as usize]]));
                return Some(Own::Data(c, Attrs(Attrs::ENUMERABLE)));
            }
            ObjectClass::Arguments {
                mapped: Some((ctx, slots)),
            } if (i as usize) < slots.len()
                && slots[i as usize] != u32::MAX
                && !o.elements.get(i as usize).is_some_and(|v| v.is_hole()) =>
            {
                let ctx: Gc<Context> = unsafe { ctx.as_internal() };
                return Some(Own::Data(
                    ctx.slots[slots[i as usize] as usize],
                    Attrs::DEFAULT,
                ));
            }
            _ => {}
        }
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
            let what = if v.is_undefined() {
                "undefined"
            } else {
                "null"
            };
            let k = self.key_display(key);
            return Err(
                self.type_error(&format!("Cannot read properties of {what} (reading '{k}')"))
            );
        })
    }

    pub fn get_from(&mut self, mut o: Gc<JsObject>, key: Key, receiver: Value) -> JsResult<Value> {
        loop {
            // A typed array answers numeric keys itself, element or not.
            match typed_array::classify(o, key) {
                (Some(view), IndexedKey::Element(i)) => return Ok(Value::number(view.get(i))),
                (Some(_), IndexedKey::Invalid) => return Ok(Value::UNDEFINED),
                _ => {}
            }
            match self.get_own(o, key) {
                Some(Own::Data(v, _)) => return Ok(v),
                Some(Own::Accessor(pair, _)) => {
                    return if pair.getter.is_undefined() {
                        Ok(Value::UNDEFINED)
                    } else {
                        self.call(pair.getter, receiver, &[])
                    };
                }
                None => {}
            }
            let proto = o.map.prototype;
            if !proto.is_object() {
                return Ok(Value::UNDEFINED);
            }
            o = proto.as_object();
        }
    }

    pub fn get_named(&mut self, target: Value, name: &str) -> JsResult<Value> {
        let k = self.key_from_str(name);
        self.get(target, k)
    }

    /// Finds where a property lives along the prototype chain.
    pub fn lookup(&mut self, mut o: Gc<JsObject>, key: Key) -> Option<(Gc<JsObject>, Own)> {
        loop {
            match typed_array::classify(o, key) {
                (Some(view), IndexedKey::Element(i)) => {
                    return Some((o, typed_array::element_property(&view, i)));
                }
                (Some(_), IndexedKey::Invalid) => return None,
                _ => {}
            }
            if let Some(own) = self.get_own(o, key) {
                return Some((o, own));
            }
            let proto = o.map.prototype;
            if !proto.is_object() {
                return None;
            }
            o = proto.as_object();
        }
    }

    pub fn has_property(&mut self, o: Gc<JsObject>, key: Key) -> bool {
        self.lookup(o, key).is_some()
    }

    // ---- [[Set]] ----

    pub fn set(&mut self, target: Value, key: Key, v: Value, strict: bool) -> JsResult<()> {
        if !target.is_object() {
            if target.is_nullish() {
                let what = if target.is_undefined() {
                    "undefined"
                } else {
                    "null"
                };
                let k = self.key_display(key);
                return Err(
                    self.type_error(&format!("Cannot set properties of {what} (setting '{k}')"))
                );
            }
            let proto = self.prototype_of_primitive(target, key)?;
            if let Some((_, Own::Accessor(pair, _))) = self.lookup(proto, key)
                && !pair.setter.is_undefined()
            {
                self.call(pair.setter, target, &[v])?;
                return Ok(());
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

    pub fn set_on(
        &mut self,
        o: Gc<JsObject>,
        key: Key,
        v: Value,
        receiver: Value,
        strict: bool,
    ) -> JsResult<()> {
        match typed_array::classify(o, key) {
            (Some(_), IndexedKey::NotNumeric) | (None, _) => {}
            (Some(_), _) if receiver == Value::object(o) => {
                let n = typed_array::numeric_index(key).unwrap();
                return self.typed_array_set(o, n, v);
            }
            (Some(_), IndexedKey::Invalid) => return Ok(()),
            (Some(_), IndexedKey::Element(_)) => {}
        }
        match self.lookup(o, key) {
            Some((holder, Own::Data(_, attrs))) => {
                if !attrs.writable() {
                    return self.fail_read_only(key, receiver, strict);
                }
                if holder == o && receiver == Value::object(o) {
                    return self.write_own_data(o, key, v, strict);
                }
            }
            Some((_, Own::Accessor(pair, _))) => {
                if pair.setter.is_undefined() {
                    if strict {
                        let k = self.key_display(key);
                        return Err(self.type_error(&format!(
                            "Cannot set property {k} of {} which has only a getter",
                            self.object_description(receiver)
                        )));
                    }
                    return Ok(());
                }
                self.call(pair.setter, receiver, &[v])?;
                return Ok(());
            }
            None => {}
        }
        if !receiver.is_object() {
            return Ok(());
        }
        let r = receiver.as_object();
        if r != o
            && let Some(own) = self.get_own(r, key)
        {
            if let Own::Data(_, a) = own
                && a.writable()
            {
                return self.write_own_data(r, key, v, strict);
            }
            return self.fail_read_only(key, receiver, strict);
        }
        if !r.map.extensible {
            if strict {
                let k = self.key_display(key);
                return Err(self.type_error(&format!(
                    "Cannot add property {k}, object is not extensible"
                )));
            }
            return Ok(());
        }
        self.add_own(r, key, v, Attrs::DEFAULT);
        Ok(())
    }

    fn fail_read_only(&mut self, key: Key, receiver: Value, strict: bool) -> JsResult<()> {
        if strict {
            let k = self.key_display(key);
            let what = if self.is_callable(receiver) {
                "function"
            } else {
                "object"
            };
            let o = self.object_description(receiver);
            return Err(self.type_error(&format!(
                "Cannot assign to read only property '{k}' of {what} '{o}'"
            )));
        }
        Ok(())
    }

    /// Writes an existing, writable own data property.
    fn write_own_data(
        &mut self,
        mut o: Gc<JsObject>,
        key: Key,
        v: Value,
        strict: bool,
    ) -> JsResult<()> {
        match key {
            Key::Index(i) => {
                self.set_element(o, i, v);
                Ok(())
            }
            Key::Prop(p) => {
                if p == self.realm.names.length && o.is_array() {
                    return self.set_array_length(o, v, strict);
                }
                let (_, d) = o.map.lookup(p).expect("own property");
                o.set_slot(d.slot, v);
                Ok(())
            }
        }
    }

    pub fn set_array_length(&mut self, o: Gc<JsObject>, v: Value, _strict: bool) -> JsResult<()> {
        let n = self.to_number(v)?;
        let len = n as u32;
        if len as f64 != n {
            return Err(self.range_error("Invalid array length"));
        }
        self.truncate_or_extend(o, len);
        Ok(())
    }

    pub fn truncate_or_extend(&mut self, mut o: Gc<JsObject>, len: u32) {
        if let Some(sparse) = &mut o.sparse {
            sparse.retain(|&i, _| i < len);
        } else if (len as usize) < o.elements.len() {
            o.elements.truncate(len as usize);
        } else if len as usize > o.elements.len() {
            let kind = o.map.elements_kind.to_holey();
            self.transition_elements(o, kind);
        }
        if let ObjectClass::Array { length } = &mut o.class {
            *length = len;
        }
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
            }
        }
    }

    /// Defines (or redefines) a data property, as object literals and
    /// CreateDataProperty do: setters are not called.
    pub fn define_data(&mut self, o: Gc<JsObject>, key: Key, v: Value, attrs: Attrs) {
        match self.get_own(o, key) {
            None => self.add_own(o, key, v, attrs),
            Some(own) if own.attrs() == attrs && !attrs.is_accessor() => {
                let _ = self.write_own_data(o, key, v, false);
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
                if p == self.realm.names.length && o.is_array() {
                    // A read-only `length` is not modeled yet (the array's
                    // elements at least become individually attributed).
                    if !attrs.writable() {
                        self.make_sparse(o);
                    }
                    let _ = self.set_array_length(o, v, false);
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
        if let ObjectClass::Array { length } = &mut o.class
            && i >= *length
        {
            *length = i + 1;
        }
    }

    // ---- elements ----

    pub fn set_element(&mut self, mut o: Gc<JsObject>, i: u32, v: Value) {
        if let ObjectClass::Arguments {
            mapped: Some((ctx, slots)),
        } = &o.class
            && (i as usize) < slots.len()
            && slots[i as usize] != u32::MAX
        {
            let mut ctx: Gc<Context> = unsafe { ctx.as_internal() };
            ctx.slots[slots[i as usize] as usize] = v;
        }
        if o.sparse.is_some() {
            o.sparse.as_mut().unwrap().insert(i, (v, Attrs::DEFAULT));
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
                if let ObjectClass::Arguments {
                    mapped: Some((_, slots)),
                } = &mut o.class
                    && (i as usize) < slots.len()
                {
                    slots[i as usize] = u32::MAX;
                }
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
            keys.extend((0..view.length as u32).map(Key::Index));
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

    /// Own enumerable string-keyed properties (Object.keys order).
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
        // Cycle check.
        let mut p = proto;
        while p.is_object() {
            if p.as_object() == o {
                return false;
            }
            p = p.as_object().map.prototype;
        }
        o.map = Map::to_dictionary(o.map, &mut self.heap);
        let mut map = o.map;
        map.set_prototype(proto);
        true
    }
}
