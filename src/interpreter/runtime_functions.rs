//! Runtime functions: operations bytecode reaches through `CallRuntime`,
//! either internal helpers of the generator or V8's `%Intrinsics` under
//! `--allow-natives-syntax`. Arguments are the registers named by the
//! instruction; some helpers write results back into them.

use crate::frontend::EvalSite;
use crate::runtime::function::JsResult;
use crate::runtime::global_declarations::GlobalKind;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::ObjectClass;
use crate::runtime::property::Key;
use crate::runtime::symbol::Symbol;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

macro_rules! runtime_functions {
    ($($name:ident $(= $intrinsic:literal)?),* $(,)?) => {
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u16)]
        pub enum RuntimeFunction { $($name),* }
        impl RuntimeFunction {
            pub const ALL: &'static [RuntimeFunction] = &[$(RuntimeFunction::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(RuntimeFunction::$name => stringify!($name)),* }
            }
            /// The runtime function behind `%Name(...)`.
            pub fn intrinsic(name: &str) -> Option<RuntimeFunction> {
                let name = name.strip_prefix('_').unwrap_or(name);
                $( $( if name == $intrinsic { return Some(RuntimeFunction::$name); } )? )*
                None
            }
        }
    };
}

runtime_functions!(
    DeclareGlobals,
    DeleteLookupSlot,
    // [name, depth, slot(, value, whether the slot is a const)]: a context
    // slot a sloppy eval's `var` may shadow.
    LoadLookupContextSlot,
    StoreLookupContextSlot,
    DeleteLookupContextSlot,
    IteratorClose,
    IteratorCloseQuietly,
    DestructureStep,
    DestructureRest,
    CopyDataPropertiesExcluding,
    RequireObjectCoercible,
    SetLiteralPrototype,
    DeleteGlobal,
    InitializeScriptBinding,
    CreatePrivateName,
    // A class's private instance methods: the holder object, a method or
    // accessor half defined on it, and the copy onto a new instance.
    CreatePrivateMethodHolder,
    DefinePrivateMethod,
    AddPrivateMethods,
    DefineClass,
    SetFieldInitializer,
    // A base constructor's first step: its class's instance fields and
    // private methods, defined on the new `this`.
    InitializeInstanceElements,
    RunStaticInitializer,
    YieldStarStep,
    DirectEval,
    ThrowReferenceError,
    WithObject,
    WithHasBinding,
    AsyncYieldStarStep,
    GetAsyncIterator,
    AsyncIteratorReturn,
    // V8 testing intrinsics.
    PrepareFunctionForOptimization = "PrepareFunctionForOptimization",
    OptimizeFunctionOnNextCall = "OptimizeFunctionOnNextCall",
    OptimizeOsr = "OptimizeOsr",
    NeverOptimizeFunction = "NeverOptimizeFunction",
    DeoptimizeFunction = "DeoptimizeFunction",
    DeoptimizeNow = "DeoptimizeNow",
    GetOptimizationStatus = "GetOptimizationStatus",
    IsBeingInterpreted = "IsBeingInterpreted",
    HaveSameMap = "HaveSameMap",
    CollectGarbage = "CollectGarbage",
    DebugPrint = "DebugPrint",
    HasFastProperties = "HasFastProperties",
);

/// `%GetOptimizationStatus` bits, as in the V8 of Node 20.
pub mod optimization_status {
    pub const IS_FUNCTION: i32 = 1;
    pub const NEVER_OPTIMIZE: i32 = 2;
    pub const MAYBE_DEOPTED: i32 = 8;
    pub const OPTIMIZED: i32 = 16;
    pub const TURBOFANNED: i32 = 64;
    pub const INTERPRETED: i32 = 128;
}

impl Vm {
    pub fn call_runtime(&mut self, f: RuntimeFunction, args: &mut [Value]) -> JsResult<Value> {
        use RuntimeFunction::*;
        let arg = |i: usize| args.get(i).copied().unwrap_or(Value::UNDEFINED);
        match f {
            IteratorClose => {
                let it = arg(0);
                let ret = self.get(it, Key::Prop(self.realm.names.return_))?;
                if !ret.is_nullish() {
                    let r = self.call(ret, it, &[])?;
                    if !r.is_object() {
                        return Err(self.type_error("Iterator result is not an object"));
                    }
                }
                Ok(Value::UNDEFINED)
            }
            IteratorCloseQuietly => {
                let it = arg(0);
                if let Ok(ret) = self.get(it, Key::Prop(self.realm.names.return_))
                    && !ret.is_nullish()
                {
                    let _ = self.call(ret, it, &[]);
                }
                Ok(Value::UNDEFINED)
            }
            DestructureStep => {
                if args[2] == Value::TRUE {
                    return Ok(Value::UNDEFINED);
                }
                let r = self.call(args[1], args[0], &[])?;
                if !r.is_object() {
                    return Err(self.type_error("Iterator result is not an object"));
                }
                let done = self.get(r, Key::Prop(self.realm.names.done))?;
                if self.to_boolean(done) {
                    args[2] = Value::TRUE;
                    return Ok(Value::UNDEFINED);
                }
                self.get(r, Key::Prop(self.realm.names.value))
            }
            DestructureRest => {
                let arr = self.new_array(Vec::new());
                while args[2] != Value::TRUE {
                    let r = self.call(args[1], args[0], &[])?;
                    if !r.is_object() {
                        return Err(self.type_error("Iterator result is not an object"));
                    }
                    let done = self.get(r, Key::Prop(self.realm.names.done))?;
                    if self.to_boolean(done) {
                        args[2] = Value::TRUE;
                        break;
                    }
                    let v = self.get(r, Key::Prop(self.realm.names.value))?;
                    let len = arr.array_length();
                    self.set_element(arr, len, v);
                }
                Ok(Value::object(arr))
            }
            CopyDataPropertiesExcluding => {
                let target = self.new_object();
                let mut excluded = Vec::new();
                for &k in &args[1..] {
                    excluded.push(self.to_key(k)?);
                }
                self.copy_data_properties(target, args[0], &excluded)?;
                Ok(Value::object(target))
            }
            RequireObjectCoercible => {
                if arg(0).is_nullish() {
                    let what = if arg(0).is_null() {
                        "null"
                    } else {
                        "undefined"
                    };
                    let message = if arg(1).is_string() {
                        let name = arg(1).as_string().to_rust_string();
                        format!("Cannot destructure property '{name}' of '{what}' as it is {what}.")
                    } else {
                        format!("Cannot destructure '{what}' as it is {what}.")
                    };
                    return Err(self.type_error(&message));
                }
                Ok(Value::UNDEFINED)
            }
            SetLiteralPrototype => {
                let p = arg(1);
                if p.is_object() || p.is_null() {
                    self.set_prototype(arg(0).as_object(), p);
                }
                Ok(Value::UNDEFINED)
            }
            // A classic script's (or global sloppy eval's) top-level
            // names: the names, their kinds, and whether it is eval code.
            DeclareGlobals => {
                let kinds = arg(1).as_object();
                let names: Vec<(String, GlobalKind)> = arg(0)
                    .as_object()
                    .elements
                    .iter()
                    .zip(&kinds.elements)
                    .map(|(n, &k)| (n.as_string().to_rust_string(), GlobalKind::from_value(k)))
                    .collect();
                self.declare_globals(&names, arg(2) == Value::TRUE)?;
                Ok(Value::UNDEFINED)
            }
            DeleteLookupSlot => {
                let name = arg(0).as_string();
                let context = self.frames.last().unwrap().context;
                self.delete_lookup_slot(context, name)
            }
            DeleteGlobal => {
                let k = self.to_key(arg(0))?;
                Ok(Value::bool(self.delete_global_binding(k)?))
            }
            InitializeScriptBinding => {
                self.initialize_script_binding(arg(0).as_string(), arg(1));
                Ok(Value::UNDEFINED)
            }
            CreatePrivateName => {
                let s = self.heap.alloc(Symbol::new(arg(0), true));
                Ok(Value::symbol(s))
            }
            CreatePrivateMethodHolder => {
                let holder = self.new_object_with_proto(Value::NULL, ObjectClass::Ordinary);
                Ok(Value::object(holder))
            }
            // [holder, private name, function, home object, 0 method | 1 get
            // | 2 set, class]
            DefinePrivateMethod => {
                let (holder, key, f, proto) = (arg(0).as_object(), arg(1), arg(2), arg(3));
                if let Some(c) = f.as_object().closure_mut() {
                    c.home_object = proto;
                }
                let class = arg(5);
                let mut name = key.as_symbol();
                name.method_of = Some((class, false));
                let key = Key::Prop(PropertyKey::Symbol(name));
                match arg(4).as_int() {
                    0 => self.define_data(holder, key, f, Attrs::NONE),
                    1 => self.define_accessor(holder, key, Some(f), None, Attrs::NONE),
                    _ => self.define_accessor(holder, key, None, Some(f), Attrs::NONE),
                }
                Ok(Value::UNDEFINED)
            }
            AddPrivateMethods => {
                self.add_private_methods(arg(0).as_object(), arg(1).as_object())?;
                Ok(Value::UNDEFINED)
            }
            DefineClass => self.define_class(arg(0), arg(1)),
            SetFieldInitializer => {
                let mut ctor = arg(0).as_object();
                let mut init = arg(2).as_object();
                init.closure_mut().unwrap().home_object = arg(1);
                ctor.closure_mut().unwrap().field_initializer = arg(2);
                Ok(Value::UNDEFINED)
            }
            InitializeInstanceElements => {
                let init = arg(0).as_object().closure().unwrap().field_initializer;
                if !init.is_undefined() {
                    self.call(init, arg(1), &[])?;
                }
                Ok(Value::UNDEFINED)
            }
            RunStaticInitializer => {
                let mut init = arg(1).as_object();
                init.closure_mut().unwrap().home_object = arg(0);
                self.call(arg(1), arg(0), &[])
            }
            YieldStarStep => self.yield_star_step(arg(0), arg(1), arg(2), arg(3), false),
            AsyncYieldStarStep => self.yield_star_step(arg(0), arg(1), arg(2), arg(3), true),
            GetAsyncIterator => self.get_async_iterator(arg(0)),
            WithObject => {
                let v = arg(0);
                if v.is_nullish() {
                    return Err(self.type_error("Cannot convert undefined or null to object"));
                }
                self.to_object(v)
            }
            // HasBinding of an object environment: the name is a property
            // the object's @@unscopables does not hide.
            WithHasBinding => {
                let (object, name) = (arg(0).as_object(), arg(1));
                let key = self.to_key(name)?;
                if !self.has_property(object, key)? {
                    return Ok(Value::FALSE);
                }
                let unscopables_key = Key::Prop(PropertyKey::Symbol(self.symbols.unscopables));
                let unscopables = self.get(arg(0), unscopables_key)?;
                if unscopables.is_object() {
                    let hidden = self.get(unscopables, key)?;
                    return Ok(Value::bool(!self.to_boolean(hidden)));
                }
                Ok(Value::TRUE)
            }
            LoadLookupContextSlot | StoreLookupContextSlot | DeleteLookupContextSlot => {
                let context = self.frames.last().expect("a calling frame").context;
                let (name, depth, slot) = (arg(0).as_string(), arg(1).as_int(), arg(2).as_int());
                let at = (depth as u32, slot as u32);
                match f {
                    LoadLookupContextSlot => self.load_lookup_context_slot(context, name, at),
                    StoreLookupContextSlot => {
                        let constant = arg(4) == Value::TRUE;
                        self.store_lookup_context_slot(context, name, at, arg(3), constant)?;
                        Ok(Value::UNDEFINED)
                    }
                    _ => self.delete_lookup_context_slot(context, name, at.0),
                }
            }
            ThrowReferenceError => {
                let message = arg(0).as_string().to_rust_string();
                Err(self.reference_error(&message))
            }
            DirectEval => {
                let (callee, receiver) = (arg(0), arg(1));
                let site = EvalSite::from_bits(arg(2).as_number() as u32);
                let forbidden = arg(3).to_object_opt().map_or(Vec::new(), |names| {
                    let names = names.elements.iter();
                    names.map(|n| n.as_string().to_rust_string()).collect()
                });
                let rest = args.get(4..).unwrap_or(&[]).to_vec();
                self.direct_eval(callee, receiver, &rest, site, forbidden)
            }
            AsyncIteratorReturn => {
                let iterator = arg(0);
                let method = self.get(iterator, Key::Prop(self.realm.names.return_))?;
                if method.is_nullish() {
                    return Ok(Value::FALSE);
                }
                args[0] = self.call(method, iterator, &[])?;
                Ok(Value::TRUE)
            }
            // Feedback vectors always exist and there is no OSR: nothing to
            // prepare. %DeoptimizeNow from optimized code never gets here
            // (the graph builder turns it into a deopt); interpreted, it is
            // a no-op as in V8.
            PrepareFunctionForOptimization | OptimizeOsr | DeoptimizeNow => Ok(Value::UNDEFINED),
            OptimizeFunctionOnNextCall => {
                if let Some(mut shared) = arg(0)
                    .to_object_opt()
                    .and_then(|o| o.closure().map(|c| c.shared))
                {
                    shared.marked_for_optimization = true;
                }
                Ok(Value::UNDEFINED)
            }
            DeoptimizeFunction => {
                if let Some(shared) = arg(0)
                    .to_object_opt()
                    .and_then(|o| o.closure().map(|c| c.shared))
                {
                    self.discard_code(shared, true);
                }
                Ok(Value::UNDEFINED)
            }
            NeverOptimizeFunction => {
                if let Some(mut o) = arg(0).to_object_opt()
                    && let Some(c) = o.closure_mut()
                {
                    c.shared.never_optimize = true;
                }
                Ok(Value::UNDEFINED)
            }
            GetOptimizationStatus => {
                use optimization_status::*;
                let mut status = 0;
                if let Some(o) = arg(0).to_object_opt()
                    && let Some(c) = o.closure()
                {
                    status |= IS_FUNCTION;
                    if c.shared.never_optimize {
                        status |= NEVER_OPTIMIZE;
                    }
                    if c.shared.code.is_some() {
                        status |= OPTIMIZED | TURBOFANNED;
                    } else {
                        status |= INTERPRETED;
                        if c.shared.deopt_count > 0 {
                            status |= MAYBE_DEOPTED;
                        }
                    }
                }
                Ok(Value::int(status))
            }
            IsBeingInterpreted => Ok(Value::bool(
                self.frames.last().is_none_or(|f| f.code.is_none()),
            )),
            HaveSameMap => {
                let same = arg(0).is_object()
                    && arg(1).is_object()
                    && arg(0).as_object().map == arg(1).as_object().map;
                Ok(Value::bool(same))
            }
            CollectGarbage => {
                self.collect_garbage();
                Ok(Value::UNDEFINED)
            }
            DebugPrint => {
                let s = self.inspect(arg(0));
                eprintln!("{s}");
                Ok(arg(0))
            }
            HasFastProperties => Ok(Value::bool(
                arg(0).is_object() && !arg(0).as_object().map.dictionary,
            )),
        }
    }

    /// Copies own enumerable properties of `source` into `target`.
    pub fn copy_data_properties(
        &mut self,
        target: crate::runtime::heap::Gc<crate::runtime::object::JsObject>,
        source: Value,
        excluded: &[Key],
    ) -> JsResult<()> {
        if source.is_nullish() {
            return Ok(());
        }
        let from = self.to_object(source)?.as_object();
        let keys = self.own_property_keys(from)?;
        self.with_roots(&crate::runtime::property::key_roots(&keys), |vm| {
            for k in keys {
                if excluded.contains(&k) {
                    continue;
                }
                if vm
                    .get_own_property(from, k)?
                    .is_some_and(|own| own.attrs().enumerable())
                {
                    let v = vm.get(Value::object(from), k)?;
                    vm.define_data(target, k, v, Attrs::DEFAULT);
                }
            }
            Ok(())
        })
    }

    /// Wires a class: prototype chain of the constructor and of its
    /// prototype object. Returns the prototype.
    fn define_class(&mut self, ctor: Value, parent: Value) -> JsResult<Value> {
        let (proto_parent, ctor_parent) = if parent.is_hole() {
            (
                Value::object(self.realm.intrinsics.object_prototype),
                Value::object(self.realm.intrinsics.function_prototype),
            )
        } else if parent.is_null() {
            (
                Value::NULL,
                Value::object(self.realm.intrinsics.function_prototype),
            )
        } else {
            if !self.is_constructor(parent) {
                let d = self.to_display_string(parent);
                return Err(self.type_error(&format!(
                    "Class extends value {d} is not a constructor or null"
                )));
            }
            let pp = self.get(parent, Key::Prop(self.realm.names.prototype))?;
            if !pp.is_object() && !pp.is_null() {
                return Err(
                    self.type_error("Class extends value does not have valid prototype property")
                );
            }
            (pp, parent)
        };
        let map = self.realm.map_for_prototype(&mut self.heap, proto_parent);
        let proto = self.heap.alloc(crate::runtime::object::JsObject::new(
            map,
            ObjectClass::Ordinary,
        ));
        let mut c = ctor.as_object();
        if ctor_parent != c.map.prototype {
            self.set_prototype(c, ctor_parent);
        }
        // `super.x` in the constructor looks in the prototype's parent.
        if let Some(closure) = c.closure_mut() {
            closure.home_object = Value::object(proto);
        }
        self.define_data(
            c,
            Key::Prop(self.realm.names.prototype),
            Value::object(proto),
            Attrs::NONE,
        );
        self.define_data(
            proto,
            Key::Prop(self.realm.names.constructor),
            ctor,
            Attrs::HIDDEN,
        );
        Ok(Value::object(proto))
    }
}
