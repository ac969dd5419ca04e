//! Allocating runtime objects with the right maps (V8's Factory).

use super::function::{Closure, FunctionKind, NativeFn, NativeFunction};
use super::heap::Gc;
use super::map::{Attrs, ElementsKind};
use super::object::{JsObject, ObjectClass};
use super::property::Key;
use super::value::Value;
use super::vm::Vm;

impl Vm {
    /// A plain object with `map` and these field values (in slot order):
    /// how optimized code and the deoptimizer materialize removed objects.
    pub fn allocate_with_fields(
        &mut self,
        map: Gc<super::map::Map>,
        fields: impl Iterator<Item = Value>,
    ) -> Value {
        let mut o = self.heap.alloc(JsObject::new(map, ObjectClass::Ordinary));
        for (slot, v) in fields.enumerate() {
            o.set_slot(slot as u32, v);
        }
        Value::object(o)
    }

    pub fn new_object(&mut self) -> Gc<JsObject> {
        let map = self.realm.object_map;
        self.heap.alloc(JsObject::new(map, ObjectClass::Ordinary))
    }

    pub fn new_object_with_proto(&mut self, proto: Value, class: ObjectClass) -> Gc<JsObject> {
        let map = self.realm.map_for_prototype(&mut self.heap, proto);
        self.heap.alloc(JsObject::new(map, class))
    }

    /// An array of tagged elements whatever the values hold: a rest
    /// parameter's kind (as in V8) does not depend on the argument types,
    /// so code reading it stays monomorphic when they change.
    pub fn new_tagged_array(&mut self, values: Vec<Value>) -> Gc<JsObject> {
        let map = self.realm.array_map(ElementsKind::Packed);
        let mut o = JsObject::new(
            map,
            ObjectClass::Array {
                length: values.len() as u32,
                length_writable: true,
            },
        );
        o.elements = values;
        self.heap.note_allocation(o.elements.len() * 8);
        self.heap.alloc(o)
    }

    pub fn new_array(&mut self, values: Vec<Value>) -> Gc<JsObject> {
        let kind = values.iter().fold(ElementsKind::PackedSmi, |k, v| {
            let k = if v.is_hole() { k.to_holey() } else { k };
            if v.is_hole() { k } else { k.generalize_for(*v) }
        });
        let map = self.realm.array_map(kind);
        let len = values.len() as u32;
        let class = ObjectClass::Array {
            length: len,
            length_writable: true,
        };
        let mut o = JsObject::new(map, class);
        o.elements = if kind.is_double() {
            values
                .into_iter()
                .map(|v| {
                    if v.is_hole() {
                        v
                    } else {
                        Value::double(v.as_number())
                    }
                })
                .collect()
        } else {
            values
        };
        self.heap.note_allocation(o.elements.len() * 8);
        self.heap.alloc(o)
    }

    pub fn new_closure(&mut self, closure: Closure) -> Gc<JsObject> {
        let shared = closure.shared;
        let map = match shared.kind {
            FunctionKind::Generator if shared.is_async => self.realm.async_generator_function_map,
            _ if shared.is_async => self.realm.async_function_map,
            FunctionKind::Normal if !shared.strict => self.realm.sloppy_function_map,
            FunctionKind::Normal => self.realm.function_map,
            FunctionKind::Generator => self.realm.generator_function_map,
            k if k.is_class_constructor() => self.realm.method_map,
            _ => self.realm.method_map,
        };
        let mut f = self
            .heap
            .alloc(JsObject::new(map, ObjectClass::Closure(closure)));
        f.set_slot(0, Value::int(shared.length as i32));
        f.set_slot(1, shared.name);
        match shared.kind {
            _ if shared.is_async && shared.kind != FunctionKind::Generator => {}
            FunctionKind::Normal => {
                let proto = self.new_object();
                self.define_data(
                    proto,
                    Key::Prop(self.realm.names.constructor),
                    Value::object(f),
                    Attrs::HIDDEN,
                );
                let prototype_slot = if shared.strict {
                    2
                } else {
                    f.set_slot(2, Value::NULL);
                    f.set_slot(3, Value::NULL);
                    4
                };
                f.set_slot(prototype_slot, Value::object(proto));
            }
            FunctionKind::Generator => {
                let gp = Value::object(if shared.is_async {
                    self.realm.intrinsics.async_generator_prototype
                } else {
                    self.realm.intrinsics.generator_prototype
                });
                let proto = self.new_object_with_proto(gp, ObjectClass::Ordinary);
                f.set_slot(2, Value::object(proto));
            }
            _ => {}
        }
        f
    }

    pub fn new_native_function(
        &mut self,
        name: &str,
        func: NativeFn,
        length: u32,
        constructor: bool,
    ) -> Gc<JsObject> {
        let map = self.realm.method_map;
        let class = ObjectClass::Native(NativeFunction {
            func,
            constructor,
            data: Vec::new(),
        });
        let mut f = self.heap.alloc(JsObject::new(map, class));
        f.set_slot(0, Value::int(length as i32));
        let n = self.intern(name);
        f.set_slot(1, Value::string(n));
        f
    }

    /// A builtin closure carrying values it reads back with `callee_data`.
    pub fn native_with_data(
        &mut self,
        name: &str,
        f: NativeFn,
        length: u32,
        data: Vec<Value>,
    ) -> Gc<JsObject> {
        let mut func = self.new_native_function(name, f, length, false);
        if let ObjectClass::Native(n) = &mut func.class {
            n.data = data;
        }
        func
    }

    /// The `i`th value the running builtin was created with. Read on entry,
    /// before anything runs another native.
    pub fn callee_data(&self, i: usize) -> Value {
        match &self.native_callee.as_object().class {
            ObjectClass::Native(n) => n.data[i],
            _ => unreachable!("a native is running"),
        }
    }

    /// Overwrites the running builtin's `i`th value.
    pub fn set_callee_data(&mut self, i: usize, v: Value) {
        let mut callee = self.native_callee.as_object();
        if let ObjectClass::Native(n) = &mut callee.class {
            n.data[i] = v;
        }
    }

    /// Defines a builtin method (non-enumerable) on an object.
    pub fn define_native(
        &mut self,
        target: Gc<JsObject>,
        name: &str,
        func: NativeFn,
        length: u32,
    ) -> Gc<JsObject> {
        let f = self.new_native_function(name, func, length, false);
        let k = self.key_from_str(name);
        self.define_data(target, k, Value::object(f), Attrs::HIDDEN);
        f
    }

    pub fn define_value(&mut self, target: Gc<JsObject>, name: &str, v: Value, attrs: Attrs) {
        let k = self.key_from_str(name);
        self.define_data(target, k, v, attrs);
    }

    /// A regular expression literal's object: a new one each evaluation.
    pub fn new_regexp(&mut self, pattern: Value, flags: Value) -> super::function::JsResult<Value> {
        super::builtins::regexp::regexp_create(self, pattern, flags)
    }
}
