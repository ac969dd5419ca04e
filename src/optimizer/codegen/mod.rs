//! Lowering the IR to machine code through Cranelift.
//!
//! The optimized function's signature is
//! `extern "C" fn(vm, receiver, args, context) -> value`, where `args`
//! points at the arguments padded with undefined to the formal count. Each
//! IR node becomes Cranelift values of its representation (i64 tagged,
//! i32, f64, i8 condition). Runtime operations are indirect calls to the
//! `runtime_calls` helpers; a helper that threw returns the exception
//! marker, and the code returns it at once.
//!
//! Every guard branches to its own cold exit block. The exit stores the
//! values its frame state needs into a stack slot (the exit operands) and
//! calls the deoptimizer with the bailout id as an immediate; the
//! deoptimizer finishes the activation in the interpreter and the code
//! returns whatever it returns.

pub mod code_space;

use std::collections::HashMap;

use cranelift_codegen::Context;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I8, I16, I32, I64};
use cranelift_codegen::ir::{
    self, AbiParam, BlockArg, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
    Type, UserFuncName,
};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use super::ir::*;
use super::runtime_calls as rt;
use crate::deoptimizer::data::{DeoptExit, DeoptKind, DeoptimizationData};
use crate::deoptimizer::translation::{Command, TranslationWriter};
use crate::runtime::object::{INOBJECT_SLOTS, JsObject, array_length_offset, vec_layout};
use crate::runtime::string::units_layout;
use crate::runtime::value::{TAG_INT, TAG_OBJECT, TAG_SHIFT, TAG_STRING, Value};

/// The machine code and deopt data of one compiled function.
pub struct Compiled {
    pub code: Vec<u8>,
    pub deopt: DeoptimizationData,
}

/// The host ISA, configured once.
pub fn host_isa() -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags
        .set("preserve_frame_pointers", "true")
        .map_err(|e| e.to_string())?;
    let builder = cranelift_native::builder().map_err(|e| e.to_string())?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())
}

/// Options that change the generated code.
pub struct CodegenOptions {
    /// `--deopt-every-n-times`: the address of the VM's countdown, when
    /// every guard must also count down and deoptimize at zero.
    pub deopt_countdown: Option<*mut i64>,
    pub reset_countdown: i64,
    /// The code's invalidation flag (set when the code is discarded while
    /// activations may still be running it).
    pub invalidated: *const u8,
    /// The heap's "collection due" byte, tested at loop back edges.
    pub collection_requested: *const bool,
    /// The realm's prototype epoch (`Realm::prototype_epoch`).
    pub prototype_epoch: *const u32,
}

/// The parameters of optimized code (see `entry::Entry`): vm, receiver,
/// arguments, context, OSR values, actual argument count.
const ENTRY_PARAMS: usize = 6;

pub fn compile(
    isa: &OwnedTargetIsa,
    graph: &Graph,
    options: &CodegenOptions,
) -> Result<Compiled, String> {
    let pointer = isa.pointer_type();
    let call_conv = isa.default_call_conv();
    let mut sig = Signature::new(call_conv);
    for _ in 0..ENTRY_PARAMS {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    let mut ctx = Context::new();
    ctx.func = ir::Function::with_name_signature(UserFuncName::user(0, 0), sig);
    let mut fbc = FunctionBuilderContext::new();
    let mut lower = Lowering {
        b: FunctionBuilder::new(&mut ctx.func, &mut fbc),
        graph,
        values: HashMap::new(),
        blocks: Vec::new(),
        params: [ir::Value::from_u32(0); ENTRY_PARAMS],
        deopt: DeoptimizationData::default(),
        translations: TranslationWriter::default(),
        literal_index: HashMap::new(),
        call_conv,
        pointer,
        options,
    };
    lower.function()?;
    lower.b.seal_all_blocks();
    let deopt = lower.finish_deopt();
    lower.b.finalize(isa.frontend_config());
    ctx.compile(isa.as_ref(), &mut ControlPlane::default())
        .map_err(|e| format!("{:?}", e.inner))?;
    let code = ctx
        .compiled_code()
        .expect("compiled")
        .code_buffer()
        .to_vec();
    Ok(Compiled { code, deopt })
}

struct Lowering<'a, 'f> {
    b: FunctionBuilder<'f>,
    graph: &'a Graph,
    values: HashMap<NodeId, ir::Value>,
    blocks: Vec<ir::Block>,
    /// vm, receiver, args, context, OSR values (null unless entered by
    /// on-stack replacement), actual argument count.
    params: [ir::Value; ENTRY_PARAMS],
    deopt: DeoptimizationData,
    translations: TranslationWriter,
    literal_index: HashMap<u64, u32>,
    call_conv: cranelift_codegen::isa::CallConv,
    pointer: ir::Type,
    options: &'a CodegenOptions,
}

fn clif_type(r: Repr) -> ir::Type {
    match r {
        Repr::Tagged => I64,
        Repr::Int32 => I32,
        Repr::Float64 => F64,
        Repr::Bool => I8,
        Repr::None => I64,
    }
}

impl Lowering<'_, '_> {
    fn function(&mut self) -> Result<(), String> {
        for block in &self.graph.blocks {
            let cb = self.b.create_block();
            for &p in &block.params {
                let ty = clif_type(self.graph.node(p).repr);
                let v = self.b.append_block_param(cb, ty);
                self.values.insert(p, v);
            }
            self.blocks.push(cb);
        }
        let entry = self.blocks[0];
        // The entry block takes the function's parameters first.
        let params: Vec<ir::Value> = (0..ENTRY_PARAMS)
            .map(|_| self.b.append_block_param(entry, I64))
            .collect();
        self.params.copy_from_slice(&params);
        // Dominators first, so that every node is lowered before its uses
        // (block numbers follow construction, not control flow: an inlined
        // call's continuation is numbered after the caller's later blocks).
        // Unreachable blocks are left out.
        for b in self.graph.reverse_post_order() {
            let i = b.0 as usize;
            self.b.switch_to_block(self.blocks[i]);
            for &n in &self.graph.blocks[i].nodes {
                self.node(n)?;
            }
            self.terminator(&self.graph.blocks[i].terminator);
        }
        Ok(())
    }

    fn value(&self, n: NodeId) -> ir::Value {
        self.values[&n]
    }

    fn iconst(&mut self, bits: u64) -> ir::Value {
        self.b.ins().iconst(I64, bits as i64)
    }

    fn literal(&mut self, v: Value) -> u32 {
        let next = self.deopt.literals.len() as u32;
        let index = *self.literal_index.entry(v.bits()).or_insert(next);
        if index == next {
            self.deopt.literals.push(v);
        }
        index
    }

    fn node(&mut self, id: NodeId) -> Result<(), String> {
        let node = self.graph.node(id).clone();
        let ins: Vec<ir::Value> = node.inputs.iter().map(|n| self.value(*n)).collect();
        let v = match &node.op {
            Op::Parameter(0) => self.params[1],
            Op::Parameter(i) => {
                let args = self.params[2];
                self.b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), args, ((*i - 1) * 8) as i32)
            }
            Op::Context => self.params[3],
            Op::ArgumentCount => self.b.ins().ireduce(I32, self.params[5]),
            Op::LoadArgument => {
                // Unsigned: a negative index is out of bounds too.
                let index = self.b.ins().uextend(I64, ins[0]);
                let inside = self
                    .b
                    .ins()
                    .icmp(IntCC::UnsignedLessThan, index, self.params[5]);
                self.deopt_unless(inside, &node)?;
                let offset = self.b.ins().ishl_imm_u(index, 3);
                let address = self.b.ins().iadd(self.params[2], offset);
                self.b.ins().load(I64, MemFlagsData::trusted(), address, 0)
            }
            Op::OsrValue(i) => {
                let buffer = self.params[4];
                self.b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), buffer, (*i * 8) as i32)
            }
            Op::Constant(c) => {
                if c.is_cell() {
                    // Keep what the code embeds alive as long as the code.
                    self.literal(*c);
                }
                self.iconst(c.bits())
            }
            Op::Int32Constant(i) => self.b.ins().iconst(I32, *i as i64),
            Op::Float64Constant(d) => self.b.ins().f64const(*d),
            Op::Phi(_) => return Ok(()),
            Op::VirtualObject => return Err("a removed allocation reached code".into()),
            Op::CheckedTaggedToInt32 => {
                let v = ins[0];
                let tag = self.b.ins().ushr_imm_u(v, TAG_SHIFT as i64);
                let is_int = self.b.ins().icmp_imm_u(IntCC::Equal, tag, TAG_INT as i64);
                self.deopt_unless(is_int, &node)?;
                self.b.ins().ireduce(I32, v)
            }
            Op::CheckedTaggedToFloat64 => self.tagged_to_float64(ins[0], &node)?,
            Op::CheckedNumberOrOddballToFloat64 => {
                self.number_or_oddball_to_float64(ins[0], &node)?
            }
            Op::Int32ToTagged => self.box_int32(ins[0]),
            Op::Int32ToFloat64 => self.b.ins().fcvt_from_sint(F64, ins[0]),
            Op::Float64ToTagged => self.box_float64(ins[0]),
            Op::BoolToTagged => {
                let (t, f) = (
                    self.iconst(Value::TRUE.bits()),
                    self.iconst(Value::FALSE.bits()),
                );
                self.b.ins().select(ins[0], t, f)
            }
            Op::TaggedToBool => {
                self.b
                    .ins()
                    .icmp_imm_u(IntCC::Equal, ins[0], Value::TRUE.bits() as i64)
            }
            Op::CheckedInt32(op) => self.int32_op(*op, ins[0], ins[1], &node)?,
            Op::Float64(op) => {
                let (a, b) = (ins[0], ins[1]);
                match op {
                    NumOp::Add => self.b.ins().fadd(a, b),
                    NumOp::Sub => self.b.ins().fsub(a, b),
                    NumOp::Mul => self.b.ins().fmul(a, b),
                    NumOp::Div => self.b.ins().fdiv(a, b),
                    // No machine instruction: C's fmod is JavaScript's `%`.
                    NumOp::Mod => self.call_returning(rt::float64_mod as *const u8, &[a, b], F64),
                    _ => return Err(format!("float64 {op:?}")),
                }
            }
            Op::Float64Math(f) => {
                let x = ins[0];
                match f {
                    MathFn::Abs => self.b.ins().fabs(x),
                    MathFn::Ceil => self.b.ins().ceil(x),
                    MathFn::Floor => self.b.ins().floor(x),
                    MathFn::Sqrt => self.b.ins().sqrt(x),
                    MathFn::Trunc => self.b.ins().trunc(x),
                    MathFn::Max => self.b.ins().fmax(x, ins[1]),
                    MathFn::Min => self.b.ins().fmin(x, ins[1]),
                }
            }
            Op::Int32Compare(c) => {
                let cc = match c {
                    Cmp::Eq => IntCC::Equal,
                    Cmp::Ne => IntCC::NotEqual,
                    Cmp::Lt => IntCC::SignedLessThan,
                    Cmp::Le => IntCC::SignedLessThanOrEqual,
                    Cmp::Gt => IntCC::SignedGreaterThan,
                    Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, ins[0], ins[1])
            }
            Op::Float64Compare(c) => {
                let cc = match c {
                    Cmp::Eq => FloatCC::Equal,
                    Cmp::Ne => FloatCC::NotEqual,
                    Cmp::Lt => FloatCC::LessThan,
                    Cmp::Le => FloatCC::LessThanOrEqual,
                    Cmp::Gt => FloatCC::GreaterThan,
                    Cmp::Ge => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, ins[0], ins[1])
            }
            Op::TaggedEqual => self.b.ins().icmp(IntCC::Equal, ins[0], ins[1]),
            Op::BoolOr => self.b.ins().bor(ins[0], ins[1]),
            Op::CheckPrototypeEpoch(epoch) => {
                let address = self.iconst(self.options.prototype_epoch as u64);
                let now = self.b.ins().load(I32, MemFlagsData::trusted(), address, 0);
                let same = self.b.ins().icmp_imm_u(IntCC::Equal, now, *epoch as i64);
                self.deopt_unless(same, &node)?;
                return Ok(());
            }
            Op::CheckString => {
                let tag = self.b.ins().ushr_imm_u(ins[0], TAG_SHIFT as i64);
                let is_string = self
                    .b
                    .ins()
                    .icmp_imm_u(IntCC::Equal, tag, TAG_STRING as i64);
                self.deopt_unless(is_string, &node)?;
                return Ok(());
            }
            Op::ElementsLength => {
                let object = self.object_pointer(ins[0]);
                let length = self.load_elements_word(object, vec_layout().len);
                self.b.ins().ireduce(I32, length)
            }
            Op::StringLength => {
                let (_, len) = units_layout();
                let string = self.object_pointer(ins[0]);
                let length = self.b.ins().load(I64, MemFlagsData::trusted(), string, len);
                self.b.ins().ireduce(I32, length)
            }
            Op::StringCharCodeAt => {
                let (units, len) = units_layout();
                let string = self.object_pointer(ins[0]);
                let length = self.b.ins().load(I64, MemFlagsData::trusted(), string, len);
                // Unsigned: a negative index is out of bounds too.
                let index = self.b.ins().uextend(I64, ins[1]);
                let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, length);
                self.deopt_unless(inside, &node)?;
                let buffer = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), string, units);
                let offset = self.b.ins().ishl_imm_u(index, 1);
                let address = self.b.ins().iadd(buffer, offset);
                let unit = self.b.ins().load(I16, MemFlagsData::trusted(), address, 0);
                self.b.ins().uextend(I32, unit)
            }
            Op::ConstructResult => {
                let tag = self.b.ins().ushr_imm_u(ins[0], TAG_SHIFT as i64);
                let is_object = self
                    .b
                    .ins()
                    .icmp_imm_u(IntCC::Equal, tag, TAG_OBJECT as i64);
                self.b.ins().select(is_object, ins[0], ins[1])
            }
            Op::CheckValue(expected) => {
                self.literal(*expected);
                let same = self
                    .b
                    .ins()
                    .icmp_imm_u(IntCC::Equal, ins[0], expected.bits() as i64);
                self.deopt_unless(same, &node)?;
                return Ok(());
            }
            Op::CheckMap(map) => {
                let v = ins[0];
                let map_bits = Value::internal(*map).bits();
                self.literal(Value::from_bits(map_bits));
                let tag = self.b.ins().ushr_imm_u(v, TAG_SHIFT as i64);
                let is_object = self
                    .b
                    .ins()
                    .icmp_imm_u(IntCC::Equal, tag, TAG_OBJECT as i64);
                self.deopt_unless(is_object, &node)?;
                let ptr = self.object_pointer(v);
                let offset = std::mem::offset_of!(JsObject, map) as i32;
                let actual = self.b.ins().load(I64, MemFlagsData::trusted(), ptr, offset);
                let expected = self.iconst(map.addr() as u64);
                let same = self.b.ins().icmp(IntCC::Equal, actual, expected);
                self.deopt_unless(same, &node)?;
                return Ok(());
            }
            Op::LoadField(slot) => {
                let ptr = self.object_pointer(ins[0]);
                self.load_slot(ptr, *slot)
            }
            Op::CheckMaps(maps) => {
                let ptr = self.checked_object_pointer(ins[0], &node)?;
                let actual = self.load_map(ptr);
                let mut any = self.b.ins().iconst(I8, 0);
                for map in maps {
                    self.literal(Value::internal(*map));
                    let expected = self.iconst(map.addr() as u64);
                    let same = self.b.ins().icmp(IntCC::Equal, actual, expected);
                    any = self.b.ins().bor(any, same);
                }
                self.deopt_unless(any, &node)?;
                return Ok(());
            }
            Op::LoadFieldByMap(entries) => {
                let ptr = self.checked_object_pointer(ins[0], &node)?;
                let actual = self.load_map(ptr);
                let done = self.b.create_block();
                let result = self.b.append_block_param(done, I64);
                for &(map, slot) in entries {
                    self.literal(Value::internal(map));
                    let expected = self.iconst(map.addr() as u64);
                    let same = self.b.ins().icmp(IntCC::Equal, actual, expected);
                    let (hit, miss) = (self.b.create_block(), self.b.create_block());
                    self.b.ins().brif(same, hit, &[], miss, &[]);
                    self.b.switch_to_block(hit);
                    let v = self.load_slot(ptr, slot);
                    self.b.ins().jump(done, &[BlockArg::Value(v)]);
                    self.b.switch_to_block(miss);
                }
                // No map matched.
                let never = self.b.ins().iconst(I8, 0);
                self.deopt_unless(never, &node)?;
                let unreachable = self.iconst(0);
                self.b.ins().jump(done, &[BlockArg::Value(unreachable)]);
                self.b.switch_to_block(done);
                result
            }
            Op::StoreField(slot) => {
                let ptr = self.object_pointer(ins[0]);
                let offset = (std::mem::offset_of!(JsObject, inobject) + *slot as usize * 8) as i32;
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), ins[1], ptr, offset);
                return Ok(());
            }
            Op::StoreMap(map) => {
                self.literal(Value::internal(*map));
                let ptr = self.object_pointer(ins[0]);
                let bits = self.iconst(map.addr() as u64);
                let offset = std::mem::offset_of!(JsObject, map) as i32;
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), bits, ptr, offset);
                return Ok(());
            }
            Op::LoadElement { holey } => {
                let address = self.element_address(ins[0], ins[1], &node)?;
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
                if *holey {
                    let hole =
                        self.b
                            .ins()
                            .icmp_imm_u(IntCC::NotEqual, v, Value::HOLE.bits() as i64);
                    self.deopt_unless_because(hole, &node, DeoptReason::Hole)?;
                }
                v
            }
            Op::StoreElement { double } => {
                let address = self.element_address(ins[0], ins[1], &node)?;
                let v = if *double {
                    self.double_element(ins[2])
                } else {
                    ins[2]
                };
                self.b.ins().store(MemFlagsData::trusted(), v, address, 0);
                return Ok(());
            }
            Op::ArrayPush { double } => self.array_push(ins[0], ins[1], *double),
            Op::ArrayPop => self.array_pop(ins[0]),
            Op::Safepoint => {
                self.safepoint();
                return Ok(());
            }
            Op::Deoptimize => {
                let no = self.b.ins().iconst(I8, 0);
                self.deopt_unless(no, &node)?;
                return Ok(());
            }
            Op::Runtime(op) => {
                let v = self.runtime(*op, &node)?;
                self.values.insert(id, v);
                if let Some(fs) = node.lazy {
                    self.lazy_check(fs);
                }
                return Ok(());
            }
        };
        self.values.insert(id, v);
        Ok(())
    }

    /// The object's pointer, deoptimizing (with the node's reason) when
    /// the value is not an object.
    fn checked_object_pointer(&mut self, v: ir::Value, node: &Node) -> Result<ir::Value, String> {
        let tag = self.b.ins().ushr_imm_u(v, TAG_SHIFT as i64);
        let is_object = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, tag, TAG_OBJECT as i64);
        self.deopt_unless(is_object, node)?;
        Ok(self.object_pointer(v))
    }

    fn load_map(&mut self, object: ir::Value) -> ir::Value {
        let offset = std::mem::offset_of!(JsObject, map) as i32;
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, offset)
    }

    /// A field: in-object, or in the out-of-line vector.
    fn load_slot(&mut self, object: ir::Value, slot: u32) -> ir::Value {
        let slot = slot as usize;
        if slot < INOBJECT_SLOTS {
            let offset = (std::mem::offset_of!(JsObject, inobject) + slot * 8) as i32;
            return self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), object, offset);
        }
        let field = std::mem::offset_of!(JsObject, out_of_line) as i32 + vec_layout().ptr;
        let buffer = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, field);
        let offset = ((slot - INOBJECT_SLOTS) * 8) as i32;
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), buffer, offset)
    }

    /// The address of element `key` (an int32) of the object's dense
    /// elements, deoptimizing when it is out of bounds.
    fn element_address(
        &mut self,
        object: ir::Value,
        key: ir::Value,
        node: &Node,
    ) -> Result<ir::Value, String> {
        let ptr = self.object_pointer(object);
        let length = self.load_elements_word(ptr, vec_layout().len);
        // Unsigned: a negative key is out of bounds too.
        let index = self.b.ins().uextend(I64, key);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, length);
        self.deopt_unless_because(inside, node, DeoptReason::OutOfBounds)?;
        Ok(self.element_slot(ptr, index))
    }

    /// A word of the object's elements `Vec` (pointer, length or capacity).
    fn load_elements_word(&mut self, object: ir::Value, field: i32) -> ir::Value {
        let elements = std::mem::offset_of!(JsObject, elements) as i32;
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, elements + field)
    }

    fn store_elements_word(&mut self, object: ir::Value, field: i32, v: ir::Value) {
        let elements = std::mem::offset_of!(JsObject, elements) as i32;
        self.b
            .ins()
            .store(MemFlagsData::trusted(), v, object, elements + field);
    }

    /// The address of element `index` (an i64 known to be in the buffer).
    fn element_slot(&mut self, object: ir::Value, index: ir::Value) -> ir::Value {
        let buffer = self.load_elements_word(object, vec_layout().ptr);
        let offset = self.b.ins().ishl_imm_u(index, 3);
        self.b.ins().iadd(buffer, offset)
    }

    /// Sets a packed array's element count: the `Vec`'s length and the
    /// array's `length` (`new` is an i64 the buffer's capacity allows).
    fn set_packed_length(&mut self, object: ir::Value, new: ir::Value) {
        self.store_elements_word(object, vec_layout().len, new);
        let length = self.b.ins().ireduce(I32, new);
        self.b.ins().store(
            MemFlagsData::trusted(),
            length,
            object,
            array_length_offset(),
        );
    }

    /// `array.push(value)` on a packed array whose map (and the value's
    /// kind) were checked: in place while the buffer has room, else
    /// through the runtime, which grows it. Yields the new length.
    fn array_push(&mut self, array: ir::Value, value: ir::Value, double: bool) -> ir::Value {
        let ptr = self.object_pointer(array);
        let length = self.load_elements_word(ptr, vec_layout().len);
        let capacity = self.load_elements_word(ptr, vec_layout().cap);
        let full = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, length, capacity);
        // A new length past int32 goes through the runtime too.
        let huge =
            self.b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, length, i32::MAX as i64);
        let slow = self.b.ins().bor(full, huge);
        let (grow, in_place, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let result = self.b.append_block_param(done, I64);
        self.b.set_cold_block(grow);
        self.b.ins().brif(slow, grow, &[], in_place, &[]);

        self.b.switch_to_block(grow);
        let tagged = if double {
            self.box_float64(value)
        } else {
            value
        };
        let vm = self.params[0];
        let new_length = self.call(rt::array_push as *const u8, &[vm, array, tagged]);
        self.b.ins().jump(done, &[new_length.into()]);

        self.b.switch_to_block(in_place);
        let element = if double {
            self.double_element(value)
        } else {
            value
        };
        let slot = self.element_slot(ptr, length);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), element, slot, 0);
        let new = self.b.ins().iadd_imm_s(length, 1);
        self.set_packed_length(ptr, new);
        let narrow = self.b.ins().ireduce(I32, new);
        let new_length = self.box_int32(narrow);
        self.b.ins().jump(done, &[new_length.into()]);

        self.b.switch_to_block(done);
        result
    }

    /// `array.pop()` on a packed array whose map was checked: undefined
    /// when empty, else its last element, removed.
    fn array_pop(&mut self, array: ir::Value) -> ir::Value {
        let ptr = self.object_pointer(array);
        let length = self.load_elements_word(ptr, vec_layout().len);
        let (take, done) = (self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(done, I64);
        let undefined = self.iconst(Value::UNDEFINED.bits());
        self.b
            .ins()
            .brif(length, take, &[], done, &[undefined.into()]);

        self.b.switch_to_block(take);
        let new = self.b.ins().iadd_imm_s(length, -1);
        let slot = self.element_slot(ptr, new);
        let last = self.b.ins().load(I64, MemFlagsData::trusted(), slot, 0);
        self.set_packed_length(ptr, new);
        self.b.ins().jump(done, &[last.into()]);

        self.b.switch_to_block(done);
        result
    }

    /// A double as double elements store it: itself, NaN canonicalized.
    fn double_element(&mut self, d: ir::Value) -> ir::Value {
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), d);
        let nan = self.b.ins().fcmp(FloatCC::Unordered, d, d);
        let canonical = self.iconst(Value::double(f64::NAN).bits());
        self.b.ins().select(nan, canonical, bits)
    }

    fn object_pointer(&mut self, v: ir::Value) -> ir::Value {
        let mask = self.iconst((1u64 << TAG_SHIFT) - 1);
        self.b.ins().band(v, mask)
    }

    fn box_int32(&mut self, raw: ir::Value) -> ir::Value {
        let wide = self.b.ins().uextend(I64, raw);
        let tag = self.iconst(TAG_INT << TAG_SHIFT);
        self.b.ins().bor(wide, tag)
    }

    /// `Value::number`: integral doubles (but -0) become int32 values;
    /// NaN is canonicalized.
    fn box_float64(&mut self, d: ir::Value) -> ir::Value {
        let i = self.b.ins().fcvt_to_sint_sat(I32, d);
        let back = self.b.ins().fcvt_from_sint(F64, i);
        let integral = self.b.ins().fcmp(FloatCC::Equal, back, d);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), d);
        let neg_zero = self.b.ins().icmp_imm_s(IntCC::Equal, bits, i64::MIN);
        let not_neg_zero = self.b.ins().bxor_imm_u(neg_zero, 1);
        let use_int = self.b.ins().band(integral, not_neg_zero);
        let boxed_int = self.box_int32(i);
        let is_nan = self.b.ins().fcmp(FloatCC::Unordered, d, d);
        let nan = self.iconst(Value::double(f64::NAN).bits());
        let double = self.b.ins().select(is_nan, nan, bits);
        self.b.ins().select(use_int, boxed_int, double)
    }

    /// Whether a tagged value is a number, and its float64 value if it is
    /// (garbage otherwise): (is_number, value).
    fn as_number(&mut self, v: ir::Value) -> (ir::Value, ir::Value) {
        let tag = self.b.ins().ushr_imm_u(v, TAG_SHIFT as i64);
        let is_int = self.b.ins().icmp_imm_u(IntCC::Equal, tag, TAG_INT as i64);
        let is_double =
            self.b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThan, v, (TAG_INT << TAG_SHIFT) as i64);
        let is_number = self.b.ins().bor(is_int, is_double);
        let raw = self.b.ins().ireduce(I32, v);
        let from_int = self.b.ins().fcvt_from_sint(F64, raw);
        let from_double = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        let value = self.b.ins().select(is_int, from_int, from_double);
        (is_number, value)
    }

    fn tagged_to_float64(&mut self, v: ir::Value, node: &Node) -> Result<ir::Value, String> {
        let (is_number, value) = self.as_number(v);
        self.deopt_unless(is_number, node)?;
        Ok(value)
    }

    /// ToNumber of a number or an oddball; anything else deoptimizes.
    fn number_or_oddball_to_float64(
        &mut self,
        v: ir::Value,
        node: &Node,
    ) -> Result<ir::Value, String> {
        let (is_number, number) = self.as_number(v);
        let is = |b: &mut Self, c: Value| b.b.ins().icmp_imm_u(IntCC::Equal, v, c.bits() as i64);
        let (is_true, is_false) = (is(self, Value::TRUE), is(self, Value::FALSE));
        let (is_null, is_undefined) = (is(self, Value::NULL), is(self, Value::UNDEFINED));
        let booleans = self.b.ins().bor(is_true, is_false);
        let nullish = self.b.ins().bor(is_null, is_undefined);
        let oddball = self.b.ins().bor(booleans, nullish);
        let ok = self.b.ins().bor(is_number, oddball);
        self.deopt_unless(ok, node)?;
        let (one, zero) = (self.b.ins().f64const(1.0), self.b.ins().f64const(0.0));
        let nan = self.b.ins().f64const(f64::NAN);
        let not_undefined = self.b.ins().select(is_true, one, zero);
        let converted = self.b.ins().select(is_undefined, nan, not_undefined);
        Ok(self.b.ins().select(is_number, number, converted))
    }

    fn int32_op(
        &mut self,
        op: NumOp,
        a: ir::Value,
        b: ir::Value,
        node: &Node,
    ) -> Result<ir::Value, String> {
        let (r, overflow) = match op {
            NumOp::Add => self.b.ins().sadd_overflow(a, b),
            NumOp::Sub => self.b.ins().ssub_overflow(a, b),
            NumOp::Mul => {
                let (r, of) = self.b.ins().smul_overflow(a, b);
                let ok = self.b.ins().bxor_imm_u(of, 1);
                self.deopt_unless(ok, node)?;
                // 0 from a negative operand is -0, not an int32.
                let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                let either = self.b.ins().bor(a, b);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, either, 0);
                let minus_zero = self.b.ins().band(is_zero, negative);
                let not_minus_zero = self.b.ins().bxor_imm_u(minus_zero, 1);
                self.deopt_unless_because(not_minus_zero, node, DeoptReason::MinusZero)?;
                return Ok(r);
            }
            NumOp::BitAnd => return Ok(self.b.ins().band(a, b)),
            NumOp::BitOr => return Ok(self.b.ins().bor(a, b)),
            NumOp::BitXor => return Ok(self.b.ins().bxor(a, b)),
            NumOp::Shl => return Ok(self.b.ins().ishl(a, b)),
            NumOp::Sar => return Ok(self.b.ins().sshr(a, b)),
            NumOp::Div => return Err("int32 division".into()),
            NumOp::Mod => {
                // x % 0 is NaN; srem would trap.
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, b, 0);
                self.deopt_unless_because(nonzero, node, DeoptReason::DivisionByZero)?;
                // i32::MIN % -1 is -0 (srem gives 0): caught below.
                let r = self.b.ins().srem(a, b);
                // 0 from a negative dividend is -0, not an int32.
                let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a, 0);
                let minus_zero = self.b.ins().band(is_zero, negative);
                let not_minus_zero = self.b.ins().bxor_imm_u(minus_zero, 1);
                self.deopt_unless_because(not_minus_zero, node, DeoptReason::MinusZero)?;
                return Ok(r);
            }
        };
        let ok = self.b.ins().bxor_imm_u(overflow, 1);
        self.deopt_unless(ok, node)?;
        Ok(r)
    }

    /// A safepoint: when the heap asks for a collection, collect (the
    /// conservative scan finds this frame's values in registers and spill
    /// slots).
    fn safepoint(&mut self) {
        let cont = self.when_flag_set(self.options.collection_requested as *const u8);
        let vm = self.params[0];
        self.call(rt::collect_garbage as *const u8, &[vm]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// After a call: if the code was invalidated meanwhile, deoptimize
    /// lazily to the state after the call.
    fn lazy_check(&mut self, fs: FrameStateId) {
        let cont = self.when_flag_set(self.options.invalidated);
        self.deopt_exit(fs, DeoptReason::Invalidated, DeoptKind::Lazy);
        self.b.switch_to_block(cont);
    }

    /// Tests the byte at `flag` (a runtime flag whose address is fixed)
    /// and continues in a new cold block taken when it is set; returns the
    /// block the code goes on in otherwise.
    fn when_flag_set(&mut self, flag: *const u8) -> cranelift_codegen::ir::Block {
        let address = self.iconst(flag as u64);
        let set = self.b.ins().load(I8, MemFlagsData::trusted(), address, 0);
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(set, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        cont
    }

    /// Continues when `cond` holds; otherwise takes the guard's deopt exit.
    /// Under `--deopt-every-n-times` every guard also counts down.
    fn deopt_unless(&mut self, cond: ir::Value, node: &Node) -> Result<(), String> {
        let Some((_, reason)) = node.deopt else {
            return Err("guard without a frame state".into());
        };
        self.deopt_unless_because(cond, node, reason)
    }

    /// `deopt_unless` with a reason of its own (a node guarding more than
    /// one condition).
    fn deopt_unless_because(
        &mut self,
        cond: ir::Value,
        node: &Node,
        reason: DeoptReason,
    ) -> Result<(), String> {
        let Some((fs, _)) = node.deopt else {
            return Err("guard without a frame state".into());
        };
        let cond = match self.options.deopt_countdown {
            Some(counter) => {
                let addr = self.iconst(counter as u64);
                let n = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
                let n = self.b.ins().iadd_imm_s(n, -1);
                let expired = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, n, 0);
                let reset = self.b.ins().iconst(I64, self.options.reset_countdown);
                let stored = self.b.ins().select(expired, reset, n);
                self.b.ins().store(MemFlagsData::trusted(), stored, addr, 0);
                let alive = self.b.ins().bxor_imm_u(expired, 1);
                self.b.ins().band(cond, alive)
            }
            None => cond,
        };
        let exit = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(exit);
        self.b.ins().brif(cond, cont, &[], exit, &[]);
        self.b.switch_to_block(exit);
        let kind = if reason == DeoptReason::InsufficientTypeFeedback {
            DeoptKind::Soft
        } else {
            DeoptKind::Eager
        };
        self.deopt_exit(fs, reason, kind);
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// The exit: operands into a stack slot, then the deoptimizer.
    fn deopt_exit(&mut self, fs: FrameStateId, reason: DeoptReason, kind: DeoptKind) {
        // Frames outermost first: the innermost state links to its callers.
        let mut chain = vec![fs];
        while let Some(outer) = self.graph.frame_states[chain.last().unwrap().0 as usize].outer {
            chain.push(outer);
        }
        // Each removed object as the innermost state that sees it last
        // saw it (an inlined callee may have changed its fields since its
        // caller's state was taken).
        let mut captured: Vec<CapturedObject> = Vec::new();
        for id in &chain {
            for object in &self.graph.frame_states[id.0 as usize].captured {
                if !captured.iter().any(|c| c.node == object.node) {
                    captured.push(object.clone());
                }
            }
        }
        chain.reverse();
        let bailout_id = self.deopt.exits.len() as u32;
        let translation = self.translations.offset();
        let mut operands = Vec::new();
        // Removed objects already described in this translation, by id.
        let mut objects = Vec::new();
        for id in &chain {
            let state = self.graph.frame_states[id.0 as usize].clone();
            self.translate_frame(&state, &captured, &mut operands, &mut objects);
        }
        let innermost = &self.graph.frame_states[fs.0 as usize];
        let bytecode_offset = innermost.bytecode_offset;
        let base = self.spill(&operands);
        let id = self.b.ins().iconst(I64, bailout_id as i64);
        let vm = self.params[0];
        let result = self.call(rt::deoptimize as *const u8, &[vm, id, base]);
        self.b.ins().return_(&[result]);
        self.deopt.exits.push(DeoptExit {
            kind,
            reason,
            translation,
            bytecode_offset,
            operand_count: operands.len() as u32,
            frame_count: chain.len() as u32,
        });
    }

    /// One frame's commands: `BeginFrame`, then (inlined frames) the
    /// receiver and arguments, then registers, accumulator and context.
    fn translate_frame(
        &mut self,
        state: &FrameState,
        captured: &[CapturedObject],
        operands: &mut Vec<ir::Value>,
        objects: &mut Vec<NodeId>,
    ) {
        let (function, argument_count, kind, mut values) = match &state.inlined {
            Some(call) => {
                let closure = self.literal(call.closure);
                let mut values = vec![Some(call.receiver)];
                values.extend(call.arguments.iter().map(|a| Some(*a)));
                (closure, call.arguments.len() as u32, call.kind, values)
            }
            None => {
                let shared = self.literal(Value::internal(state.function));
                let params = state.function.bytecode.parameter_count;
                (shared, params, FrameKind::Call, Vec::new())
            }
        };
        values.extend(state.registers.iter().copied());
        values.extend([state.accumulator, Some(state.context)]);
        self.translations.write(Command::BeginFrame {
            function,
            bytecode_offset: state.bytecode_offset,
            argument_count,
            height: values.len() as u32,
            kind,
        });
        for v in values {
            match v {
                None => self.translations.write(Command::OptimizedOut),
                Some(n) => self.translate_value(n, captured, operands, objects),
            }
        }
    }

    /// One value: a removed object becomes `CapturedObject` and its fields
    /// (or `DuplicatedObject` when it was described already: shared and
    /// cyclic references keep their identity); anything else one command.
    fn translate_value(
        &mut self,
        n: NodeId,
        captured: &[CapturedObject],
        operands: &mut Vec<ir::Value>,
        objects: &mut Vec<NodeId>,
    ) {
        let Some(object) = captured.iter().find(|c| c.node == n) else {
            let command = self.exit_operand(n, operands);
            self.translations.write(command);
            return;
        };
        if let Some(id) = objects.iter().position(|&o| o == n) {
            self.translations
                .write(Command::DuplicatedObject(id as u32));
            return;
        }
        objects.push(n);
        let fields = object.fields.len() as u32;
        match object.shape {
            Shape::Object(map) => {
                let map = self.literal(Value::internal(map));
                self.translations
                    .write(Command::CapturedObject { map, fields });
            }
            Shape::Array => self
                .translations
                .write(Command::CapturedArray { length: fields }),
            Shape::Arguments(closure) => {
                let function = self.literal(closure);
                self.translations.write(Command::CapturedArguments {
                    function,
                    length: fields,
                });
            }
            Shape::FrameArguments => self.translations.write(Command::CapturedFrameArguments),
        }
        for &field in &object.fields {
            self.translate_value(field, captured, operands, objects);
        }
    }

    /// How a frame-state value reaches the deoptimizer: constants as
    /// literals, raw numbers untagged (re-boxed on the way out), the rest
    /// as tagged exit operands.
    fn exit_operand(&mut self, n: NodeId, operands: &mut Vec<ir::Value>) -> Command {
        let node = self.graph.node(n);
        match &node.op {
            Op::Constant(c) => return Command::Literal(self.literal(*c)),
            Op::Int32ToTagged => {
                operands.push(self.value(node.inputs[0]));
                return Command::Int32(operands.len() as u32 - 1);
            }
            Op::Float64ToTagged => {
                operands.push(self.value(node.inputs[0]));
                return Command::Float64(operands.len() as u32 - 1);
            }
            _ => {}
        }
        operands.push(self.value(n));
        Command::Tagged(operands.len() as u32 - 1)
    }

    /// Stores values into a fresh stack slot; returns its address.
    fn spill(&mut self, values: &[ir::Value]) -> ir::Value {
        let size = (values.len().max(1) * 8) as u32;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            3,
        ));
        for (i, v) in values.iter().enumerate() {
            self.b
                .ins()
                .stack_store(self.pointer, *v, slot, (i * 8) as i32);
        }
        self.b.ins().stack_addr(self.pointer, slot, 0)
    }

    /// An indirect call to a runtime helper taking and returning i64s.
    fn call(&mut self, f: *const u8, args: &[ir::Value]) -> ir::Value {
        self.call_returning(f, args, I64)
    }

    fn call_returning(&mut self, f: *const u8, args: &[ir::Value], ty: Type) -> ir::Value {
        let mut sig = Signature::new(self.call_conv);
        for a in args {
            let ty = self.b.func.dfg.value_type(*a);
            sig.params.push(AbiParam::new(ty));
        }
        sig.returns.push(AbiParam::new(ty));
        let sig = self.b.import_signature(sig);
        let callee = self.iconst(f as u64);
        let call = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(call)[0]
    }

    /// A runtime operation; an exception returns the marker at once.
    fn runtime(&mut self, op: RuntimeOp, node: &Node) -> Result<ir::Value, String> {
        let vm = self.params[0];
        let inputs: Vec<ir::Value> = node.inputs.iter().map(|n| self.value(*n)).collect();
        let offset = self.b.ins().iconst(I64, source_position(node) as i64);
        let result = match op {
            RuntimeOp::Binary(opcode) => {
                let code = self.b.ins().iconst(I64, opcode as u8 as i64);
                self.call(
                    rt::binary as *const u8,
                    &[vm, offset, code, inputs[0], inputs[1]],
                )
            }
            RuntimeOp::ToBoolean => self.call(rt::to_boolean as *const u8, &[vm, inputs[0]]),
            RuntimeOp::ToNumeric => {
                self.call(rt::to_numeric as *const u8, &[vm, offset, inputs[0]])
            }
            RuntimeOp::LoadGlobal(name) => {
                self.literal(name);
                let name = self.iconst(name.bits());
                self.call(rt::load_global as *const u8, &[vm, offset, name])
            }
            RuntimeOp::GetNamed(name) => {
                self.literal(name);
                let name = self.iconst(name.bits());
                self.call(rt::get_named as *const u8, &[vm, offset, inputs[0], name])
            }
            RuntimeOp::SetNamed(name) => {
                self.literal(name);
                let name = self.iconst(name.bits());
                self.call(
                    rt::set_named as *const u8,
                    &[vm, offset, inputs[0], name, inputs[1]],
                )
            }
            RuntimeOp::GetKeyed => self.call(
                rt::get_keyed as *const u8,
                &[vm, offset, inputs[0], inputs[1]],
            ),
            RuntimeOp::SetKeyed => self.call(
                rt::set_keyed as *const u8,
                &[vm, offset, inputs[0], inputs[1], inputs[2]],
            ),
            RuntimeOp::Call => {
                // callee, receiver, then the arguments in a stack buffer.
                let argc = inputs.len() - 2;
                let argv = self.spill(&inputs[2..]);
                let n = self.b.ins().iconst(I64, argc as i64);
                self.call(
                    rt::call as *const u8,
                    &[vm, offset, inputs[0], inputs[1], argv, n],
                )
            }
            RuntimeOp::Construct => {
                let argc = inputs.len() - 1;
                let argv = self.spill(&inputs[1..]);
                let n = self.b.ins().iconst(I64, argc as i64);
                self.call(
                    rt::construct as *const u8,
                    &[vm, offset, inputs[0], argv, n],
                )
            }
            RuntimeOp::SloppyReceiver => {
                self.call(rt::sloppy_receiver as *const u8, &[vm, inputs[0]])
            }
            RuntimeOp::Throw => self.call(rt::throw as *const u8, &[vm, offset, inputs[0]]),
            RuntimeOp::CreateArguments { mapped } => {
                let mapped = self.b.ins().iconst(I64, mapped as i64);
                // Inlined: closure and arguments; else none (the frame's).
                let (callee, args) = match inputs.get(1) {
                    Some(&closure) => (closure, &inputs[2..]),
                    None => (self.b.ins().iconst(I64, 0), &inputs[1..]),
                };
                let argv = self.spill(args);
                let n = self.b.ins().iconst(I64, args.len() as i64);
                self.call(
                    rt::create_arguments as *const u8,
                    &[vm, mapped, inputs[0], callee, argv, n],
                )
            }
            RuntimeOp::CreateRestParameter { inlined } => {
                let inlined = self.b.ins().iconst(I64, inlined as i64);
                let argv = self.spill(&inputs);
                let n = self.b.ins().iconst(I64, inputs.len() as i64);
                self.call(
                    rt::create_rest_parameter as *const u8,
                    &[vm, inlined, argv, n],
                )
            }
            RuntimeOp::CreateClosure(shared) => {
                self.literal(shared);
                let shared = self.iconst(shared.bits());
                self.call(
                    rt::create_closure as *const u8,
                    &[vm, shared, inputs[0], inputs[1], inputs[2], inputs[3]],
                )
            }
            RuntimeOp::ConstructReceiver => self.call(
                rt::construct_receiver as *const u8,
                &[vm, offset, inputs[0]],
            ),
            RuntimeOp::FrameFunction => self.call(rt::frame_function as *const u8, &[vm]),
            RuntimeOp::FrameNewTarget => self.call(rt::frame_new_target as *const u8, &[vm]),
            RuntimeOp::Generic(opcode) => {
                let code = self.b.ins().iconst(I64, opcode as u8 as i64);
                let argv = self.spill(&inputs);
                let n = self.b.ins().iconst(I64, inputs.len() as i64);
                self.call(rt::generic as *const u8, &[vm, offset, code, argv, n])
            }
            RuntimeOp::CreateContext(slots) => {
                let n = self.b.ins().iconst(I64, slots as i64);
                self.call(rt::create_context as *const u8, &[vm, inputs[0], n])
            }
            RuntimeOp::LoadContextSlot { depth, index } => {
                let d = self.b.ins().iconst(I64, depth as i64);
                let i = self.b.ins().iconst(I64, index as i64);
                self.call(rt::load_context_slot as *const u8, &[vm, inputs[0], d, i])
            }
            RuntimeOp::StoreContextSlot { depth, index } => {
                let d = self.b.ins().iconst(I64, depth as i64);
                let i = self.b.ins().iconst(I64, index as i64);
                self.call(
                    rt::store_context_slot as *const u8,
                    &[vm, inputs[0], d, i, inputs[1]],
                )
            }
            RuntimeOp::Intrinsic(id) => {
                let argv = self.spill(&inputs);
                let id = self.b.ins().iconst(I64, id as i64);
                let n = self.b.ins().iconst(I64, inputs.len() as i64);
                self.call(rt::intrinsic as *const u8, &[vm, offset, id, argv, n])
            }
            RuntimeOp::DefineNamed(name) => {
                self.literal(name);
                let name = self.iconst(name.bits());
                self.call(
                    rt::define_named as *const u8,
                    &[vm, inputs[0], name, inputs[1]],
                )
            }
            RuntimeOp::AllocateObject(map) => {
                self.literal(Value::internal(map));
                let fields = self.spill(&inputs);
                let map = self.iconst(map.addr() as u64);
                let n = self.b.ins().iconst(I64, inputs.len() as i64);
                self.call(rt::allocate_object as *const u8, &[vm, map, fields, n])
            }
            RuntimeOp::StoreElementAt(index) => {
                let index = self.b.ins().iconst(I64, index as i64);
                self.call(
                    rt::store_element_at as *const u8,
                    &[vm, inputs[0], index, inputs[1]],
                )
            }
            RuntimeOp::StoreSlot(slot) => {
                let slot = self.b.ins().iconst(I64, slot as i64);
                self.call(
                    rt::store_slot as *const u8,
                    &[vm, inputs[0], slot, inputs[1]],
                )
            }
            RuntimeOp::CheckHole(name) => {
                self.literal(name);
                let name = self.iconst(name.bits());
                self.call(rt::check_hole as *const u8, &[vm, offset, inputs[0], name])
            }
        };
        let threw = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, result, rt::EXCEPTION as i64);
        let exit = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(exit);
        self.b.ins().brif(threw, exit, &[], cont, &[]);
        self.b.switch_to_block(exit);
        match node.exception {
            // Caught in this activation: the interpreter runs the handler.
            Some(fs) => self.deopt_exit(fs, DeoptReason::Exception, DeoptKind::Exception),
            None => {
                self.b.ins().return_(&[result]);
            }
        }
        self.b.switch_to_block(cont);
        Ok(result)
    }

    fn terminator(&mut self, t: &Terminator) {
        match t {
            Terminator::Jump(target, args) => {
                let args: Vec<BlockArg> = args
                    .iter()
                    .map(|a| BlockArg::Value(self.value(*a)))
                    .collect();
                self.b.ins().jump(self.blocks[target.0 as usize], &args);
            }
            Terminator::Branch(cond, t, f) => {
                let c = self.value(*cond);
                self.b.ins().brif(
                    c,
                    self.blocks[t.0 as usize],
                    &[],
                    self.blocks[f.0 as usize],
                    &[],
                );
            }
            Terminator::Return(v) => {
                let v = self.value(*v);
                self.b.ins().return_(&[v]);
            }
            Terminator::Unreachable => {
                self.b.ins().trap(ir::TrapCode::user(1).unwrap());
            }
        }
    }

    fn finish_deopt(&mut self) -> DeoptimizationData {
        let mut data = std::mem::take(&mut self.deopt);
        data.translations = std::mem::take(&mut self.translations).finish();
        data
    }
}

/// The bytecode offset a runtime node belongs to (for stack traces).
/// What runtime calls report as their position: (inlining, bytecode
/// offset), decoded by `runtime_calls::at`.
fn source_position(node: &Node) -> u64 {
    ((node.inlining as u64) << 32) | node.bytecode_offset as u64
}
