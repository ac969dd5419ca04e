//! The realm: the global object, the intrinsic prototypes and the root maps
//! objects are created with. Prototypes are allocated empty here and filled
//! by `builtins::install`.

use std::collections::HashMap;

use super::heap::{Gc, Heap, Tracer};
use super::map::{Attrs, ElementsKind, Map, PropertyKey};
use super::object::{JsObject, ObjectClass};
use super::string::{JsString, utf16};
use super::value::Value;

macro_rules! realm_objects {
    ($($name:ident),* $(,)?) => {
        /// Intrinsic objects, all allocated at bootstrap.
        pub struct Intrinsics { $(pub $name: Gc<JsObject>),* }
        impl Intrinsics {
            fn trace(&self, t: &mut Tracer) { $( t.cell(self.$name); )* }
        }
    };
}

realm_objects!(
    global,
    object_prototype,
    function_prototype,
    array_prototype,
    string_prototype,
    number_prototype,
    boolean_prototype,
    symbol_prototype,
    error_prototype,
    type_error_prototype,
    range_error_prototype,
    reference_error_prototype,
    syntax_error_prototype,
    eval_error_prototype,
    uri_error_prototype,
    iterator_prototype,
    array_iterator_prototype,
    string_iterator_prototype,
    map_iterator_prototype,
    set_iterator_prototype,
    generator_prototype,
    generator_function_prototype,
    async_function_prototype,
    async_iterator_prototype,
    async_from_sync_iterator_prototype,
    async_generator_prototype,
    async_generator_function_prototype,
    promise_prototype,
    array_buffer_prototype,
    data_view_prototype,
    typed_array_prototype,
    timeout_prototype,
    vm_module,
    aggregate_error_prototype,
    map_prototype,
    set_prototype,
    weak_map_prototype,
    weak_set_prototype,
    regexp_prototype,
    date_prototype,
    dom_exception_prototype,
    // The declarative record of classic scripts' `let`, `const` and
    // `class` names (V8's script context table): never exposed, a slot
    // holds the hole until its declaration runs.
    script_scope,
);

pub struct Realm {
    pub intrinsics: Intrinsics,
    /// Root maps of ordinary objects, keyed by prototype address.
    proto_maps: HashMap<usize, Gc<Map>>,
    /// Counts changes that can make adding a property by a map
    /// transition wrong: a setter or read-only property defined on an
    /// object used as a prototype, or such an object's prototype changed. Transition
    /// caches and the code built on them hold the count they saw (V8's
    /// prototype validity cells, for all chains at once).
    pub prototype_epoch: u32,
    pub object_map: Gc<Map>,
    /// Array root maps, one per elements kind.
    pub array_maps: [Gc<Map>; 7],
    /// Strict `function` functions: length, name, prototype.
    pub function_map: Gc<Map>,
    /// Sloppy `function` functions: length, name, arguments and caller
    /// (null and read-only, as in V8), prototype.
    pub sloppy_function_map: Gc<Map>,
    /// Arrows, methods and builtins: length, name.
    pub method_map: Gc<Map>,
    /// Class constructors: length, name, prototype (read-only).
    pub class_map: Gc<Map>,
    /// Generator functions: length, name, prototype.
    pub generator_function_map: Gc<Map>,
    /// Async functions, arrows and methods: length, name.
    pub async_function_map: Gc<Map>,
    /// Async generator functions: length, name, prototype.
    pub async_generator_function_map: Gc<Map>,
    /// `arguments`: length (+ callee in sloppy mode).
    pub arguments_map: Gc<Map>,
    pub strict_arguments_map: Gc<Map>,
    /// Well-known keys the runtime looks up often.
    pub names: Names,
    /// Builtins the runtime compares against (unmodified array iteration).
    pub array_values: Value,
    pub array_iterator_next: Value,
    /// %Promise%, which `await` and the async drivers use.
    pub promise_constructor: Value,
    pub array_buffer_constructor: Value,
    /// %Error%, whose `stackTraceLimit` stack traces read.
    pub error_constructor: Value,
    /// The getter and setter of a new error's `stack` (until first read).
    pub error_stack_accessors: (Value, Value),
    /// %eval%: a call `eval(…)` to it is a direct eval.
    pub eval_function: Value,
    /// String.prototype.charCodeAt (optimized code computes it inline).
    pub char_code_at: Value,
    /// Array.prototype.push and pop (optimized code calls specialized
    /// runtime operations on dense arrays).
    pub array_push: Value,
    pub array_pop: Value,
    /// The map feedback records for primitive string receivers (no object
    /// ever has it).
    pub string_map: Gc<Map>,
    /// The `Math` functions optimized code computes inline.
    pub inlinable_math: Vec<(Value, crate::optimizer::ir::MathFn)>,
    /// The last successful built-in RegExp match and `RegExp.input`
    /// (`builtins/regexp_legacy.rs`).
    pub last_match: Option<crate::runtime::builtins::regexp_legacy::LastMatch>,
    pub last_match_input: Option<Gc<crate::runtime::string::JsString>>,
    /// Per `typed_array::ElementType`: the constructors and their
    /// prototypes (which inherit from %TypedArray%.prototype).
    pub typed_array_constructors: [Value; 9],
    pub typed_array_prototypes: [Gc<JsObject>; 9],
    /// The throwing `callee` accessor pair of strict `arguments` objects.
    pub strict_arguments_callee: Value,
}

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        pub struct Names { $(pub $field: PropertyKey),* }
        impl Names {
            fn new(heap: &mut Heap) -> Names {
                Names { $( $field: PropertyKey::String(atom(heap, $text)) ),* }
            }
            fn trace(&self, t: &mut Tracer) { $( t.value(self.$field.to_value()); )* }
            pub fn all(&self) -> Vec<PropertyKey> { vec![$(self.$field),*] }
        }
    };
}

names!(
    length = "length",
    name = "name",
    prototype = "prototype",
    constructor = "constructor",
    message = "message",
    stack = "stack",
    stack_trace_limit = "stackTraceLimit",
    value = "value",
    done = "done",
    next = "next",
    return_ = "return",
    throw_ = "throw",
    callee = "callee",
    caller = "caller",
    arguments = "arguments",
    to_string = "toString",
    value_of = "valueOf",
    get = "get",
    set = "set",
    writable = "writable",
    enumerable = "enumerable",
    configurable = "configurable",
    cause = "cause",
    to_json = "toJSON",
    last_index = "lastIndex",
    index = "index",
    input = "input",
    groups = "groups",
    then = "then",
    resolve = "resolve",
    empty = "",
);

/// Atoms created before the Vm's atom table exists are registered into it
/// by `builtins::install` (see `Vm::adopt_atoms`).
fn atom(heap: &mut Heap, text: &str) -> Gc<JsString> {
    let s = heap.alloc(JsString::new(utf16(text)));
    s.set_interned();
    s
}

fn empty_object(heap: &mut Heap, map: Gc<Map>) -> Gc<JsObject> {
    heap.alloc(JsObject::new(map, ObjectClass::Ordinary))
}

impl Realm {
    pub fn bootstrap_maps(heap: &mut Heap) -> Realm {
        let names = Names::new(heap);
        let null_root = heap.alloc(Map::new_root(Value::NULL, ElementsKind::PackedSmi));
        let object_prototype = empty_object(heap, null_root);
        let object_map = heap.alloc(Map::new_root(
            Value::object(object_prototype),
            ElementsKind::PackedSmi,
        ));
        let mut proto_maps = HashMap::new();
        proto_maps.insert(object_prototype.addr(), object_map);
        // Prototypes whose own prototype is Object.prototype.
        let make = |heap: &mut Heap| empty_object(heap, object_map);
        let function_prototype = make(heap);
        let array_prototype = make(heap);
        let string_prototype = make(heap);
        let number_prototype = make(heap);
        let boolean_prototype = make(heap);
        let symbol_prototype = make(heap);
        let error_prototype = make(heap);
        let iterator_prototype = make(heap);
        let map_prototype = make(heap);
        let set_prototype = make(heap);
        let weak_map_prototype = make(heap);
        let weak_set_prototype = make(heap);
        let regexp_prototype = make(heap);
        let promise_prototype = make(heap);
        let timeout_prototype = make(heap);
        let vm_module = make(heap);
        let array_buffer_prototype = make(heap);
        let data_view_prototype = make(heap);
        let typed_array_prototype = make(heap);
        let typed_array_map = heap.alloc(Map::new_root(
            Value::object(typed_array_prototype),
            ElementsKind::PackedSmi,
        ));
        proto_maps.insert(typed_array_prototype.addr(), typed_array_map);
        let typed_array_prototypes = [(); 9].map(|_| empty_object(heap, typed_array_map));
        let async_iterator_prototype = make(heap);
        let date_prototype = make(heap);
        let global = make(heap);
        let script_scope = make(heap);
        let error_map = heap.alloc(Map::new_root(
            Value::object(error_prototype),
            ElementsKind::PackedSmi,
        ));
        let iterator_map = heap.alloc(Map::new_root(
            Value::object(iterator_prototype),
            ElementsKind::PackedSmi,
        ));
        proto_maps.insert(error_prototype.addr(), error_map);
        proto_maps.insert(iterator_prototype.addr(), iterator_map);
        let sub_error = |heap: &mut Heap| empty_object(heap, error_map);
        let type_error_prototype = sub_error(heap);
        let range_error_prototype = sub_error(heap);
        let reference_error_prototype = sub_error(heap);
        let syntax_error_prototype = sub_error(heap);
        let eval_error_prototype = sub_error(heap);
        let uri_error_prototype = sub_error(heap);
        let aggregate_error_prototype = sub_error(heap);
        let dom_exception_prototype = sub_error(heap);
        let sub_iterator = |heap: &mut Heap| empty_object(heap, iterator_map);
        let array_iterator_prototype = sub_iterator(heap);
        let string_iterator_prototype = sub_iterator(heap);
        let map_iterator_prototype = sub_iterator(heap);
        let set_iterator_prototype = sub_iterator(heap);
        let generator_prototype = sub_iterator(heap);
        // The array prototype is itself an array, as the spec says.
        let mut array_prototype = array_prototype;
        array_prototype.class = ObjectClass::Array {
            length: 0,
            length_writable: true,
        };

        let fp = Value::object(function_prototype);
        let fn_root = heap.alloc(Map::new_root(fp, ElementsKind::PackedSmi));
        proto_maps.insert(function_prototype.addr(), fn_root);
        let generator_function_prototype = empty_object(heap, fn_root);
        let async_function_prototype = empty_object(heap, fn_root);
        let async_generator_function_prototype = empty_object(heap, fn_root);
        let async_iterator_map = heap.alloc(Map::new_root(
            Value::object(async_iterator_prototype),
            ElementsKind::PackedSmi,
        ));
        proto_maps.insert(async_iterator_prototype.addr(), async_iterator_map);
        let async_generator_prototype = empty_object(heap, async_iterator_map);
        let async_from_sync_iterator_prototype = empty_object(heap, async_iterator_map);
        let configurable = Attrs(Attrs::CONFIGURABLE);
        let (with_length, _) = Map::with_property(fn_root, heap, names.length, configurable);
        let (method_map, _) = Map::with_property(with_length, heap, names.name, configurable);
        let (function_map, _) =
            Map::with_property(method_map, heap, names.prototype, Attrs(Attrs::WRITABLE));
        let (class_map, _) = Map::with_property(method_map, heap, names.prototype, Attrs::NONE);
        let (m, _) = Map::with_property(method_map, heap, names.arguments, Attrs::NONE);
        let (m, _) = Map::with_property(m, heap, names.caller, Attrs::NONE);
        let (sloppy_function_map, _) =
            Map::with_property(m, heap, names.prototype, Attrs(Attrs::WRITABLE));
        let gfp = heap.alloc(Map::new_root(
            Value::object(generator_function_prototype),
            ElementsKind::PackedSmi,
        ));
        proto_maps.insert(generator_function_prototype.addr(), gfp);
        let (g1, _) = Map::with_property(gfp, heap, names.length, configurable);
        let (g2, _) = Map::with_property(g1, heap, names.name, configurable);
        let (generator_function_map, _) =
            Map::with_property(g2, heap, names.prototype, Attrs(Attrs::WRITABLE));
        let mut function_maps = |proto: Gc<JsObject>, with_prototype: bool| {
            let root = heap.alloc(Map::new_root(Value::object(proto), ElementsKind::PackedSmi));
            proto_maps.insert(proto.addr(), root);
            let (m, _) = Map::with_property(root, heap, names.length, configurable);
            let (m, _) = Map::with_property(m, heap, names.name, configurable);
            if with_prototype {
                Map::with_property(m, heap, names.prototype, Attrs(Attrs::WRITABLE)).0
            } else {
                m
            }
        };
        let async_function_map = function_maps(async_function_prototype, false);
        let async_generator_function_map = function_maps(async_generator_function_prototype, true);

        let array_maps = [
            ElementsKind::PackedSmi,
            ElementsKind::HoleySmi,
            ElementsKind::PackedDouble,
            ElementsKind::HoleyDouble,
            ElementsKind::Packed,
            ElementsKind::Holey,
            ElementsKind::Dictionary,
        ]
        .map(|k| heap.alloc(Map::new_root(Value::object(array_prototype), k)));
        let string_map = heap.alloc(Map::new_root(Value::NULL, ElementsKind::PackedSmi));
        let hidden = Attrs::HIDDEN;
        let (strict_arguments_map, _) = Map::with_property(object_map, heap, names.length, hidden);
        let (arguments_map, _) =
            Map::with_property(strict_arguments_map, heap, names.callee, hidden);

        Realm {
            intrinsics: Intrinsics {
                global,
                object_prototype,
                function_prototype,
                array_prototype,
                string_prototype,
                number_prototype,
                boolean_prototype,
                symbol_prototype,
                error_prototype,
                type_error_prototype,
                range_error_prototype,
                reference_error_prototype,
                syntax_error_prototype,
                eval_error_prototype,
                uri_error_prototype,
                iterator_prototype,
                array_iterator_prototype,
                string_iterator_prototype,
                map_iterator_prototype,
                set_iterator_prototype,
                generator_prototype,
                generator_function_prototype,
                async_function_prototype,
                async_iterator_prototype,
                async_from_sync_iterator_prototype,
                async_generator_prototype,
                async_generator_function_prototype,
                promise_prototype,
                array_buffer_prototype,
                data_view_prototype,
                typed_array_prototype,
                timeout_prototype,
                vm_module,
                aggregate_error_prototype,
                map_prototype,
                set_prototype,
                weak_map_prototype,
                weak_set_prototype,
                regexp_prototype,
                date_prototype,
                dom_exception_prototype,
                script_scope,
            },
            proto_maps,
            prototype_epoch: 0,
            object_map,
            array_maps,
            function_map,
            sloppy_function_map,
            method_map,
            class_map,
            generator_function_map,
            async_function_map,
            async_generator_function_map,
            arguments_map,
            strict_arguments_map,
            names,
            array_values: Value::UNDEFINED,
            strict_arguments_callee: Value::UNDEFINED,
            array_iterator_next: Value::UNDEFINED,
            promise_constructor: Value::UNDEFINED,
            array_buffer_constructor: Value::UNDEFINED,
            error_constructor: Value::UNDEFINED,
            error_stack_accessors: (Value::UNDEFINED, Value::UNDEFINED),
            eval_function: Value::UNDEFINED,
            char_code_at: Value::UNDEFINED,
            array_push: Value::UNDEFINED,
            array_pop: Value::UNDEFINED,
            string_map,
            inlinable_math: Vec::new(),
            last_match: None,
            last_match_input: None,
            typed_array_constructors: [Value::UNDEFINED; 9],
            typed_array_prototypes,
        }
    }

    /// The root map for ordinary objects with this prototype.
    pub fn map_for_prototype(&mut self, heap: &mut Heap, proto: Value) -> Gc<Map> {
        let key = if proto.is_object() {
            proto.cell_addr()
        } else {
            0
        };
        if let Some(&m) = self.proto_maps.get(&key) {
            return m;
        }
        let m = heap.alloc(Map::new_root(proto, ElementsKind::PackedSmi));
        self.proto_maps.insert(key, m);
        m
    }

    pub fn array_map(&self, kind: ElementsKind) -> Gc<Map> {
        self.array_maps[kind as usize]
    }

    pub fn trace(&self, t: &mut Tracer) {
        self.intrinsics.trace(t);
        for m in self.proto_maps.values() {
            t.cell(*m);
        }
        for m in [
            self.object_map,
            self.function_map,
            self.sloppy_function_map,
            self.method_map,
            self.class_map,
            self.generator_function_map,
            self.async_function_map,
            self.async_generator_function_map,
            self.arguments_map,
            self.strict_arguments_map,
        ] {
            t.cell(m);
        }
        for m in self.array_maps {
            t.cell(m);
        }
        self.names.trace(t);
        t.value(self.array_values);
        t.value(self.strict_arguments_callee);
        t.value(self.array_iterator_next);
        t.value(self.promise_constructor);
        t.value(self.array_buffer_constructor);
        t.value(self.error_constructor);
        t.value(self.error_stack_accessors.0);
        t.value(self.error_stack_accessors.1);
        t.value(self.eval_function);
        t.value(self.char_code_at);
        t.value(self.array_push);
        t.value(self.array_pop);
        t.cell(self.string_map);
        for (f, _) in &self.inlinable_math {
            t.value(*f);
        }
        if let Some(m) = &self.last_match {
            m.trace(t);
        }
        if let Some(s) = self.last_match_input {
            t.cell(s);
        }
        t.values(&self.typed_array_constructors);
        for p in self.typed_array_prototypes {
            t.cell(p);
        }
    }
}
