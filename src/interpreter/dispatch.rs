//! The bytecode dispatch loop.
//!
//! `run(entry)` executes the top frame and every frame it calls, until the
//! frame at depth `entry` returns. Calls between bytecode functions do not
//! recurse on the native stack: they push a frame and continue the loop.

use super::call::Entered;
use super::generator::Suspension;
use crate::bytecode::Opcode;
use crate::bytecode::opcodes::{CLASS_ELEMENT, NAME_FROM_KEY};
use crate::feedback::{BinaryOpHint, FeedbackSlot, Handler, ic};
use crate::runtime::descriptor::{PropertyDescriptor, attr_bits, define_or_throw};
use crate::runtime::function::{Context, FunctionKind, JsResult};
use crate::runtime::heap::Gc;
use crate::runtime::map::{Attrs, PropertyKey};
use crate::runtime::object::{JsObject, ObjectClass};
use crate::runtime::property::{Key, Own};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Operand readers over the current function's code.
struct Code {
    ptr: *const u8,
}

impl Code {
    #[inline(always)]
    fn u8(&self, at: usize) -> u32 {
        unsafe { *self.ptr.add(at) as u32 }
    }
    #[inline(always)]
    fn u16(&self, at: usize) -> u32 {
        unsafe { u16::from_le_bytes([*self.ptr.add(at), *self.ptr.add(at + 1)]) as u32 }
    }
    #[inline(always)]
    fn u32(&self, at: usize) -> u32 {
        unsafe { u32::from_le_bytes(std::ptr::read_unaligned(self.ptr.add(at) as *const [u8; 4])) }
    }
}

pub enum Flow {
    Continue,
    /// The frame at the entry depth returned this value.
    Exit(Value),
}

/// How a private name was misused (see `Vm::private_error`).
#[derive(Clone, Copy)]
enum PrivateMisuse {
    Read,
    Write,
    NoGetter,
    NoSetter,
    WriteMethod,
}

impl Vm {
    pub fn run(&mut self, entry: usize) -> JsResult<Value> {
        self.run_throwing(entry, None)
    }

    /// Runs the frames above `entry`; with `exception`, first throws it at
    /// the innermost frame's current instruction.
    pub fn run_throwing(&mut self, entry: usize, exception: Option<Value>) -> JsResult<Value> {
        let mut pending = exception;
        loop {
            let exception = match pending.take() {
                Some(e) => e,
                None => match self.run_until_throw(entry) {
                    Ok(v) => return Ok(v),
                    Err(e) => e,
                },
            };
            self.note_throw_site(exception);
            self.unwind(entry, exception)?;
        }
    }

    /// Remembers where an exception was first thrown (a rethrow of the same
    /// value keeps the original site), for the uncaught-exception report.
    pub(crate) fn note_throw_site(&mut self, exception: Value) {
        if self
            .throw_site
            .as_ref()
            .is_some_and(|(v, _, _)| *v == exception)
        {
            return;
        }
        let (shared, offset) = self.frames.last().unwrap().position();
        if let Some(pos) = shared.bytecode.source_position(offset) {
            self.throw_site = Some((exception, shared.script.clone(), pos));
        }
    }

    /// Finds a handler for `exception` in the frames above `entry` (the
    /// loop continues there), or returns it when none is left.
    fn unwind(&mut self, entry: usize, exception: Value) -> JsResult<()> {
        loop {
            let frame = self.frames.last_mut().unwrap();
            if let Some(h) = frame.shared.bytecode.find_handler(frame.current_offset) {
                let base = frame.base;
                frame.context = self.stack[base + h.context_register as usize];
                frame.pc = h.handler as usize;
                frame.acc = exception;
                return Ok(());
            }
            let frame = self.frames.pop().unwrap();
            self.sp = frame.base;
            if !frame.generator.is_undefined() {
                self.generator_completed(frame.generator);
            }
            if self.frames.len() == entry {
                return Err(exception);
            }
        }
    }

    #[inline(never)]
    fn run_until_throw(&mut self, entry: usize) -> JsResult<Value> {
        loop {
            match self.execute(entry)? {
                Flow::Continue => {}
                Flow::Exit(v) => return Ok(v),
            }
        }
    }

    /// Runs the top frame until it calls, returns or throws.
    fn execute(&mut self, entry: usize) -> JsResult<Flow> {
        let fi = self.frames.len() - 1;
        let (mut pc, mut acc, base, shared) = {
            let f = &self.frames[fi];
            (f.pc, f.acc, f.base, f.shared)
        };
        let mut shared = shared;
        let code = Code {
            ptr: shared.bytecode.code.as_ptr(),
        };
        let stack = self.stack.as_mut_ptr();
        macro_rules! reg {
            ($r:expr) => {
                unsafe { *stack.add(base + $r as usize) }
            };
        }
        macro_rules! set_reg {
            ($r:expr, $v:expr) => {
                unsafe { *stack.add(base + $r as usize) = $v }
            };
        }
        macro_rules! save {
            ($at:expr) => {{
                let f = &mut self.frames[fi];
                f.pc = pc;
                f.acc = acc;
                f.current_offset = $at as u32;
            }};
        }
        macro_rules! throw {
            ($e:expr) => {{
                return Err($e);
            }};
        }
        macro_rules! constant {
            ($i:expr) => {
                shared.bytecode.constants[$i as usize]
            };
        }
        loop {
            let at = pc;
            let op = Opcode::from_u8(code.u8(pc) as u8);
            pc += op.length();
            // Every instruction records where it is, for exceptions and stacks.
            self.frames[fi].current_offset = at as u32;
            match op {
                Opcode::LdaUndefined => acc = Value::UNDEFINED,
                Opcode::LdaNull => acc = Value::NULL,
                Opcode::LdaTrue => acc = Value::TRUE,
                Opcode::LdaFalse => acc = Value::FALSE,
                Opcode::LdaTheHole => acc = Value::HOLE,
                Opcode::LdaSmi => acc = Value::int(code.u32(at + 1) as i32),
                Opcode::LdaConstant => acc = constant!(code.u32(at + 1)),
                Opcode::Ldar => acc = reg!(code.u16(at + 1)),
                Opcode::Star => set_reg!(code.u16(at + 1), acc),
                Opcode::Mov => {
                    let v = reg!(code.u16(at + 1));
                    set_reg!(code.u16(at + 3), v)
                }
                Opcode::LdaReceiver => acc = self.frames[fi].this,
                Opcode::LdaNewTarget => acc = self.frames[fi].new_target,
                Opcode::LdaClosure => acc = self.frames[fi].function,
                Opcode::LdaGlobal | Opcode::LdaGlobalInsideTypeof => {
                    let name = constant!(code.u32(at + 1));
                    let slot = code.u16(at + 5) as usize;
                    let global = self.realm.intrinsics.global;
                    let cached = match &shared.feedback.slots[slot] {
                        FeedbackSlot::Property(p) => ic::lookup(p, global.map),
                        _ => None,
                    };
                    acc = match cached {
                        Some(Handler::Field(s)) => global.slot(s),
                        _ => {
                            save!(at);
                            let name = name.as_string();
                            // Cache a global object's data property (its
                            // map changes if a script scope binding comes
                            // to shadow it).
                            let key = PropertyKey::String(name);
                            if self.script_binding(Key::Prop(key)).is_none()
                                && let (Some((_, d)), FeedbackSlot::Property(p)) =
                                    (global.map.lookup(key), &mut shared.feedback.slots[slot])
                                && !d.attrs.is_accessor()
                            {
                                ic::update(p, global.map, Handler::Field(d.slot));
                            }
                            let inside_typeof = op == Opcode::LdaGlobalInsideTypeof;
                            self.load_global_binding(name, inside_typeof)?
                        }
                    };
                }
                Opcode::StaGlobal => {
                    let name = constant!(code.u32(at + 1));
                    save!(at);
                    self.generic_operation(op, &[name, acc, Value::bool(shared.strict)])?;
                }
                Opcode::LdaContextSlot => {
                    let (depth, slot) = (code.u16(at + 1), code.u16(at + 3));
                    let ctx = Context::at(self.frames[fi].context, depth);
                    acc = ctx.slots[slot as usize];
                }
                Opcode::StaContextSlot => {
                    let (depth, slot) = (code.u16(at + 1), code.u16(at + 3));
                    let mut ctx = Context::at(self.frames[fi].context, depth);
                    ctx.slots[slot as usize] = acc;
                }
                Opcode::CreateContext => {
                    let n = code.u16(at + 1) as usize;
                    let parent = self.frames[fi].context;
                    let c = self.heap.alloc(Context::new(parent, n));
                    acc = Value::internal(c);
                }
                Opcode::CreateScopedContext => {
                    let n = code.u16(at + 1) as usize;
                    let parent = self.frames[fi].context;
                    let mut c = Context::new(parent, n);
                    c.scope = constant!(code.u32(at + 3));
                    c.var_scope = code.u8(at + 7) != 0;
                    acc = Value::internal(self.heap.alloc(c));
                }
                Opcode::LdaLookupSlot | Opcode::LdaLookupSlotInsideTypeof => {
                    let name = constant!(code.u32(at + 1)).as_string();
                    save!(at);
                    let typeof_ = op == Opcode::LdaLookupSlotInsideTypeof;
                    acc = self.load_lookup_slot(self.frames[fi].context, name, typeof_)?;
                }
                Opcode::StaLookupSlot => {
                    let name = constant!(code.u32(at + 1)).as_string();
                    save!(at);
                    self.store_lookup_slot(self.frames[fi].context, name, acc, shared.strict)?;
                }
                Opcode::PushContext => {
                    set_reg!(code.u16(at + 1), self.frames[fi].context);
                    self.frames[fi].context = acc;
                }
                Opcode::PopContext => self.frames[fi].context = reg!(code.u16(at + 1)),
                Opcode::SaveContext => set_reg!(code.u16(at + 1), self.frames[fi].context),
                Opcode::CloneContext => {
                    let old: Gc<Context> = unsafe { self.frames[fi].context.as_internal() };
                    let mut c = Context::new(old.parent, 0);
                    c.slots = old.slots.clone();
                    c.scope = old.scope;
                    let c = self.heap.alloc(c);
                    self.frames[fi].context = Value::internal(c);
                }
                Opcode::ThrowReferenceErrorIfHole => {
                    if acc.is_hole() {
                        save!(at);
                        let n = constant!(code.u32(at + 1)).as_string().to_rust_string();
                        throw!(self.reference_error(&format!(
                            "Cannot access '{n}' before initialization"
                        )));
                    }
                }
                Opcode::ThrowConstAssignError => {
                    save!(at);
                    throw!(self.type_error("Assignment to constant variable."));
                }
                Opcode::ThrowSuperNotCalledIfHole => {
                    if acc.is_hole() {
                        save!(at);
                        throw!(self.reference_error(
                            "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
                        ));
                    }
                }
                Opcode::ThrowSuperAlreadyCalledIfNotHole => {
                    if !acc.is_hole() {
                        save!(at);
                        throw!(self.reference_error("Super constructor may only be called once"));
                    }
                }
                Opcode::GetNamedProperty => {
                    let obj = reg!(code.u16(at + 1));
                    let slot = code.u16(at + 7) as usize;
                    if obj.is_object() {
                        let o = obj.as_object();
                        if let FeedbackSlot::Property(p) = &shared.feedback.slots[slot] {
                            match ic::lookup(p, o.map) {
                                Some(Handler::Field(s)) => {
                                    acc = o.slot(s);
                                    continue;
                                }
                                Some(Handler::Prototype {
                                    holder,
                                    holder_map,
                                    slot: s,
                                }) if holder.as_object().map == holder_map => {
                                    acc = holder.as_object().slot(s);
                                    continue;
                                }
                                Some(Handler::ArrayLength) => {
                                    acc = Value::number(o.array_length() as f64);
                                    continue;
                                }
                                _ => {}
                            }
                        }
                    }
                    save!(at);
                    let name = constant!(code.u32(at + 3)).as_string();
                    acc = self.load_named_miss(&mut shared, slot, obj, name)?;
                }
                Opcode::SetNamedProperty | Opcode::DefineNamedOwnProperty => {
                    let obj = reg!(code.u16(at + 1));
                    let slot = code.u16(at + 7) as usize;
                    if obj.is_object() {
                        let mut o = obj.as_object();
                        if let FeedbackSlot::Property(p) = &shared.feedback.slots[slot] {
                            match ic::lookup(p, o.map) {
                                Some(Handler::Field(s)) => {
                                    o.set_slot(s, acc);
                                    continue;
                                }
                                Some(Handler::Transition(map, s, epoch))
                                    if epoch == self.realm.prototype_epoch =>
                                {
                                    o.map = map;
                                    o.set_slot(s, acc);
                                    continue;
                                }
                                _ => {}
                            }
                        }
                    }
                    save!(at);
                    let name = constant!(code.u32(at + 3)).as_string();
                    self.store_named_miss(
                        &mut shared,
                        slot,
                        obj,
                        name,
                        acc,
                        op == Opcode::DefineNamedOwnProperty,
                    )?;
                }
                Opcode::GetKeyedProperty => {
                    let obj = reg!(code.u16(at + 1));
                    let slot = code.u16(at + 3) as usize;
                    let mut inside = false;
                    if obj.is_object() && acc.is_int() && acc.as_int() >= 0 {
                        let o = obj.as_object();
                        if let Some(&v) = o.elements.get(acc.as_int() as usize)
                            && !v.is_hole()
                        {
                            match o.class {
                                // A mapped arguments object's element may
                                // live in a context slot: the full lookup
                                // reads it, and the site is no dense access
                                // (its map is the unmapped objects' too).
                                ObjectClass::Arguments { mapped: Some(_) } => {}
                                // An unmapped one's is, for optimized code
                                // reading a removed arguments object.
                                ObjectClass::Arguments { mapped: None } => {
                                    record_element_access(&mut shared.feedback.slots[slot], o.map);
                                    inside = true;
                                }
                                _ => {
                                    record_element_access(&mut shared.feedback.slots[slot], o.map);
                                    acc = v;
                                    continue;
                                }
                            }
                        }
                    }
                    save!(at);
                    if !inside {
                        record_element_miss(&mut shared.feedback.slots[slot], acc);
                    }
                    acc = self.get_keyed(obj, acc)?;
                }
                Opcode::SetKeyedProperty => {
                    let obj = reg!(code.u16(at + 1));
                    let key = reg!(code.u16(at + 3));
                    if obj.is_object() && key.is_int() && key.as_int() >= 0 {
                        let mut o = obj.as_object();
                        let i = key.as_int() as usize;
                        let kind = o.map.elements_kind;
                        if i < o.elements.len()
                            && o.sparse.is_none()
                            && !matches!(o.class, ObjectClass::Arguments { .. })
                            && (acc.is_int() && !kind.is_double()
                                || !kind.is_smi() && !kind.is_double())
                        {
                            o.elements[i] = acc;
                            if kind.is_holey() || !acc.is_hole() {
                                let slot = code.u16(at + 5) as usize;
                                record_element_access(&mut shared.feedback.slots[slot], o.map);
                                continue;
                            }
                        }
                    }
                    save!(at);
                    record_element_miss(&mut shared.feedback.slots[code.u16(at + 5) as usize], key);
                    self.set_keyed(obj, key, acc, shared.strict)?;
                }
                Opcode::DefineKeyedOwnProperty => {
                    let obj = reg!(code.u16(at + 1));
                    let key = reg!(code.u16(at + 3));
                    let flags = code.u8(at + 5);
                    save!(at);
                    let k = self.to_key(key)?;
                    if flags & NAME_FROM_KEY != 0 {
                        self.name_function_from_key(acc, k, "");
                    }
                    let attrs = Attrs((flags & 0xF) as u8);
                    if flags & CLASS_ELEMENT != 0 {
                        let field = PropertyDescriptor::data(acc, attrs);
                        self.define_class_element(obj.as_object(), k, field)?;
                    } else {
                        self.define_data(obj.as_object(), k, acc, attrs);
                    }
                }
                Opcode::DeleteProperty => {
                    let obj = reg!(code.u16(at + 1));
                    let strict = Value::bool(code.u8(at + 3) != 0);
                    save!(at);
                    acc = self.generic_operation(op, &[obj, acc, strict])?;
                }
                Opcode::GetNamedSuper | Opcode::GetKeyedSuper => {
                    let this = reg!(code.u16(at + 1));
                    save!(at);
                    let key = if op == Opcode::GetNamedSuper {
                        constant!(code.u32(at + 3))
                    } else {
                        acc
                    };
                    let k = self.to_key(key)?;
                    let home = self.home_object(fi);
                    if !home.is_object() {
                        throw!(self.syntax_error("'super' keyword unexpected here"));
                    }
                    let proto = home.as_object().map.prototype;
                    if !proto.is_object() {
                        let k = self.key_display(k);
                        throw!(self.nullish_base_error(proto, &k, false));
                    }
                    acc = self.get_from(proto.as_object(), k, this)?;
                }
                Opcode::SetKeyedSuper => {
                    let this = reg!(code.u16(at + 1));
                    let key = reg!(code.u16(at + 3));
                    save!(at);
                    let k = self.to_key(key)?;
                    let home = self.home_object(fi);
                    if !home.is_object() {
                        throw!(self.syntax_error("'super' keyword unexpected here"));
                    }
                    let proto = home.as_object().map.prototype;
                    if !proto.is_object() {
                        let k = self.key_display(k);
                        throw!(self.nullish_base_error(proto, &k, true));
                    }
                    self.set_on(proto.as_object(), k, acc, this, shared.strict)?;
                }
                Opcode::DefineMethod | Opcode::DefineGetter | Opcode::DefineSetter => {
                    let obj = reg!(code.u16(at + 1));
                    let key = reg!(code.u16(at + 3));
                    let flags = code.u8(at + 5);
                    let enumerable = flags & 2 != 0;
                    save!(at);
                    let k = self.to_key(key)?;
                    if flags & NAME_FROM_KEY != 0 {
                        let prefix = match op {
                            Opcode::DefineGetter => "get ",
                            Opcode::DefineSetter => "set ",
                            _ => "",
                        };
                        self.name_function_from_key(acc, k, prefix);
                    }
                    let mut f = acc.as_object();
                    if let Some(c) = f.closure_mut() {
                        c.home_object = obj;
                    }
                    let attrs = Attrs(
                        Attrs::CONFIGURABLE
                            | Attrs::WRITABLE
                            | if enumerable { Attrs::ENUMERABLE } else { 0 },
                    );
                    let o = obj.as_object();
                    if flags & CLASS_ELEMENT != 0 {
                        // Private instance methods go through the class's
                        // holder (`DefinePrivateMethod`); these are static,
                        // and a private method is read-only.
                        let mut attrs = attrs;
                        if let Key::Prop(PropertyKey::Symbol(mut s)) = k
                            && s.private
                        {
                            s.method_of = Some((obj, true));
                            attrs = Attrs::NONE;
                        }
                        // An accessor keeps the other half of its pair.
                        let element = match op {
                            Opcode::DefineMethod => PropertyDescriptor::data(acc, attrs),
                            Opcode::DefineGetter => PropertyDescriptor {
                                get: Some(acc),
                                enumerable: Some(enumerable),
                                configurable: Some(true),
                                ..Default::default()
                            },
                            _ => PropertyDescriptor {
                                set: Some(acc),
                                enumerable: Some(enumerable),
                                configurable: Some(true),
                                ..Default::default()
                            },
                        };
                        self.define_class_element(o, k, element)?;
                        continue;
                    }
                    match op {
                        Opcode::DefineMethod => self.define_data(o, k, acc, attrs),
                        Opcode::DefineGetter => self.define_accessor(o, k, Some(acc), None, attrs),
                        _ => self.define_accessor(o, k, None, Some(acc), attrs),
                    }
                }
                Opcode::Add
                | Opcode::Sub
                | Opcode::Mul
                | Opcode::Div
                | Opcode::Mod
                | Opcode::Exp
                | Opcode::BitwiseOr
                | Opcode::BitwiseXor
                | Opcode::BitwiseAnd
                | Opcode::ShiftLeft
                | Opcode::ShiftRight
                | Opcode::ShiftRightLogical => {
                    let lhs = reg!(code.u16(at + 1));
                    let slot = code.u16(at + 3) as usize;
                    let result = match fast_binary(op, lhs, acc) {
                        Some(r) => r,
                        None => {
                            save!(at);
                            self.binary_op(op, lhs, acc)?
                        }
                    };
                    if let FeedbackSlot::BinaryOp(h) = &mut shared.feedback.slots[slot] {
                        h.0 |= ic::binary_hint(lhs, acc, result);
                    }
                    acc = result;
                }
                Opcode::Inc | Opcode::Dec => {
                    let delta = if op == Opcode::Inc { 1 } else { -1 };
                    let input = acc;
                    acc = if acc.is_int() {
                        match acc.as_int().checked_add(delta) {
                            Some(r) => Value::int(r),
                            None => Value::double(acc.as_int() as f64 + delta as f64),
                        }
                    } else {
                        save!(at);
                        Value::number(self.to_number(acc)? + delta as f64)
                    };
                    record_unary(&mut shared, code.u16(at + 1) as usize, input, acc);
                }
                Opcode::Negate => {
                    acc = if acc.is_int() && acc.as_int() != 0 && acc.as_int() != i32::MIN {
                        Value::int(-acc.as_int())
                    } else {
                        save!(at);
                        self.generic_operation(op, &[acc])?
                    };
                }
                Opcode::BitwiseNot
                | Opcode::TypeOf
                | Opcode::GetIterator
                | Opcode::ForInPrepare => {
                    save!(at);
                    acc = self.generic_operation(op, &[acc])?;
                }
                Opcode::ToNumeric => {
                    let input = acc;
                    if !acc.is_number() {
                        save!(at);
                        acc = self.to_numeric(acc)?;
                    }
                    record_unary(&mut shared, code.u16(at + 1) as usize, input, acc);
                }
                Opcode::ToString | Opcode::ToPropertyKey => {
                    if !acc.is_string() {
                        save!(at);
                        acc = self.generic_operation(op, &[acc])?;
                    }
                }
                Opcode::LogicalNot => acc = Value::bool(!self.to_boolean(acc)),
                Opcode::TestEqual
                | Opcode::TestEqualStrict
                | Opcode::TestLessThan
                | Opcode::TestGreaterThan
                | Opcode::TestLessThanOrEqual
                | Opcode::TestGreaterThanOrEqual => {
                    let lhs = reg!(code.u16(at + 1));
                    let slot = code.u16(at + 3) as usize;
                    if let FeedbackSlot::Compare(h) = &mut shared.feedback.slots[slot] {
                        h.0 |= if lhs.is_int() && acc.is_int() {
                            BinaryOpHint::SIGNED_SMALL
                        } else if lhs.is_number() && acc.is_number() {
                            BinaryOpHint::NUMBER
                        } else if lhs.is_string() && acc.is_string() {
                            BinaryOpHint::STRING
                        } else {
                            BinaryOpHint::ANY
                        };
                    }
                    acc = match (op, lhs.is_int() && acc.is_int()) {
                        (Opcode::TestLessThan, true) => Value::bool(lhs.as_int() < acc.as_int()),
                        (Opcode::TestGreaterThan, true) => Value::bool(lhs.as_int() > acc.as_int()),
                        (Opcode::TestLessThanOrEqual, true) => {
                            Value::bool(lhs.as_int() <= acc.as_int())
                        }
                        (Opcode::TestGreaterThanOrEqual, true) => {
                            Value::bool(lhs.as_int() >= acc.as_int())
                        }
                        (Opcode::TestEqualStrict, _) => Value::bool(self.strict_equals(lhs, acc)),
                        _ => {
                            save!(at);
                            self.compare_op(op, lhs, acc)?
                        }
                    };
                }
                Opcode::TestInstanceOf | Opcode::TestIn => {
                    let lhs = reg!(code.u16(at + 1));
                    save!(at);
                    acc = self.generic_operation(op, &[lhs, acc])?;
                }
                Opcode::TestUndetectable => acc = Value::bool(acc.is_nullish()),
                Opcode::TestNull => acc = Value::bool(acc.is_null()),
                Opcode::TestUndefined => acc = Value::bool(acc.is_undefined()),
                Opcode::Jump => pc = code.u32(at + 1) as usize,
                Opcode::JumpLoop => {
                    pc = code.u32(at + 1) as usize;
                    self.spend_loop_budget(shared);
                    if self.should_osr(shared, pc as u32) {
                        save!(at);
                        if let Some(osr) = self.optimize_osr(shared, pc as u32) {
                            let result = self.enter_osr(osr, acc)?;
                            self.frames[fi].replaced_by_osr = false;
                            return self.return_from_frame(entry, result);
                        }
                    }
                    if self.heap.collection_due() {
                        save!(at);
                        self.collect_garbage();
                    }
                }
                Opcode::JumpIfTrue => {
                    if acc == Value::TRUE {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfFalse => {
                    if acc == Value::FALSE {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfToBooleanTrue => {
                    if self.to_boolean(acc) {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfToBooleanFalse => {
                    if !self.to_boolean(acc) {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfNull => {
                    if acc.is_null() {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfNotNull => {
                    if !acc.is_null() {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfUndefined => {
                    if acc.is_undefined() {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfNotUndefined => {
                    if !acc.is_undefined() {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfUndefinedOrNull => {
                    if acc.is_nullish() {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::JumpIfNotUndefinedOrNull => {
                    if !acc.is_nullish() {
                        pc = code.u32(at + 1) as usize;
                    }
                }
                Opcode::Return => {
                    save!(at);
                    return self.return_from_frame(entry, acc);
                }
                Opcode::Throw => {
                    save!(at);
                    throw!(acc);
                }
                Opcode::ReThrow => {
                    save!(at);
                    throw!(acc);
                }
                Opcode::Call => {
                    let callee = reg!(code.u16(at + 1));
                    let args = code.u16(at + 3) as usize;
                    let argc = code.u16(at + 5) as usize;
                    let slot = code.u16(at + 7) as usize;
                    if let FeedbackSlot::Call { target, count } = &mut shared.feedback.slots[slot] {
                        ic::record_call(target, callee);
                        *count = count.saturating_add(1);
                    }
                    save!(at);
                    let argv: &[Value] =
                        unsafe { std::slice::from_raw_parts(stack.add(base + args + 1), argc) };
                    let receiver = reg!(args);
                    if let Some(flow) =
                        self.call_from_bytecode(callee, receiver, argv, Value::UNDEFINED)?
                    {
                        return Ok(flow);
                    }
                    acc = self.frames[fi].acc;
                }
                Opcode::CallWithSpread => {
                    let callee = reg!(code.u16(at + 1));
                    let receiver = reg!(code.u16(at + 3));
                    let array = reg!(code.u16(at + 5));
                    save!(at);
                    let argv = array.as_object().elements.clone();
                    let argv: Vec<Value> = argv
                        .into_iter()
                        .map(|v| if v.is_hole() { Value::UNDEFINED } else { v })
                        .collect();
                    if let Some(flow) =
                        self.call_from_bytecode(callee, receiver, &argv, Value::UNDEFINED)?
                    {
                        return Ok(flow);
                    }
                    acc = self.frames[fi].acc;
                }
                Opcode::Construct | Opcode::ConstructWithSpread => {
                    let callee = reg!(code.u16(at + 1));
                    save!(at);
                    let argv: Vec<Value> = if op == Opcode::Construct {
                        let args = code.u16(at + 3) as usize;
                        let argc = code.u16(at + 5) as usize;
                        (0..argc).map(|i| reg!(args + i)).collect()
                    } else {
                        let array = reg!(code.u16(at + 3));
                        array
                            .as_object()
                            .elements
                            .iter()
                            .map(|v| if v.is_hole() { Value::UNDEFINED } else { *v })
                            .collect()
                    };
                    if !self.is_constructor(callee) {
                        let d = self.call_site_text(callee);
                        throw!(self.type_error(&format!("{d} is not a constructor")));
                    }
                    if op == Opcode::Construct {
                        let slot = code.u16(at + 7) as usize;
                        if let FeedbackSlot::Call { target, count } =
                            &mut shared.feedback.slots[slot]
                        {
                            ic::record_call(target, callee);
                            *count = count.saturating_add(1);
                        }
                    }
                    if let Some(flow) =
                        self.call_from_bytecode(callee, Value::HOLE, &argv, callee)?
                    {
                        return Ok(flow);
                    }
                    acc = self.frames[fi].acc;
                }
                Opcode::SuperCall | Opcode::SuperCallSpread => {
                    save!(at);
                    let argv: Vec<Value> = if op == Opcode::SuperCall {
                        let args = code.u16(at + 1) as usize;
                        let argc = code.u16(at + 3) as usize;
                        (0..argc).map(|i| reg!(args + i)).collect()
                    } else {
                        let array = reg!(code.u16(at + 1));
                        array
                            .as_object()
                            .elements
                            .iter()
                            .map(|v| if v.is_hole() { Value::UNDEFINED } else { *v })
                            .collect()
                    };
                    acc = self.super_call(fi, &argv)?;
                }
                Opcode::CallRuntime => {
                    let id = code.u16(at + 1) as usize;
                    let args = code.u16(at + 3) as usize;
                    let argc = code.u16(at + 5) as usize;
                    save!(at);
                    let f = crate::interpreter::runtime_functions::RuntimeFunction::ALL[id];
                    let argv: &mut [Value] =
                        unsafe { std::slice::from_raw_parts_mut(stack.add(base + args), argc) };
                    acc = self.call_runtime(f, argv)?;
                }
                Opcode::CreateClosure => {
                    let sfi = constant!(code.u32(at + 1));
                    save!(at);
                    acc = self.create_closure(unsafe { sfi.as_internal() }, fi);
                }
                Opcode::CreateEmptyObject => acc = Value::object(self.new_object()),
                Opcode::CreateEmptyArray => acc = self.generic_operation(op, &[])?,
                Opcode::CreateArrayFromRegisters => {
                    let first = code.u16(at + 1) as usize;
                    let n = code.u16(at + 3) as usize;
                    let values: Vec<Value> = (0..n).map(|i| reg!(first + i)).collect();
                    acc = self.generic_operation(op, &values)?;
                }
                Opcode::ArrayPush | Opcode::ArraySpread | Opcode::CopyDataProperties => {
                    let target = reg!(code.u16(at + 1));
                    save!(at);
                    self.generic_operation(op, &[target, acc])?;
                }
                Opcode::ArrayPushHole => {
                    let array = reg!(code.u16(at + 1));
                    self.generic_operation(op, &[array])?;
                }
                Opcode::CreateRegExp => {
                    let pattern = constant!(code.u32(at + 1));
                    let flags = constant!(code.u32(at + 5));
                    save!(at);
                    acc = self.generic_operation(op, &[pattern, flags])?;
                }
                Opcode::CreateArguments => {
                    let f = &self.frames[fi];
                    let (argc, params) =
                        (f.argc as usize, shared.bytecode.parameter_count as usize);
                    let size = shared.bytecode.frame_size();
                    let args: Vec<Value> = (0..argc)
                        .map(|i| {
                            if i < params {
                                reg!(i)
                            } else {
                                reg!(size + i - params)
                            }
                        })
                        .collect();
                    let (callee, context) = (f.function, f.context);
                    acc = self.create_arguments(callee, context, args, code.u8(at + 1) == 1);
                }
                Opcode::CreateRestParameter => {
                    let f = &self.frames[fi];
                    let (argc, params) =
                        (f.argc as usize, shared.bytecode.parameter_count as usize);
                    let size = shared.bytecode.frame_size();
                    let rest: Vec<Value> = (params..argc.max(params))
                        .map(|i| reg!(size + i - params))
                        .collect();
                    acc = Value::object(self.new_tagged_array(rest));
                }

                Opcode::ThrowIfNotObject => {
                    if !acc.is_object() {
                        save!(at);
                        let what = constant!(code.u32(at + 1)).as_string().to_rust_string();
                        let d = self.to_display_string(acc);
                        throw!(self.type_error(&format!("{what} {d} is not an object")));
                    }
                }
                Opcode::ForInNext => {
                    let state = reg!(code.u16(at + 1));
                    save!(at);
                    acc = self.generic_operation(op, &[state])?;
                }
                Opcode::Yield => {
                    save!(at);
                    return self.suspend_frame(entry, acc, code.u16(at + 1), Suspension::Yield);
                }
                Opcode::Await => {
                    save!(at);
                    return self.suspend_frame(entry, acc, code.u16(at + 1), Suspension::Await);
                }
                Opcode::Debugger => {}
            }
        }
    }

    fn return_from_frame(&mut self, entry: usize, mut value: Value) -> JsResult<Flow> {
        let frame = self.frames.last().unwrap();
        if frame.is_construct && !value.is_object() {
            if frame.shared.kind.is_derived_constructor() {
                let error = if !value.is_undefined() {
                    Some(
                        self.type_error("Derived constructors may only return object or undefined"),
                    )
                } else if frame.this.is_hole() {
                    Some(self.reference_error(
                        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                    ))
                } else {
                    None
                };
                if let Some(error) = error {
                    // [[Construct]] checks after the body has completed:
                    // no handler of the constructor's own catches it.
                    self.frames.last_mut().unwrap().current_offset = u32::MAX;
                    return Err(error);
                }
            }
            let frame = self.frames.last().unwrap();
            value = frame.this;
        }
        let frame = self.frames.pop().unwrap();
        self.sp = frame.base;
        if !frame.generator.is_undefined() {
            self.generator_completed(frame.generator);
        }
        if self.frames.len() == entry || frame.is_entry {
            return Ok(Flow::Exit(value));
        }
        let caller = self.frames.last_mut().unwrap();
        if !frame.discards_result {
            caller.acc = value;
        }
        if self.heap.collection_due() {
            self.collect_garbage();
        }
        Ok(Flow::Continue)
    }

    /// A call from bytecode: a closure gets a frame and the loop continues
    /// in it (returns Some(Continue)); anything else completes here and its
    /// result is left in the caller frame's accumulator (returns None).
    fn call_from_bytecode(
        &mut self,
        callee: Value,
        receiver: Value,
        args: &[Value],
        new_target: Value,
    ) -> JsResult<Option<Flow>> {
        if !self.is_callable(callee) {
            let d = self.call_site_text(callee);
            return Err(self.type_error(&format!("{d} is not a function")));
        }
        if callee.is_object() {
            let o = callee.as_object();
            if let ObjectClass::Closure(c) = &o.class {
                if let Some(code) = self.optimized_code_for(c.shared, new_target) {
                    let r = self.enter_optimized(o, code, receiver, args, new_target)?;
                    self.frames.last_mut().unwrap().acc = r;
                    return Ok(None);
                }
                // `new` of a closure that is not a constructor (an arrow, a
                // method, a generator) takes the generic path for its error.
                if new_target.is_undefined() || c.shared.is_constructor() {
                    match self.enter_function(o, receiver, args, new_target)? {
                        Entered::Frame => {
                            self.safepoint();
                            return Ok(Some(Flow::Continue));
                        }
                        Entered::Completed(r) => {
                            self.frames.last_mut().unwrap().acc = r;
                            return Ok(None);
                        }
                    }
                }
            }
        }
        let r = if new_target.is_undefined() {
            self.call(callee, receiver, args)?
        } else {
            self.construct(callee, args, new_target)?
        };
        self.frames.last_mut().unwrap().acc = r;
        Ok(None)
    }

    /// How V8 names a callee in "… is not a function": the callee's source
    /// text at the current call site (`obj.method`, `fn`).
    pub(crate) fn call_site_text(&self, callee: Value) -> String {
        let (shared, offset) = self.frames.last().unwrap().position();
        match shared.bytecode.call_site(offset) {
            Some((start, end)) => {
                let text = &shared.script.source[start as usize..end as usize];
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            }
            None => self.callee_description(callee),
        }
    }

    /// A class element: DefinePropertyOrThrow, or for a private name
    /// PrivateFieldAdd / PrivateMethodOrAccessorAdd (on the object itself,
    /// a proxy's traps unasked; a field never twice on one object).
    fn define_class_element(
        &mut self,
        o: Gc<JsObject>,
        key: Key,
        element: PropertyDescriptor,
    ) -> JsResult<()> {
        let Key::Prop(PropertyKey::Symbol(s)) = key else {
            return define_or_throw(self, o, key, &element);
        };
        if !s.private {
            return define_or_throw(self, o, key, &element);
        }
        let on = |flag: Option<bool>| flag == Some(true);
        let attrs = attr_bits(
            on(element.writable),
            on(element.enumerable),
            on(element.configurable),
        );
        match element.value {
            Some(v) => {
                self.add_private_once(o, key, |_| s.description.as_string().to_rust_string())?;
                self.define_data(o, key, v, attrs);
                Ok(())
            }
            None => {
                self.define_accessor(o, key, element.get, element.set, attrs);
                Ok(())
            }
        }
    }

    /// PrivateFieldAdd's and PrivateMethodOrAccessorAdd's check: a private
    /// name is added to an object once (`what` names it in the error).
    fn add_private_once(
        &mut self,
        o: Gc<JsObject>,
        key: Key,
        what: impl FnOnce(&mut Self) -> String,
    ) -> JsResult<()> {
        if self.get_own(o, key).is_some() {
            let what = what(self);
            let message = format!("Cannot initialize {what} twice on the same object");
            return Err(self.type_error(&message));
        }
        Ok(())
    }

    /// PrivateMethodOrAccessorAdd for each of a class's private instance
    /// methods and accessors (kept on `holder`): the instance gets its own
    /// copies, once.
    pub(crate) fn add_private_methods(
        &mut self,
        o: Gc<JsObject>,
        holder: Gc<JsObject>,
    ) -> JsResult<()> {
        let keys: Vec<Key> = holder
            .map
            .descriptors()
            .iter()
            .map(|d| Key::Prop(d.key))
            .collect();
        for key in keys {
            self.add_private_once(o, key, |vm| {
                let class = vm.private_method_class(key).unwrap_or_default().0;
                format!("private methods of class {class}")
            })?;
            match self.get_own(holder, key) {
                Some(Own::Data(f, attrs)) => self.define_data(o, key, f, attrs),
                Some(Own::Accessor(pair, attrs)) => {
                    let present = |f: Value| (!f.is_undefined()).then_some(f);
                    self.define_accessor(o, key, present(pair.getter), present(pair.setter), attrs)
                }
                None => {}
            }
        }
        Ok(())
    }

    /// The class that declares private method name `k` (as V8 names it in
    /// messages) and whether the method is static; None for a field's name.
    fn private_method_class(&mut self, k: Key) -> Option<(String, bool)> {
        let Key::Prop(PropertyKey::Symbol(s)) = k else {
            return None;
        };
        let (class, is_static) = s.method_of?;
        let name = match self.get_own(class.as_object(), Key::Prop(self.realm.names.name)) {
            Some(Own::Data(n, _)) if n.is_string() && !n.as_string().is_empty() => {
                n.as_string().to_rust_string()
            }
            _ => "anonymous".to_string(),
        };
        Some((name, is_static))
    }

    /// V8's TypeError for a misused private name `k`.
    fn private_error(&mut self, k: Key, misuse: PrivateMisuse) -> Value {
        let n = self.key_display(k);
        let message = match (misuse, self.private_method_class(k)) {
            (PrivateMisuse::Read | PrivateMisuse::Write, Some((class, true))) => {
                format!("Receiver must be class {class}")
            }
            (PrivateMisuse::Read | PrivateMisuse::Write, Some((class, false))) => {
                format!("Receiver must be an instance of class {class}")
            }
            (PrivateMisuse::Read, None) => format!(
                "Cannot read private member {n} from an object whose class did not declare it"
            ),
            (PrivateMisuse::Write, None) => format!(
                "Cannot write private member {n} to an object whose class did not declare it"
            ),
            (PrivateMisuse::NoGetter, _) => format!("'{n}' was defined without a getter"),
            (PrivateMisuse::NoSetter, _) => format!("'{n}' was defined without a setter"),
            (PrivateMisuse::WriteMethod, _) => format!("Private method '{n}' is not writable"),
        };
        self.type_error(&message)
    }

    /// SetFunctionName for an anonymous function stored under a computed
    /// key: `{ [k]() {} }` is named after the key's value.
    fn name_function_from_key(&mut self, f: Value, key: Key, prefix: &str) {
        let name = match key {
            Key::Prop(PropertyKey::Symbol(s)) => {
                let d = s.description;
                if d.is_string() {
                    format!("[{}]", d.as_string().to_rust_string())
                } else {
                    String::new()
                }
            }
            k => self.key_display(k),
        };
        let name = self.str(&format!("{prefix}{name}"));
        self.define_data(
            f.as_object(),
            Key::Prop(self.realm.names.name),
            name,
            Attrs(Attrs::CONFIGURABLE),
        );
    }

    /// `v[Symbol.iterator]`, or "x is not iterable" naming the iterable's
    /// source text, as V8 does.
    pub(super) fn iterator_method_at_site(&mut self, v: Value) -> JsResult<Value> {
        if !v.is_nullish() {
            let method = self.get(v, Key::Prop(PropertyKey::Symbol(self.symbols.iterator)))?;
            if self.is_callable(method) {
                return Ok(method);
            }
        }
        let d = self.call_site_text(v);
        Err(self.type_error(&format!("{d} is not iterable")))
    }

    fn home_object(&self, fi: usize) -> Value {
        let f = self.frames[fi].function.as_object();
        f.closure().map_or(Value::UNDEFINED, |c| c.home_object)
    }

    fn super_call(&mut self, fi: usize, args: &[Value]) -> JsResult<Value> {
        let frame = &self.frames[fi];
        // The active function is the (derived) constructor itself, or an
        // arrow or eval code inside it: find the constructor through the
        // frames.
        let mut ctor = frame.function;
        let mut i = fi;
        while ctor
            .as_object()
            .closure()
            .is_some_and(|c| matches!(c.shared.kind, FunctionKind::Arrow | FunctionKind::TopLevel))
            && i > 0
        {
            i -= 1;
            ctor = self.frames[i].function;
        }
        let parent = ctor.as_object().map.prototype;
        if !self.is_constructor(parent) {
            // `class extends null` leaves Function.prototype as the parent;
            // V8 reports it as null.
            let shown = if parent == Value::object(self.realm.intrinsics.function_prototype) {
                "null".to_string()
            } else {
                self.to_display_string(parent)
            };
            let name = ctor
                .as_object()
                .closure()
                .map(|c| c.shared.name_string())
                .unwrap_or_default();
            let class = if name.is_empty() {
                "anonymous class".to_string()
            } else {
                name
            };
            return Err(self.type_error(&format!(
                "Super constructor {shown} of {class} is not a constructor"
            )));
        }
        let new_target = self.frames[fi].new_target;
        let this = self.construct(parent, args, new_target)?;
        // BindThisValue: a second `super()` has constructed its object (and
        // run the parent) before it fails.
        if !self.frames[i].this.is_hole() {
            return Err(self.reference_error("Super constructor may only be called once"));
        }
        self.frames[fi].this = this;
        if i != fi {
            self.frames[i].this = this;
        }
        let init = ctor.as_object().closure().unwrap().field_initializer;
        if !init.is_undefined() {
            self.call(init, this, &[])?;
        }
        Ok(this)
    }

    pub fn create_closure(
        &mut self,
        shared: Gc<crate::runtime::function::SharedFunctionInfo>,
        fi: usize,
    ) -> Value {
        let frame = &self.frames[fi];
        let (context, function) = (frame.context, frame.function);
        let (this, new_target) = (frame.this, frame.new_target);
        self.new_function_closure(shared, context, function, this, new_target)
    }

    /// A closure of `shared` made by code of `function` running in
    /// `context`: an arrow also keeps that code's `this` and `new.target`,
    /// and inherits its home object (for `super`).
    pub fn new_function_closure(
        &mut self,
        shared: Gc<crate::runtime::function::SharedFunctionInfo>,
        context: Value,
        function: Value,
        this: Value,
        new_target: Value,
    ) -> Value {
        let home = function
            .as_object()
            .closure()
            .map_or(Value::UNDEFINED, |c| c.home_object);
        let arrow = shared.kind == FunctionKind::Arrow;
        let closure = crate::runtime::function::Closure {
            shared,
            context,
            home_object: if arrow { home } else { Value::UNDEFINED },
            field_initializer: Value::UNDEFINED,
            lexical_this: if arrow { this } else { Value::UNDEFINED },
            lexical_new_target: if arrow { new_target } else { Value::UNDEFINED },
        };
        Value::object(self.new_closure(closure))
    }

    fn load_named_miss(
        &mut self,
        shared: &mut Gc<crate::runtime::function::SharedFunctionInfo>,
        slot: usize,
        obj: Value,
        name: Gc<crate::runtime::string::JsString>,
    ) -> JsResult<Value> {
        let key = self.string_key(name);
        if obj.is_object() {
            let o = obj.as_object();
            let handler = match key {
                Key::Prop(p) if p == self.realm.names.length && o.is_array() => {
                    Some(Handler::ArrayLength)
                }
                Key::Prop(p) => match o.map.lookup(p) {
                    Some((_, d)) if !d.attrs.is_accessor() => Some(Handler::Field(d.slot)),
                    Some(_) => None,
                    None => self.prototype_handler(o, p, false),
                },
                Key::Index(_) => None,
            };
            if let FeedbackSlot::Property(p) = &mut shared.feedback.slots[slot] {
                match handler {
                    Some(h) => ic::update(p, o.map, h),
                    None => ic::go_megamorphic(p),
                }
            }
        } else if !obj.is_nullish()
            && let FeedbackSlot::Property(p) = &mut shared.feedback.slots[slot]
        {
            // A string's length is recorded under the string map (which no
            // object has); other primitive receivers have no map to cache:
            // the site ran, generically (optimized code calls the runtime).
            match key {
                Key::Prop(k) if obj.is_string() && k == self.realm.names.length => {
                    ic::update(p, self.realm.string_map, Handler::StringLength)
                }
                _ => ic::go_megamorphic(p),
            }
        }
        if obj.is_nullish() {
            let k = self.key_display(key);
            return Err(self.nullish_base_error(obj, &k, false));
        }
        self.get(obj, key)
    }

    /// A cache handler for a property found on a fast prototype, valid
    /// while the receiver's and the holder's maps stay the same (only
    /// direct prototypes, so no intermediate object can shadow it): for a
    /// load, a data property or a getter; for a store, a setter.
    fn prototype_handler(
        &mut self,
        o: Gc<crate::runtime::object::JsObject>,
        p: PropertyKey,
        store: bool,
    ) -> Option<Handler> {
        let proto = o.map.prototype;
        if !proto.is_object()
            || o.map.dictionary
            || matches!(
                o.class,
                ObjectClass::String(_) | ObjectClass::Arguments { .. }
            )
        {
            return None;
        }
        let holder = proto.as_object();
        if holder.map.dictionary {
            return None;
        }
        let (_, d) = holder.map.lookup(p)?;
        if d.attrs.is_accessor() {
            let pair = holder.slot(d.slot).as_object().accessor_pair()?;
            let function = if store { pair.setter } else { pair.getter };
            return self.is_callable(function).then_some(Handler::Accessor {
                holder: proto,
                holder_map: holder.map,
                function,
            });
        }
        if store {
            return None;
        }
        Some(Handler::Prototype {
            holder: proto,
            holder_map: holder.map,
            slot: d.slot,
        })
    }

    /// Whether a store of `p` that misses `o` adds it without asking its
    /// prototypes: none is a proxy (its `set` trap would see the store)
    /// and none has `p` as a setter or read-only (the prototype epoch
    /// covers such properties defined later).
    fn adds_past_prototypes(
        &self,
        o: Gc<crate::runtime::object::JsObject>,
        p: PropertyKey,
    ) -> bool {
        let mut proto = o.map.prototype;
        while proto.is_object() {
            let holder = proto.as_object();
            if crate::runtime::proxy::is_proxy(holder)
                || holder
                    .map
                    .lookup(p)
                    .is_some_and(|(_, d)| !d.attrs.writable())
            {
                return false;
            }
            proto = holder.map.prototype;
        }
        true
    }

    fn store_named_miss(
        &mut self,
        shared: &mut Gc<crate::runtime::function::SharedFunctionInfo>,
        slot: usize,
        obj: Value,
        name: Gc<crate::runtime::string::JsString>,
        value: Value,
        define: bool,
    ) -> JsResult<()> {
        let key = self.string_key(name);
        let before = obj.to_object_opt().map(|o| o.map);
        // What a store that misses the receiver meets on the prototypes,
        // found before a setter runs (it may add properties to the
        // receiver): a setter to cache, or nothing (a transition adds the
        // property).
        let (setter, adds) = match (obj.to_object_opt(), key) {
            (Some(o), Key::Prop(p)) if !define && o.map.lookup(p).is_none() => (
                self.prototype_handler(o, p, true),
                self.adds_past_prototypes(o, p),
            ),
            _ => (None, true),
        };
        if define {
            self.define_data(obj.as_object(), key, value, Attrs::DEFAULT);
        } else {
            self.set(obj, key, value, shared.strict)?;
        }
        if let (Some(before), Key::Prop(p)) = (before, key) {
            let o = obj.as_object();
            let handler = match o.map.lookup(p) {
                _ if setter.is_some() => setter,
                Some((_, d)) if !d.attrs.is_accessor() && d.attrs.writable() => {
                    if o.map == before {
                        Some(Handler::Field(d.slot))
                    } else if o.map.back_pointer == Some(before) && !o.map.dictionary && adds {
                        let epoch = self.realm.prototype_epoch;
                        Some(Handler::Transition(o.map, d.slot, epoch))
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let FeedbackSlot::Property(p) = &mut shared.feedback.slots[slot] {
                match handler {
                    Some(h) => ic::update(p, before, h),
                    _ => ic::go_megamorphic(p),
                }
            }
        }
        Ok(())
    }

    pub fn get_keyed(&mut self, obj: Value, key: Value) -> JsResult<Value> {
        if obj.is_nullish() {
            let k = self.to_display_string(key);
            return Err(self.nullish_base_error(obj, &k, false));
        }
        let k = self.to_key(key)?;
        if let Key::Prop(p) = k
            && p.is_private()
        {
            // Private elements are own properties, never inherited.
            return match obj.to_object_opt().and_then(|o| self.get_own(o, k)) {
                None => Err(self.private_error(k, PrivateMisuse::Read)),
                Some(Own::Accessor(pair, _)) if pair.getter.is_undefined() => {
                    Err(self.private_error(k, PrivateMisuse::NoGetter))
                }
                Some(Own::Accessor(pair, _)) => self.call(pair.getter, obj, &[]),
                Some(Own::Data(v, _)) => Ok(v),
            };
        }
        self.get(obj, k)
    }

    pub fn set_keyed(
        &mut self,
        obj: Value,
        key: Value,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        let k = self.to_key(key)?;
        if let Key::Prop(p) = k
            && p.is_private()
        {
            return match obj.to_object_opt().and_then(|o| self.get_own(o, k)) {
                None => Err(self.private_error(k, PrivateMisuse::Write)),
                Some(Own::Accessor(pair, _)) if pair.setter.is_undefined() => {
                    Err(self.private_error(k, PrivateMisuse::NoSetter))
                }
                Some(Own::Accessor(pair, _)) => self.call(pair.setter, obj, &[value]).map(drop),
                Some(Own::Data(_, attrs)) if !attrs.writable() => {
                    Err(self.private_error(k, PrivateMisuse::WriteMethod))
                }
                Some(Own::Data(_, attrs)) => {
                    self.define_data(obj.as_object(), k, value, attrs);
                    Ok(())
                }
            };
        }
        self.set(obj, k, value, strict)
    }

    pub fn instance_of(&mut self, v: Value, target: Value) -> JsResult<bool> {
        if !target.is_object() {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object"));
        }
        let hi = self.get(
            target,
            Key::Prop(PropertyKey::Symbol(self.symbols.has_instance)),
        )?;
        if !hi.is_nullish() && hi != self.realm_function_has_instance() {
            let r = self.call(hi, target, &[v])?;
            return Ok(self.to_boolean(r));
        }
        if !self.is_callable(target) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(target, v)
    }

    fn realm_function_has_instance(&self) -> Value {
        Value::UNDEFINED
    }

    pub fn ordinary_has_instance(&mut self, c: Value, v: Value) -> JsResult<bool> {
        if let ObjectClass::Bound { target, .. } = &c.as_object().class {
            let t = *target;
            return self.instance_of(v, t);
        }
        if !v.is_object() {
            return Ok(false);
        }
        let proto = self.get(c, Key::Prop(self.realm.names.prototype))?;
        if !proto.is_object() {
            return Err(self.type_error("Function has non-object prototype in instanceof check"));
        }
        let mut p = self.get_prototype_of(v.as_object())?;
        while p.is_object() {
            if p == proto {
                return Ok(true);
            }
            p = self.get_prototype_of(p.as_object())?;
        }
        Ok(false)
    }
}

/// Int32 fast paths of the arithmetic bytecodes.
#[inline]
/// Records what a unary numeric operation saw (its slot takes binary-op
/// hints: the optimizer reads them the same way).
fn record_unary(
    shared: &mut Gc<crate::runtime::function::SharedFunctionInfo>,
    slot: usize,
    input: Value,
    result: Value,
) {
    if let FeedbackSlot::BinaryOp(h) = &mut shared.feedback.slots[slot] {
        h.0 |= ic::binary_hint(input, input, result);
    }
}

fn fast_binary(op: Opcode, a: Value, b: Value) -> Option<Value> {
    if a.is_int() && b.is_int() {
        let (x, y) = (a.as_int(), b.as_int());
        return Some(match op {
            Opcode::Add => x
                .checked_add(y)
                .map_or_else(|| Value::double(x as f64 + y as f64), Value::int),
            Opcode::Sub => x
                .checked_sub(y)
                .map_or_else(|| Value::double(x as f64 - y as f64), Value::int),
            Opcode::Mul => Value::number(x as f64 * y as f64),
            Opcode::BitwiseOr => Value::int(x | y),
            Opcode::BitwiseAnd => Value::int(x & y),
            Opcode::BitwiseXor => Value::int(x ^ y),
            Opcode::ShiftLeft => Value::int(x.wrapping_shl(y as u32 & 31)),
            Opcode::ShiftRight => Value::int(x >> (y as u32 & 31)),
            Opcode::ShiftRightLogical => Value::number(((x as u32) >> (y as u32 & 31)) as f64),
            Opcode::Mod if y > 0 && x >= 0 => Value::int(x % y),
            _ => return None,
        });
    }
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return Some(match op {
            Opcode::Add => Value::number(x + y),
            Opcode::Sub => Value::number(x - y),
            Opcode::Mul => Value::number(x * y),
            Opcode::Div => Value::number(x / y),
            _ => return None,
        });
    }
    None
}

/// Keyed feedback: a dense element access on an object with this map.
#[inline]
fn record_element_access(slot: &mut FeedbackSlot, map: Gc<crate::runtime::map::Map>) {
    if let FeedbackSlot::Keyed { maps, .. } = slot
        && ic::lookup(maps, map).is_none()
    {
        ic::update(maps, map, Handler::Element);
    }
}

/// Keyed feedback: an access the dense-element fast path did not serve.
fn record_element_miss(slot: &mut FeedbackSlot, key: Value) {
    if let FeedbackSlot::Keyed {
        saw_non_index,
        saw_out_of_bounds,
        ..
    } = slot
    {
        if key.is_int() && key.as_int() >= 0 {
            *saw_out_of_bounds = true;
        } else {
            *saw_non_index = true;
        }
    }
}
