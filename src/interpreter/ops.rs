//! Generic (slow-path) operations behind bytecodes: arithmetic and
//! comparison on arbitrary values, iteration protocol, for-in, arguments.

use crate::bytecode::Opcode;
use crate::runtime::conversions::{Hint, to_int32};
use crate::runtime::function::JsResult;
use crate::runtime::heap::Gc;
use crate::runtime::map::PropertyKey;
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::Key;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    pub fn binary_op(&mut self, op: Opcode, a: Value, b: Value) -> JsResult<Value> {
        if op == Opcode::Add {
            let pa = self.to_primitive(a, Hint::Default)?;
            let pb = self.to_primitive(b, Hint::Default)?;
            if pa.is_string() || pb.is_string() {
                let sa = self.to_string(pa)?;
                let sb = self.to_string(pb)?;
                return self.concat(sa.units(), sb.units());
            }
            return Ok(Value::number(self.to_number(pa)? + self.to_number(pb)?));
        }
        let x = self.to_number(a)?;
        let y = self.to_number(b)?;
        Ok(match op {
            Opcode::Sub => Value::number(x - y),
            Opcode::Mul => Value::number(x * y),
            Opcode::Div => Value::number(x / y),
            Opcode::Mod => Value::number(js_remainder(x, y)),
            Opcode::Exp => Value::number(js_pow(x, y)),
            Opcode::BitwiseOr => Value::int(to_int32(x) | to_int32(y)),
            Opcode::BitwiseAnd => Value::int(to_int32(x) & to_int32(y)),
            Opcode::BitwiseXor => Value::int(to_int32(x) ^ to_int32(y)),
            Opcode::ShiftLeft => Value::int(to_int32(x).wrapping_shl(to_int32(y) as u32 & 31)),
            Opcode::ShiftRight => Value::int(to_int32(x) >> (to_int32(y) as u32 & 31)),
            Opcode::ShiftRightLogical => {
                Value::number(((to_int32(x) as u32) >> (to_int32(y) as u32 & 31)) as f64)
            }
            _ => unreachable!("not a binary operator: {op:?}"),
        })
    }

    pub fn concat(&mut self, a: &[u16], b: &[u16]) -> JsResult<Value> {
        if a.len() + b.len() > (1 << 29) - 24 {
            return Err(self.range_error("Invalid string length"));
        }
        let mut v = Vec::with_capacity(a.len() + b.len());
        v.extend_from_slice(a);
        v.extend_from_slice(b);
        Ok(self.new_string(v.into_boxed_slice()))
    }

    pub fn compare_op(&mut self, op: Opcode, a: Value, b: Value) -> JsResult<Value> {
        let r = match op {
            Opcode::TestEqual => self.loose_equals(a, b)?,
            Opcode::TestEqualStrict => self.strict_equals(a, b),
            Opcode::TestLessThan => self.less_than(a, b, true)? == Some(true),
            Opcode::TestGreaterThan => self.less_than(b, a, false)? == Some(true),
            Opcode::TestLessThanOrEqual => self.less_than(b, a, false)? == Some(false),
            Opcode::TestGreaterThanOrEqual => self.less_than(a, b, true)? == Some(false),
            _ => unreachable!(),
        };
        Ok(Value::bool(r))
    }

    /// IsLessThan; None means undefined (a NaN was involved).
    fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        let (pa, pb) = if left_first {
            let pa = self.to_primitive(a, Hint::Number)?;
            (pa, self.to_primitive(b, Hint::Number)?)
        } else {
            let pb = self.to_primitive(b, Hint::Number)?;
            (self.to_primitive(a, Hint::Number)?, pb)
        };
        if pa.is_string() && pb.is_string() {
            return Ok(Some(pa.as_string().units() < pb.as_string().units()));
        }
        let x = self.to_number(pa)?;
        let y = self.to_number(pb)?;
        if x.is_nan() || y.is_nan() {
            return Ok(None);
        }
        Ok(Some(x < y))
    }

    // ---- iteration ----

    /// GetIterator(obj, sync).
    pub fn get_iterator(&mut self, v: Value) -> JsResult<Value> {
        let method = self.get(v, Key::Prop(PropertyKey::Symbol(self.symbols.iterator)))?;
        if !self.is_callable(method) {
            let d = self.to_display_string(v);
            let d = if v.is_object() && !self.is_callable(v) {
                "object".to_string()
            } else {
                d
            };
            return Err(self.type_error(&format!("{d} is not iterable")));
        }
        self.iterator_from_method(v, method)
    }

    /// GetIterator(obj, async): `Symbol.asyncIterator`, or else the sync
    /// iterator seen through CreateAsyncFromSyncIterator.
    pub fn get_async_iterator(&mut self, v: Value) -> JsResult<Value> {
        let key = Key::Prop(PropertyKey::Symbol(self.symbols.async_iterator));
        let method = self.get(v, key)?;
        if method.is_nullish() {
            let iterator = self.get_iterator(v)?;
            let next = self.get(iterator, Key::Prop(self.realm.names.next))?;
            let proto = Value::object(self.realm.intrinsics.async_from_sync_iterator_prototype);
            let class = ObjectClass::AsyncFromSyncIterator { iterator, next };
            return Ok(Value::object(self.new_object_with_proto(proto, class)));
        }
        if !self.is_callable(method) {
            let d = self.to_display_string(v);
            return Err(self.type_error(&format!("{d} is not async iterable")));
        }
        let it = self.call(method, v, &[])?;
        if !it.is_object() {
            return Err(
                self.type_error("Result of the Symbol.asyncIterator method is not an object")
            );
        }
        Ok(it)
    }

    /// Calls an iterable's `Symbol.iterator` method; the iterator must be
    /// an object.
    pub fn iterator_from_method(&mut self, v: Value, method: Value) -> JsResult<Value> {
        let it = self.call(method, v, &[])?;
        if !it.is_object() {
            return Err(self.type_error("Result of the Symbol.iterator method is not an object"));
        }
        Ok(it)
    }

    /// Calls `f(value)` for each value of an iterable.
    pub fn iterate(
        &mut self,
        iterable: Value,
        f: impl FnMut(&mut Vm, Value) -> JsResult<bool>,
    ) -> JsResult<()> {
        let it = self.get_iterator(iterable)?;
        self.iterate_iterator(it, f)
    }

    /// Steps an iterator (already obtained) until it is done or `f` says
    /// stop (which closes it).
    pub fn iterate_iterator(
        &mut self,
        it: Value,
        mut f: impl FnMut(&mut Vm, Value) -> JsResult<bool>,
    ) -> JsResult<()> {
        let next = self.get(it, Key::Prop(self.realm.names.next))?;
        self.with_roots(&[it, next], |vm| {
            loop {
                let r = vm.call(next, it, &[])?;
                if !r.is_object() {
                    let d = vm.to_display_string(r);
                    return Err(vm.type_error(&format!("Iterator result {d} is not an object")));
                }
                let done = vm.get(r, Key::Prop(vm.realm.names.done))?;
                if vm.to_boolean(done) {
                    return Ok(());
                }
                let value = vm.get(r, Key::Prop(vm.realm.names.value))?;
                match f(vm, value) {
                    Ok(true) => {}
                    Ok(false) => {
                        let mut a = [it];
                        vm.call_runtime(
                            super::runtime_functions::RuntimeFunction::IteratorClose,
                            &mut a,
                        )?;
                        return Ok(());
                    }
                    Err(e) => {
                        let mut a = [it];
                        let _ = vm.call_runtime(
                            super::runtime_functions::RuntimeFunction::IteratorCloseQuietly,
                            &mut a,
                        );
                        return Err(e);
                    }
                }
            }
        })
    }

    /// Appends what an iterator yields to an array (spread).
    pub fn append_iterator(&mut self, arr: Gc<JsObject>, it: Value) -> JsResult<()> {
        self.iterate_iterator(it, |vm, v| {
            let len = arr.array_length();
            vm.set_element(arr, len, v);
            Ok(true)
        })
    }

    // ---- for-in ----

    pub fn for_in_prepare(&mut self, v: Value) -> JsResult<Value> {
        let o = self.to_object(v)?.as_object();
        // Proxies on the chain run traps (and so may collect garbage): the
        // keys found so far wait in `temp_roots`.
        let mark = self.temp_roots.len();
        let keys = self.for_in_keys(o).map(|enumerable| {
            self.temp_roots[mark..]
                .iter()
                .zip(enumerable)
                .filter_map(|(&k, e)| e.then_some(k))
                .collect::<Vec<Value>>()
        });
        self.temp_roots.truncate(mark);
        let keys = keys?;
        let map = self.realm.object_map;
        let state = self.heap.alloc(JsObject::new(
            map,
            ObjectClass::ForIn {
                keys,
                index: 0,
                object: Value::object(o),
            },
        ));
        Ok(Value::object(state))
    }

    /// Pushes each string key of `o` and its prototypes once onto
    /// `temp_roots` (seen keys stay rooted so their atoms stay unique) and
    /// says which are enumerable (EnumerateObjectProperties).
    fn for_in_keys(&mut self, o: Gc<JsObject>) -> JsResult<Vec<bool>> {
        let mut seen = std::collections::HashSet::new();
        let mut enumerable = Vec::new();
        let mut cur = Some(o);
        while let Some(obj) = cur {
            for k in self.own_property_keys(obj)? {
                if matches!(k, Key::Prop(PropertyKey::Symbol(_))) || !seen.insert(k) {
                    continue;
                }
                let key = self.key_to_value(k);
                self.temp_roots.push(key);
                let own = self.get_own_property(obj, k)?;
                enumerable.push(own.is_some_and(|own| own.attrs().enumerable()));
            }
            cur = self.get_prototype_of(obj)?.to_object_opt();
        }
        Ok(enumerable)
    }

    /// The next key still present on the object, or undefined when done.
    pub fn for_in_next(&mut self, state: Value) -> JsResult<Value> {
        let mut s = state.as_object();
        loop {
            let ObjectClass::ForIn {
                keys,
                index,
                object,
            } = &mut s.class
            else {
                unreachable!()
            };
            let Some(&k) = keys.get(*index as usize) else {
                return Ok(Value::UNDEFINED);
            };
            *index += 1;
            let object = *object;
            // Keys deleted during the loop are skipped.
            let key = self.to_key(k)?;
            if self.has_property(object.as_object(), key)? {
                return Ok(k);
            }
        }
    }

    // ---- arguments ----

    /// CreateArguments for a call of `callee` with `args`; a mapped object
    /// aliases the parameters' slots in `context`.
    pub fn create_arguments(
        &mut self,
        callee: Value,
        context: Value,
        args: Vec<Value>,
        mapped: bool,
    ) -> Value {
        let shared = callee.as_object().closure().expect("closure").shared;
        let argc = args.len();
        let unmapped = !shared.bytecode.mapped_arguments;
        let arguments = self.new_arguments(args, callee, unmapped);
        // Only parameters that received an argument alias (none: the
        // object is unmapped, which optimized code relies on).
        let mut mapping = shared.bytecode.arguments_mapping.clone();
        mapping.truncate(argc);
        if mapped && !mapping.is_empty() {
            let mut o = arguments.as_object();
            o.class = ObjectClass::Arguments {
                mapped: Some((context, mapping)),
            };
        }
        arguments
    }

    /// An arguments object of `callee`'s call with `args`: an unmapped one
    /// (strict, or sloppy with non-simple parameters) has a throwing
    /// `callee`.
    pub fn new_arguments(&mut self, args: Vec<Value>, callee: Value, unmapped: bool) -> Value {
        let map = if unmapped {
            self.realm.strict_arguments_map
        } else {
            self.realm.arguments_map
        };
        let mut o = self
            .heap
            .alloc(JsObject::new(map, ObjectClass::Arguments { mapped: None }));
        o.set_slot(0, Value::int(args.len() as i32));
        let values = self.realm.array_values;
        if unmapped {
            o.set_slot(1, values);
            o.set_slot(2, self.realm.strict_arguments_callee);
        } else {
            o.set_slot(1, callee);
            o.set_slot(2, values);
        }
        // Tagged elements whatever the values (as in V8): one map per kind
        // of arguments object, so code that read `arguments.length` stays
        // monomorphic when the argument types change.
        let kind = crate::runtime::map::ElementsKind::Packed;
        o.map = crate::runtime::map::Map::with_elements_kind(o.map, &mut self.heap, kind);
        o.elements = args;
        Value::object(o)
    }
}

pub fn js_remainder(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let r = x % y;
    if r == 0.0 {
        if x.is_sign_negative() { -0.0 } else { 0.0 }
    } else {
        r
    }
}

/// `**` and Math.pow. JavaScript departs from C's pow for a NaN exponent and for (±1) ** ±∞,
/// both NaN; otherwise V8's fdlibm pow, so results match Node's to the last bit.
pub fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    crate::runtime::fdlibm::pow(x, y)
}
