//! Instructions whose effect depends only on their operands' values (no
//! frame, no feedback): the interpreter runs them through
//! `generic_operation`, and optimized code calls the same function for the
//! ones it does not speculate on (`RuntimeOp::Generic`), so their semantics
//! live in one place.
//!
//! Operands come as values, in the order listed for each instruction;
//! constants (names, regexp sources) and flags (strictness) are values too.

use crate::bytecode::Opcode;
use crate::runtime::function::JsResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    /// Runs `op` on `inputs`; the result is the new accumulator (undefined
    /// for instructions that leave it alone).
    pub fn generic_operation(&mut self, op: Opcode, inputs: &[Value]) -> JsResult<Value> {
        use Opcode::*;
        let input = |i: usize| inputs[i];
        Ok(match op {
            // [value]
            TypeOf => {
                let t = self.type_of(input(0));
                Value::string(self.intern(t))
            }
            ToString if input(0).is_string() => input(0),
            ToString => Value::string(self.to_string(input(0))?),
            ToPropertyKey => {
                let key = self.to_key(input(0))?;
                self.key_to_value(key)
            }
            Negate => Value::number(-self.to_number(input(0))?),
            BitwiseNot => Value::int(!self.to_int32(input(0))?),
            GetIterator => {
                let method = self.iterator_method_at_site(input(0))?;
                self.iterator_from_method(input(0), method)?
            }
            ForInPrepare => self.for_in_prepare(input(0))?,
            // [state]
            ForInNext => self.for_in_next(input(0))?,
            // [lhs, rhs]
            TestInstanceOf => Value::bool(self.instance_of(input(0), input(1))?),
            // [key, object]
            TestIn => {
                let (key, object) = (input(0), input(1));
                if !object.is_object() {
                    let k = self.to_display_string(key);
                    let t = self.to_display_string(object);
                    return Err(self.type_error(&format!(
                        "Cannot use 'in' operator to search for '{k}' in {t}"
                    )));
                }
                let k = self.to_key(key)?;
                Value::bool(self.has_property(object.as_object(), k)?)
            }
            // [object, key, strict]
            DeleteProperty => {
                let k = self.to_key(input(1))?;
                let o = self.to_object(input(0))?;
                Value::bool(self.delete(o.as_object(), k, input(2).as_bool())?)
            }
            // [elements…]
            CreateEmptyArray | CreateArrayFromRegisters => {
                Value::object(self.new_array(inputs.to_vec()))
            }
            // [array, value]
            ArrayPush => {
                let array = input(0).as_object();
                let len = array.array_length();
                self.set_element(array, len, input(1));
                Value::UNDEFINED
            }
            // [array]
            ArrayPushHole => {
                let mut array = input(0).as_object();
                let len = array.array_length();
                self.truncate_or_extend(array, len + 1);
                array.elements.push(Value::HOLE);
                Value::UNDEFINED
            }
            // [array, iterable]
            ArraySpread => {
                let method = self.iterator_method_at_site(input(1))?;
                let it = self.iterator_from_method(input(1), method)?;
                self.append_iterator(input(0).as_object(), it)?;
                Value::UNDEFINED
            }
            // [target, source]
            CopyDataProperties => {
                self.copy_data_properties(input(0).as_object(), input(1), &[])?;
                Value::UNDEFINED
            }
            // [pattern, flags]
            CreateRegExp => self.new_regexp(input(0), input(1))?,
            // [name]
            LdaGlobalInsideTypeof => self.load_global_binding(input(0).as_string(), true)?,
            // [name, value, strict]
            StaGlobal => {
                let (name, strict) = (input(0).as_string(), input(2).as_bool());
                self.store_global_binding(name, input(1), strict)?;
                Value::UNDEFINED
            }
            other => unreachable!("{} is not a generic operation", other.name()),
        })
    }
}
