//! Expressions: each leaves its value in the accumulator.

use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};
use oxc_syntax::operator::{
    AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator, UpdateOperator,
};

use super::super::builder::Reg;
use super::super::opcodes::{NAME_FROM_KEY, Opcode};
use super::{GenResult, Generator, Loc, Mode};
use crate::feedback::FeedbackSlotKind;
use crate::frontend::EvalSite;
use crate::interpreter::runtime_functions::RuntimeFunction;
use crate::runtime::builtins::set_integrity_level;
use crate::runtime::function::FunctionKind;
use crate::runtime::map::Attrs;
use crate::runtime::value::Value;

impl<'a> Generator<'a, '_> {
    pub(super) fn expression(&mut self, e: &'a Expression<'a>) -> GenResult<()> {
        self.expression_named(e, None)
    }

    /// Compiles into a fresh register.
    pub(super) fn expression_to_reg(&mut self, e: &'a Expression<'a>) -> GenResult<Reg> {
        self.expression(e)?;
        let r = self.reg();
        self.star(r);
        Ok(r)
    }

    /// `name` names anonymous functions and classes (`let f = () => {}`).
    pub(super) fn expression_named(
        &mut self,
        e: &'a Expression<'a>,
        name: Option<&str>,
    ) -> GenResult<()> {
        let mark = self.mark();
        let r = self.expression_inner(e, name);
        self.release(mark);
        r
    }

    fn expression_inner(&mut self, e: &'a Expression<'a>, name: Option<&str>) -> GenResult<()> {
        match e {
            Expression::NumericLiteral(n) => self.load_number(n.value),
            Expression::StringLiteral(s) => self.string_literal(s),
            Expression::BooleanLiteral(b) => self.op(if b.value {
                Opcode::LdaTrue
            } else {
                Opcode::LdaFalse
            }),
            Expression::NullLiteral(_) => self.op(Opcode::LdaNull),
            Expression::Identifier(id) => {
                self.pos(id.span);
                self.load_variable_in_withs(id, false, None)
            }
            Expression::ThisExpression(t) => self.load_this(t.span),
            Expression::TemplateLiteral(t) => self.template_literal(t)?,
            Expression::ParenthesizedExpression(p) => self.expression_inner(&p.expression, name)?,
            Expression::SequenceExpression(s) => {
                for x in &s.expressions {
                    self.expression(x)?;
                }
            }
            Expression::ArrayExpression(a) => self.array_literal(a)?,
            Expression::ObjectExpression(o) => self.object_literal(o)?,
            Expression::FunctionExpression(f) => self.function_closure(f, name)?,
            Expression::ArrowFunctionExpression(f) => self.arrow_closure(f, name)?,
            Expression::ClassExpression(c) => self.class(c, name)?,
            Expression::UnaryExpression(u) => self.unary(u)?,
            Expression::UpdateExpression(u) => self.update(u)?,
            Expression::BinaryExpression(b) => self.binary(b)?,
            Expression::LogicalExpression(l) => self.logical(l)?,
            Expression::ConditionalExpression(c) => {
                let else_label = self.b().new_label();
                let end = self.b().new_label();
                self.condition(&c.test, else_label)?;
                self.expression(&c.consequent)?;
                self.b().jump(Opcode::Jump, end);
                self.b().bind(else_label);
                self.expression(&c.alternate)?;
                self.b().bind(end);
            }
            Expression::AssignmentExpression(a) => self.assignment(a)?,
            Expression::StaticMemberExpression(_)
            | Expression::ComputedMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                self.member_load(e.to_member_expression())?;
            }
            Expression::CallExpression(c) => self.call(c)?,
            Expression::NewExpression(n) => self.new_expression(n)?,
            Expression::ChainExpression(c) => {
                let nil = self.b().new_label();
                let end = self.b().new_label();
                let outer = self.f().chain_nil.replace(nil);
                match &c.expression {
                    ChainElement::CallExpression(call) => self.call(call)?,
                    ChainElement::TSNonNullExpression(_) => {
                        return Err(self.error(c.span, "TypeScript syntax is not supported"));
                    }
                    m => {
                        self.member_load(m.to_member_expression())?;
                    }
                }
                self.f().chain_nil = outer;
                self.b().jump(Opcode::Jump, end);
                self.b().bind(nil);
                self.op(Opcode::LdaUndefined);
                self.b().bind(end);
            }
            Expression::NewTarget(n) => {
                if !self.new_target_allowed() {
                    return Err(self.error(n.span, "new.target expression is not allowed here"));
                }
                self.op(Opcode::LdaNewTarget)
            }
            Expression::YieldExpression(y) => self.yield_expression(y)?,
            Expression::TaggedTemplateExpression(t) => self.tagged_template(t)?,
            Expression::RegExpLiteral(r) => {
                let pattern = r.regex.pattern.text.as_str();
                let flags = r.regex.flags.to_string();
                // A pattern the matcher rejects is an early error.
                if let Some(message) =
                    crate::runtime::builtins::regexp::literal_error(pattern, &flags)
                {
                    return Err(self.error(r.span, &message));
                }
                let p = self.string_constant(pattern);
                let f = self.string_constant(&flags);
                self.emit(Opcode::CreateRegExp, &[p, f]);
            }
            Expression::PrivateInExpression(p) => {
                let obj = self.expression_to_reg(&p.right)?;
                self.load_private_name(p.left.name.as_str(), p.span)?;
                let key = self.reg();
                self.star(key);
                self.ldar(obj);
                let s = self.slot(FeedbackSlotKind::Compare);
                self.emit(Opcode::TestIn, &[key.0 as u32, s]);
            }
            Expression::V8IntrinsicExpression(v) => self.intrinsic(v)?,
            Expression::Super(s) => {
                return Err(self.error(s.span, "'super' keyword unexpected here"));
            }
            Expression::AwaitExpression(a) => {
                self.expression(&a.argument)?;
                self.pos(a.span);
                self.emit_await();
            }
            Expression::BigIntLiteral(b) => {
                return Err(self.error(b.span, "BigInt is not supported yet"));
            }
            Expression::ImportExpression(i) => {
                return Err(self.error(i.span, "import() is not supported"));
            }
            other => return Err(self.error(other.span(), "unsupported syntax")),
        }
        Ok(())
    }

    fn string_literal(&mut self, s: &StringLiteral) {
        if s.lone_surrogates {
            let units = decode_lone_surrogates(s.value.as_str());
            let c = self.string_constant_units(&units);
            self.emit(Opcode::LdaConstant, &[c]);
        } else {
            self.load_string(s.value.as_str());
        }
    }

    pub(super) fn load_this(&mut self, _span: oxc_span::Span) {
        self.op(Opcode::LdaReceiver);
        if self.in_derived_constructor() {
            self.op(Opcode::ThrowSuperNotCalledIfHole);
        }
    }

    /// Whether `this` may still be unbound: in a derived constructor (or
    /// in eval code one calls).
    fn in_derived_constructor(&self) -> bool {
        match self.fns.iter().rev().find(|f| !f.is_arrow) {
            Some(f) if f.kind == FunctionKind::TopLevel => {
                self.eval_scope.as_ref().is_some_and(|e| e.site.super_call)
            }
            Some(f) => f.kind.is_derived_constructor(),
            None => false,
        }
    }

    fn template_literal(&mut self, t: &'a TemplateLiteral<'a>) -> GenResult<()> {
        let acc = self.reg();
        let first = t.quasis[0].value.cooked.map_or("", |c| c.as_str());
        self.load_string(first);
        self.star(acc);
        for (i, e) in t.expressions.iter().enumerate() {
            self.expression(e)?;
            self.op(Opcode::ToString);
            let s = self.slot(FeedbackSlotKind::BinaryOp);
            self.emit(Opcode::Add, &[acc.0 as u32, s]);
            self.star(acc);
            let q = t.quasis[i + 1].value.cooked.map_or("", |c| c.as_str());
            if !q.is_empty() {
                self.load_string(q);
                let s = self.slot(FeedbackSlotKind::BinaryOp);
                self.emit(Opcode::Add, &[acc.0 as u32, s]);
                self.star(acc);
            }
        }
        self.ldar(acc);
        Ok(())
    }

    fn tagged_template(&mut self, t: &'a TaggedTemplateExpression<'a>) -> GenResult<()> {
        let (callee, receiver) = self.callee_and_receiver(&t.tag)?;
        let n = t.quasi.expressions.len() as u32 + 1;
        let args = self.b().alloc_registers(n + 1);
        self.ldar(receiver);
        self.star(args);
        let template = self.template_object(&t.quasi);
        let c = self.b().constant(template);
        self.emit(Opcode::LdaConstant, &[c]);
        self.star(Reg(args.0 + 1));
        for (i, e) in t.quasi.expressions.iter().enumerate() {
            self.expression(e)?;
            self.star(Reg(args.0 + 2 + i as u16));
        }
        self.pos(t.span);
        let s = self.slot(FeedbackSlotKind::Call);
        self.emit(Opcode::Call, &[callee.0 as u32, args.0 as u32, n, s]);
        Ok(())
    }

    /// GetTemplateObject: the frozen strings array with its frozen `raw`,
    /// made once per site, here, so that every evaluation of the site
    /// (in every closure of this code) passes the same object. It lives
    /// in the constant pool, as V8 keeps it per site; generating code
    /// reaches no safepoint, so the new arrays need no other root.
    fn template_object(&mut self, quasi: &TemplateLiteral<'_>) -> Value {
        let mut cooked = Vec::new();
        let mut raw = Vec::new();
        for q in &quasi.quasis {
            cooked.push(match q.value.cooked {
                Some(c) => Value::string(self.vm.intern(c.as_str())),
                None => Value::UNDEFINED,
            });
            raw.push(Value::string(self.vm.intern(q.value.raw.as_str())));
        }
        let raw = Value::object(self.vm.new_array(raw));
        let cooked = self.vm.new_array(cooked);
        let key = self.vm.key_from_str("raw");
        self.vm.define_data(cooked, key, raw, Attrs::NONE);
        for array in [raw, Value::object(cooked)] {
            set_integrity_level(self.vm, array, true).expect("an ordinary array freezes");
        }
        Value::object(cooked)
    }

    fn array_literal(&mut self, a: &'a ArrayExpression<'a>) -> GenResult<()> {
        let simple = a.elements.iter().all(|e| {
            !matches!(
                e,
                ArrayExpressionElement::SpreadElement(_) | ArrayExpressionElement::Elision(_)
            )
        });
        if simple && !a.elements.is_empty() {
            let n = a.elements.len() as u32;
            let first = self.b().alloc_registers(n);
            for (i, e) in a.elements.iter().enumerate() {
                self.expression(e.to_expression())?;
                self.star(Reg(first.0 + i as u16));
            }
            self.emit(Opcode::CreateArrayFromRegisters, &[first.0 as u32, n]);
            return Ok(());
        }
        self.op(Opcode::CreateEmptyArray);
        let arr = self.reg();
        self.star(arr);
        for e in &a.elements {
            match e {
                ArrayExpressionElement::SpreadElement(s) => {
                    self.expression(&s.argument)?;
                    self.b()
                        .set_call_site(s.argument.span().start, s.argument.span().end);
                    self.emit(Opcode::ArraySpread, &[arr.0 as u32]);
                }
                ArrayExpressionElement::Elision(_) => {
                    self.emit(Opcode::ArrayPushHole, &[arr.0 as u32])
                }
                _ => {
                    self.expression(e.to_expression())?;
                    self.emit(Opcode::ArrayPush, &[arr.0 as u32]);
                }
            }
        }
        self.ldar(arr);
        Ok(())
    }

    /// Loads a property key into a register; returns it and, for static
    /// keys, the name (for function naming).
    pub(super) fn property_key(
        &mut self,
        key: &'a PropertyKey<'a>,
    ) -> GenResult<(Reg, Option<String>)> {
        let r = self.reg();
        let name = match key {
            PropertyKey::StaticIdentifier(id) => {
                self.load_string(id.name.as_str());
                Some(id.name.to_string())
            }
            PropertyKey::PrivateIdentifier(p) => {
                self.load_private_name(p.name.as_str(), p.span)?;
                Some(format!("#{}", p.name))
            }
            PropertyKey::StringLiteral(s) => {
                self.string_literal(s);
                Some(s.value.to_string())
            }
            PropertyKey::NumericLiteral(n) => {
                self.load_number(n.value);
                Some(crate::runtime::conversions::number_to_string(n.value))
            }
            // A computed key is converted at once: before the value (or a
            // destructuring target) is evaluated.
            other => {
                self.expression(other.to_expression())?;
                self.op(Opcode::ToPropertyKey);
                None
            }
        };
        self.star(r);
        Ok((r, name))
    }

    fn object_literal(&mut self, o: &'a ObjectExpression<'a>) -> GenResult<()> {
        self.op(Opcode::CreateEmptyObject);
        let obj = self.reg();
        self.star(obj);
        for p in &o.properties {
            let mark = self.mark();
            match p {
                ObjectPropertyKind::SpreadProperty(s) => {
                    self.expression(&s.argument)?;
                    self.emit(Opcode::CopyDataProperties, &[obj.0 as u32]);
                }
                ObjectPropertyKind::ObjectProperty(prop) => self.object_property(obj, prop)?,
            }
            self.release(mark);
        }
        self.ldar(obj);
        Ok(())
    }

    fn object_property(&mut self, obj: Reg, prop: &'a ObjectProperty<'a>) -> GenResult<()> {
        if !prop.computed && prop.kind == PropertyKind::Init && !prop.method && !prop.shorthand {
            let is_proto = match &prop.key {
                PropertyKey::StaticIdentifier(id) => id.name == "__proto__",
                PropertyKey::StringLiteral(s) => s.value == "__proto__",
                _ => false,
            };
            if is_proto {
                let args = self.b().alloc_registers(2);
                self.ldar(obj);
                self.star(args);
                self.expression(&prop.value)?;
                self.star(Reg(args.0 + 1));
                self.emit(
                    Opcode::CallRuntime,
                    &[
                        RuntimeFunction::SetLiteralPrototype as u32,
                        args.0 as u32,
                        2,
                    ],
                );
                return Ok(());
            }
        }
        if let (PropertyKey::StaticIdentifier(id), PropertyKind::Init, false) =
            (&prop.key, prop.kind, prop.method)
        {
            self.expression_named(&prop.value, Some(id.name.as_str()))?;
            let c = self.string_constant(id.name.as_str());
            let s = self.slot(FeedbackSlotKind::Store);
            self.emit(Opcode::DefineNamedOwnProperty, &[obj.0 as u32, c, s]);
            return Ok(());
        }
        let (key, name) = self.property_key(&prop.key)?;
        match prop.kind {
            PropertyKind::Init if prop.method => {
                self.method_value(&prop.value, name.as_deref(), prop.span.start)?;
                let flags = 2 | Self::name_from_key(name.is_none(), &prop.value);
                self.emit(Opcode::DefineMethod, &[obj.0 as u32, key.0 as u32, flags]);
            }
            PropertyKind::Init => {
                self.expression_named(&prop.value, name.as_deref())?;
                let flags = 7 | Self::name_from_key(name.is_none(), &prop.value);
                self.emit(
                    Opcode::DefineKeyedOwnProperty,
                    &[obj.0 as u32, key.0 as u32, flags],
                );
            }
            PropertyKind::Get | PropertyKind::Set => {
                let prefix = if prop.kind == PropertyKind::Get {
                    "get"
                } else {
                    "set"
                };
                let accessor_name = name.as_deref().map(|n| format!("{prefix} {n}"));
                self.method_value(&prop.value, accessor_name.as_deref(), prop.span.start)?;
                let op = if prop.kind == PropertyKind::Get {
                    Opcode::DefineGetter
                } else {
                    Opcode::DefineSetter
                };
                let flags = 2 | Self::name_from_key(name.is_none(), &prop.value);
                self.emit(op, &[obj.0 as u32, key.0 as u32, flags]);
            }
        }
        Ok(())
    }

    /// The NAME_FROM_KEY flag when an anonymous function gets its name from
    /// a key only known at run time.
    pub(super) fn name_from_key(computed: bool, value: &Expression<'_>) -> u32 {
        let anonymous = match value {
            Expression::FunctionExpression(f) => f.id.is_none(),
            Expression::ArrowFunctionExpression(_) => true,
            Expression::ClassExpression(c) => c.id.is_none(),
            _ => false,
        };
        if computed && anonymous {
            NAME_FROM_KEY
        } else {
            0
        }
    }

    /// Object-literal methods and accessors are not constructors; their
    /// source text starts at the property (`source_start`).
    fn method_value(
        &mut self,
        value: &'a Expression<'a>,
        name: Option<&str>,
        source_start: u32,
    ) -> GenResult<()> {
        match value {
            Expression::FunctionExpression(f) => {
                self.function_closure_of_kind(f, name, FunctionKind::Method, source_start)
            }
            other => self.expression_named(other, name),
        }
    }

    fn unary(&mut self, u: &'a UnaryExpression<'a>) -> GenResult<()> {
        match u.operator {
            UnaryOperator::Typeof => {
                if let Expression::Identifier(id) = &u.argument {
                    self.load_variable_in_withs(id, true, None);
                } else {
                    self.expression(&u.argument)?;
                }
                self.op(Opcode::TypeOf);
            }
            UnaryOperator::Void => {
                self.expression(&u.argument)?;
                self.op(Opcode::LdaUndefined);
            }
            UnaryOperator::LogicalNot => {
                self.expression(&u.argument)?;
                self.op(Opcode::LogicalNot);
            }
            UnaryOperator::UnaryNegation => {
                if let Expression::NumericLiteral(n) = &u.argument {
                    self.load_number(-n.value);
                    return Ok(());
                }
                self.expression(&u.argument)?;
                let s = self.slot(FeedbackSlotKind::BinaryOp);
                self.emit(Opcode::Negate, &[s]);
            }
            UnaryOperator::UnaryPlus => {
                self.expression(&u.argument)?;
                let s = self.slot(FeedbackSlotKind::BinaryOp);
                self.emit(Opcode::ToNumeric, &[s]);
            }
            UnaryOperator::BitwiseNot => {
                self.expression(&u.argument)?;
                let s = self.slot(FeedbackSlotKind::BinaryOp);
                self.emit(Opcode::BitwiseNot, &[s]);
            }
            UnaryOperator::Delete => self.delete(&u.argument)?,
        }
        Ok(())
    }

    /// `delete obj.key` / `delete obj[key]` (either may be an optional link).
    fn delete_member(&mut self, m: &'a MemberExpression<'a>, strict: u32) -> GenResult<()> {
        if let Expression::Super(s) = m.object() {
            // `this` is resolved and a computed key evaluated (not
            // converted) before the delete fails.
            self.load_this(s.span);
            if let MemberExpression::ComputedMemberExpression(c) = m {
                self.expression(&c.expression)?;
            }
            let message = self.reg();
            self.load_string("Unsupported reference to 'super'");
            self.star(message);
            self.pos(m.span());
            let throw = RuntimeFunction::ThrowReferenceError as u32;
            self.emit(Opcode::CallRuntime, &[throw, message.0 as u32, 1]);
            return Ok(());
        }
        self.expression(m.object())?;
        self.optional_check(m.optional());
        let obj = self.reg();
        self.star(obj);
        match m {
            MemberExpression::StaticMemberExpression(s) => {
                self.load_string(s.property.name.as_str())
            }
            MemberExpression::ComputedMemberExpression(c) => self.expression(&c.expression)?,
            MemberExpression::PrivateFieldExpression(p) => {
                return Err(self.error(p.span, "Private fields can not be deleted"));
            }
        }
        self.pos(m.span());
        self.emit(Opcode::DeleteProperty, &[obj.0 as u32, strict]);
        Ok(())
    }

    /// `delete name` of a binding: only those created by eval code (and
    /// global properties) can be deleted; declared ones cannot, nor a
    /// function's `arguments`.
    fn delete_binding(&mut self, id: &IdentifierReference) {
        let name = id.name.as_str();
        let location = match self.resolve_reference(id) {
            // Of declared bindings, only a sloppy eval's `var` (one that
            // may shadow it, or eval code's own) can be deleted.
            Some(s) => match self.location_of(name, Some(s), id.span.start) {
                Loc::Global if self.mode == Mode::Eval => Some(Loc::Global),
                loc @ (Loc::Dynamic | Loc::LookupContext { .. }) => Some(loc),
                _ => None,
            },
            None if name == "arguments" && self.arguments_location().is_some() => None,
            None => Some(self.unresolved_location(name)),
        };
        let delete = match location {
            None => return self.op(Opcode::LdaFalse),
            Some(Loc::LookupContext { level, slot }) => {
                let args = self.lookup_context_args(name, level, slot);
                let delete = RuntimeFunction::DeleteLookupContextSlot as u32;
                return self.emit(Opcode::CallRuntime, &[delete, args.0 as u32, 3]);
            }
            Some(Loc::Dynamic) => RuntimeFunction::DeleteLookupSlot,
            Some(_) => RuntimeFunction::DeleteGlobal,
        };
        let args = self.reg();
        self.load_string(name);
        self.star(args);
        self.emit(Opcode::CallRuntime, &[delete as u32, args.0 as u32, 1]);
    }

    fn delete(&mut self, target: &'a Expression<'a>) -> GenResult<()> {
        let strict = self.strict() as u32;
        match target {
            Expression::StaticMemberExpression(_) | Expression::ComputedMemberExpression(_) => {
                self.delete_member(target.to_member_expression(), strict)?;
            }
            Expression::Identifier(id) => {
                let name = id.name.as_str();
                let withs = self.withs_around(id.span.start, self.resolve_reference(id));
                let object = self.reg();
                let on_with_object = self.test_withs(&withs, name, object);
                self.delete_binding(id);
                if !on_with_object.is_empty() {
                    let done = self.b().new_label();
                    self.b().jump(Opcode::Jump, done);
                    for label in on_with_object {
                        self.b().bind(label);
                    }
                    self.load_string(name);
                    self.emit(Opcode::DeleteProperty, &[object.0 as u32, 0]);
                    self.b().bind(done);
                }
            }
            Expression::ParenthesizedExpression(p) => self.delete(&p.expression)?,
            // `delete a?.b`: true when the chain short-circuits.
            Expression::ChainExpression(c) if c.expression.is_member_expression() => {
                let nil = self.b().new_label();
                let end = self.b().new_label();
                let outer = self.f().chain_nil.replace(nil);
                self.delete_member(c.expression.to_member_expression(), strict)?;
                self.f().chain_nil = outer;
                self.b().jump(Opcode::Jump, end);
                self.b().bind(nil);
                self.op(Opcode::LdaTrue);
                self.b().bind(end);
            }
            other => {
                self.expression(other)?;
                self.op(Opcode::LdaTrue);
            }
        }
        Ok(())
    }

    fn update(&mut self, u: &'a UpdateExpression<'a>) -> GenResult<()> {
        let op = if u.operator == UpdateOperator::Increment {
            Opcode::Inc
        } else {
            Opcode::Dec
        };
        let prefix = u.prefix;
        self.read_modify_write(&u.argument, |g| {
            let s = g.slot(FeedbackSlotKind::BinaryOp);
            g.emit(Opcode::ToNumeric, &[s]);
            let old = g.reg();
            if !prefix {
                g.star(old);
            }
            let s = g.slot(FeedbackSlotKind::BinaryOp);
            g.emit(op, &[s]);
            Ok(if prefix { None } else { Some(old) })
        })
    }

    pub(super) fn binary_opcode(op: BinaryOperator) -> Option<Opcode> {
        Some(match op {
            BinaryOperator::Addition => Opcode::Add,
            BinaryOperator::Subtraction => Opcode::Sub,
            BinaryOperator::Multiplication => Opcode::Mul,
            BinaryOperator::Division => Opcode::Div,
            BinaryOperator::Remainder => Opcode::Mod,
            BinaryOperator::Exponential => Opcode::Exp,
            BinaryOperator::BitwiseOR => Opcode::BitwiseOr,
            BinaryOperator::BitwiseXOR => Opcode::BitwiseXor,
            BinaryOperator::BitwiseAnd => Opcode::BitwiseAnd,
            BinaryOperator::ShiftLeft => Opcode::ShiftLeft,
            BinaryOperator::ShiftRight => Opcode::ShiftRight,
            BinaryOperator::ShiftRightZeroFill => Opcode::ShiftRightLogical,
            _ => return None,
        })
    }

    fn binary(&mut self, b: &'a BinaryExpression<'a>) -> GenResult<()> {
        let left = self.expression_to_reg(&b.left)?;
        self.expression(&b.right)?;
        self.pos(b.span);
        let l = left.0 as u32;
        if let Some(op) = Self::binary_opcode(b.operator) {
            let s = self.slot(FeedbackSlotKind::BinaryOp);
            self.emit(op, &[l, s]);
            return Ok(());
        }
        let s = self.slot(FeedbackSlotKind::Compare);
        let (op, negate) = match b.operator {
            BinaryOperator::Equality => (Opcode::TestEqual, false),
            BinaryOperator::Inequality => (Opcode::TestEqual, true),
            BinaryOperator::StrictEquality => (Opcode::TestEqualStrict, false),
            BinaryOperator::StrictInequality => (Opcode::TestEqualStrict, true),
            BinaryOperator::LessThan => (Opcode::TestLessThan, false),
            BinaryOperator::GreaterThan => (Opcode::TestGreaterThan, false),
            BinaryOperator::LessEqualThan => (Opcode::TestLessThanOrEqual, false),
            BinaryOperator::GreaterEqualThan => (Opcode::TestGreaterThanOrEqual, false),
            BinaryOperator::Instanceof => (Opcode::TestInstanceOf, false),
            BinaryOperator::In => (Opcode::TestIn, false),
            _ => unreachable!("arithmetic handled above"),
        };
        self.emit(op, &[l, s]);
        if negate {
            self.op(Opcode::LogicalNot);
        }
        Ok(())
    }

    fn logical(&mut self, l: &'a LogicalExpression<'a>) -> GenResult<()> {
        let end = self.b().new_label();
        self.expression(&l.left)?;
        let jump = match l.operator {
            LogicalOperator::And => Opcode::JumpIfToBooleanFalse,
            LogicalOperator::Or => Opcode::JumpIfToBooleanTrue,
            LogicalOperator::Coalesce => Opcode::JumpIfNotUndefinedOrNull,
        };
        self.b().jump(jump, end);
        self.expression(&l.right)?;
        self.b().bind(end);
        Ok(())
    }

    fn assignment(&mut self, a: &'a AssignmentExpression<'a>) -> GenResult<()> {
        // NamedEvaluation: `x = function () {}` (or `x ||= …`) names it x.
        let name = match &a.left {
            AssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
            _ => None,
        };
        match a.operator {
            AssignmentOperator::Assign => {
                if let Some(simple) = a.left.as_simple_assignment_target() {
                    // Evaluate the target's object first, as the spec orders it.
                    return self.simple_assign(simple, |g| g.expression_named(&a.right, name));
                }
                self.expression(&a.right)?;
                let value = self.reg();
                self.star(value);
                self.assign_target(&a.left)?;
                self.ldar(value);
                Ok(())
            }
            AssignmentOperator::LogicalAnd
            | AssignmentOperator::LogicalOr
            | AssignmentOperator::LogicalNullish => {
                let target = a
                    .left
                    .as_simple_assignment_target()
                    .expect("logical assignment to a simple target");
                let end = self.b().new_label();
                let jump = match a.operator {
                    AssignmentOperator::LogicalAnd => Opcode::JumpIfToBooleanFalse,
                    AssignmentOperator::LogicalOr => Opcode::JumpIfToBooleanTrue,
                    _ => Opcode::JumpIfNotUndefinedOrNull,
                };
                self.read_modify_write(target, |g| {
                    g.b().jump(jump, end);
                    g.expression_named(&a.right, name)?;
                    Ok(None)
                })?;
                self.b().bind(end);
                Ok(())
            }
            op => {
                let bin = op.to_binary_operator().expect("compound assignment");
                let opcode = Self::binary_opcode(bin).expect("arithmetic");
                let target = a
                    .left
                    .as_simple_assignment_target()
                    .expect("compound assignment to a simple target");
                self.read_modify_write(target, |g| {
                    let old = g.reg();
                    g.star(old);
                    g.expression(&a.right)?;
                    g.pos(a.span);
                    let s = g.slot(FeedbackSlotKind::BinaryOp);
                    g.emit(opcode, &[old.0 as u32, s]);
                    Ok(None)
                })
            }
        }
    }

    // ---- member access and calls ----

    /// Jumps to the optional chain's nil label if acc is nullish.
    fn optional_check(&mut self, optional: bool) {
        if optional && let Some(nil) = self.f().chain_nil {
            self.b().jump(Opcode::JumpIfUndefinedOrNull, nil);
        }
    }

    /// Loads a member expression; returns the register holding the object.
    pub(super) fn member_load(&mut self, m: &'a MemberExpression<'a>) -> GenResult<Reg> {
        if let Some(this) = self.super_object(m)? {
            return Ok(this);
        }
        self.expression(m.object())?;
        self.optional_check(m.optional());
        let obj = self.reg();
        self.star(obj);
        self.member_load_from(obj, m)?;
        Ok(obj)
    }

    /// acc = obj.<property of m>.
    pub(super) fn member_load_from(
        &mut self,
        obj: Reg,
        m: &'a MemberExpression<'a>,
    ) -> GenResult<()> {
        match m {
            MemberExpression::StaticMemberExpression(s) => {
                let c = self.string_constant(s.property.name.as_str());
                let slot = self.slot(FeedbackSlotKind::Load);
                self.pos(s.property.span);
                self.emit(Opcode::GetNamedProperty, &[obj.0 as u32, c, slot]);
            }
            MemberExpression::ComputedMemberExpression(c) => {
                self.expression(&c.expression)?;
                let slot = self.slot(FeedbackSlotKind::KeyedLoad);
                self.pos(c.span);
                self.emit(Opcode::GetKeyedProperty, &[obj.0 as u32, slot]);
            }
            MemberExpression::PrivateFieldExpression(p) => {
                self.load_private_name(p.field.name.as_str(), p.field.span)?;
                let slot = self.slot(FeedbackSlotKind::KeyedLoad);
                self.pos(p.span);
                self.emit(Opcode::GetKeyedProperty, &[obj.0 as u32, slot]);
            }
        }
        Ok(())
    }

    /// `super.x` / `super[x]`: acc = the value, returns the `this` register.
    fn super_object(&mut self, m: &'a MemberExpression<'a>) -> GenResult<Option<Reg>> {
        if !matches!(m.object(), Expression::Super(_)) {
            return Ok(None);
        }
        let this = self.reg();
        self.load_this(m.span());
        self.star(this);
        match m {
            MemberExpression::StaticMemberExpression(s) => {
                let c = self.string_constant(s.property.name.as_str());
                self.pos(s.property.span);
                self.emit(Opcode::GetNamedSuper, &[this.0 as u32, c]);
            }
            MemberExpression::ComputedMemberExpression(c) => {
                self.expression(&c.expression)?;
                self.pos(c.span);
                self.emit(Opcode::GetKeyedSuper, &[this.0 as u32]);
            }
            _ => return Err(self.error(m.span(), "unexpected private name on super")),
        }
        Ok(Some(this))
    }

    /// Evaluates a callee; returns (callee, receiver) registers.
    fn callee_and_receiver(&mut self, callee: &'a Expression<'a>) -> GenResult<(Reg, Reg)> {
        match callee {
            Expression::StaticMemberExpression(_)
            | Expression::ComputedMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                let receiver = self.member_load(callee.to_member_expression())?;
                let f = self.reg();
                self.star(f);
                Ok((f, receiver))
            }
            Expression::ParenthesizedExpression(p) => self.callee_and_receiver(&p.expression),
            // Inside `with`, a function found on the object is called on it.
            Expression::Identifier(id) if !self.withs.is_empty() => {
                let receiver = self.reg();
                self.op(Opcode::LdaUndefined);
                self.star(receiver);
                self.pos(id.span);
                self.load_variable_in_withs(id, false, Some(receiver));
                let f = self.reg();
                self.star(f);
                Ok((f, receiver))
            }
            _ => {
                let f = self.expression_to_reg(callee)?;
                let receiver = self.reg();
                self.op(Opcode::LdaUndefined);
                self.star(receiver);
                Ok((f, receiver))
            }
        }
    }

    fn has_spread(args: &[Argument]) -> bool {
        args.iter().any(|a| matches!(a, Argument::SpreadElement(_)))
    }

    /// Builds an array of the arguments (for calls with spread).
    fn arguments_array(&mut self, args: &'a [Argument<'a>]) -> GenResult<Reg> {
        self.op(Opcode::CreateEmptyArray);
        let arr = self.reg();
        self.star(arr);
        for a in args {
            match a {
                Argument::SpreadElement(s) => {
                    self.expression(&s.argument)?;
                    self.b()
                        .set_call_site(s.argument.span().start, s.argument.span().end);
                    self.emit(Opcode::ArraySpread, &[arr.0 as u32]);
                }
                _ => {
                    self.expression(a.to_expression())?;
                    self.emit(Opcode::ArrayPush, &[arr.0 as u32]);
                }
            }
        }
        Ok(arr)
    }

    /// Evaluates arguments into consecutive registers after `first`.
    fn arguments_into(&mut self, first: Reg, args: &'a [Argument<'a>]) -> GenResult<()> {
        for (i, a) in args.iter().enumerate() {
            self.expression(a.to_expression())?;
            self.star(Reg(first.0 + i as u16));
        }
        Ok(())
    }

    /// What code a direct eval at `c` may contain: at the top level, what
    /// an enclosing eval's code may (a module's code is a function's).
    fn eval_site(&self, c: &CallExpression) -> EvalSite {
        let site = self.analysis.eval_sites[&c.node_id.get()];
        if !site.top_level {
            return site;
        }
        match (&self.eval_scope, self.mode) {
            (Some(outer), _) => outer.site,
            (None, Mode::Module) => EvalSite {
                new_target: true,
                ..EvalSite::default()
            },
            (None, _) => EvalSite::default(),
        }
    }

    /// Where the `(` of a call whose callee ends at `end` is, and whether
    /// only white space and comments come before it (not `)` or `?.`).
    fn argument_list_start(&self, end: u32) -> (u32, bool) {
        let text = self.script.source.as_bytes();
        let (mut i, mut adjacent) = (end as usize, true);
        while i < text.len() {
            match (text[i], text.get(i + 1)) {
                (b'/', Some(b'/')) => {
                    i += text[i..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .unwrap_or(text.len() - i);
                }
                (b'/', Some(b'*')) => {
                    let close = text[i + 2..].windows(2).position(|w| w == b"*/");
                    i = close.map_or(text.len(), |c| i + 2 + c + 2);
                }
                (b'(', _) => break,
                (b, _) => {
                    adjacent &= b.is_ascii_whitespace();
                    i += 1;
                }
            }
        }
        (i as u32, adjacent)
    }

    fn call(&mut self, c: &'a CallExpression<'a>) -> GenResult<()> {
        if let Expression::Super(_) = &c.callee {
            return self.super_call(c);
        }
        let (callee, receiver) = self.callee_and_receiver(&c.callee)?;
        if c.optional {
            self.ldar(callee);
            self.optional_check(true);
        }
        // As V8 reports a call: at the callee's last token when that is a
        // name right before the arguments (`f()`, `o.f()`), else at the
        // argument list (`o[k]()`, `(f)()`, `f?.()`).
        let (list, adjacent) = self.argument_list_start(c.callee.span().end);
        let call_pos = match &c.callee {
            Expression::StaticMemberExpression(m) if adjacent => m.property.span,
            Expression::Identifier(id) if adjacent => id.span,
            _ => Span::empty(list),
        };
        if Self::has_spread(&c.arguments) {
            let arr = self.arguments_array(&c.arguments)?;
            self.pos(call_pos);
            self.b()
                .set_call_site(c.callee.span().start, c.callee.span().end);
            self.emit(
                Opcode::CallWithSpread,
                &[callee.0 as u32, receiver.0 as u32, arr.0 as u32],
            );
            return Ok(());
        }
        let n = c.arguments.len() as u32;
        if matches!(&c.callee, Expression::Identifier(id) if id.name == "eval") && !c.optional {
            // Maybe a direct eval: the runtime decides once it sees the
            // callee (callee, receiver, the site's EvalSite bits, the names
            // its code may not declare or undefined, arguments).
            let lead = 4;
            let args = self.b().alloc_registers(n + lead);
            self.ldar(callee);
            self.star(args);
            self.ldar(receiver);
            self.star(Reg(args.0 + 1));
            let site = self.eval_site(c);
            self.emit(Opcode::LdaSmi, &[site.bits()]);
            self.star(Reg(args.0 + 2));
            match self.f().parameter_names.clone() {
                Some(names) => {
                    let c = self.names_constant(&names);
                    self.emit(Opcode::LdaConstant, &[c]);
                }
                None => self.op(Opcode::LdaUndefined),
            }
            self.star(Reg(args.0 + 3));
            self.arguments_into(Reg(args.0 + lead as u16), &c.arguments)?;
            self.pos(call_pos);
            let eval = RuntimeFunction::DirectEval as u32;
            self.emit(Opcode::CallRuntime, &[eval, args.0 as u32, n + lead]);
            return Ok(());
        }
        let args = self.b().alloc_registers(n + 1);
        self.ldar(receiver);
        self.star(args);
        self.arguments_into(Reg(args.0 + 1), &c.arguments)?;
        self.pos(call_pos);
        self.b()
            .set_call_site(c.callee.span().start, c.callee.span().end);
        let s = self.slot(FeedbackSlotKind::Call);
        self.emit(Opcode::Call, &[callee.0 as u32, args.0 as u32, n, s]);
        Ok(())
    }

    fn super_call(&mut self, c: &'a CallExpression<'a>) -> GenResult<()> {
        self.pos(c.span);
        if Self::has_spread(&c.arguments) {
            let arr = self.arguments_array(&c.arguments)?;
            self.pos(c.span);
            self.emit(Opcode::SuperCallSpread, &[arr.0 as u32]);
        } else {
            let n = c.arguments.len() as u32;
            let args = self.b().alloc_registers(n.max(1));
            self.arguments_into(args, &c.arguments)?;
            self.pos(c.span);
            self.emit(Opcode::SuperCall, &[args.0 as u32, n]);
        }
        Ok(())
    }

    fn new_expression(&mut self, n: &'a NewExpression<'a>) -> GenResult<()> {
        let callee = self.expression_to_reg(&n.callee)?;
        if Self::has_spread(&n.arguments) {
            let arr = self.arguments_array(&n.arguments)?;
            self.pos(n.span);
            self.b()
                .set_call_site(n.callee.span().start, n.callee.span().end);
            self.emit(
                Opcode::ConstructWithSpread,
                &[callee.0 as u32, arr.0 as u32],
            );
            return Ok(());
        }
        let count = n.arguments.len() as u32;
        let args = self.b().alloc_registers(count.max(1));
        self.arguments_into(args, &n.arguments)?;
        self.pos(n.span);
        self.b()
            .set_call_site(n.callee.span().start, n.callee.span().end);
        let s = self.slot(FeedbackSlotKind::Call);
        self.emit(
            Opcode::Construct,
            &[callee.0 as u32, args.0 as u32, count, s],
        );
        Ok(())
    }

    fn intrinsic(&mut self, v: &'a V8IntrinsicExpression<'a>) -> GenResult<()> {
        let name = v.name.name.as_str();
        let Some(id) = RuntimeFunction::intrinsic(name) else {
            return Err(self.error(v.span, &format!("Unknown intrinsic %{name}")));
        };
        let n = v.arguments.len() as u32;
        let args = self.b().alloc_registers(n.max(1));
        self.arguments_into(args, &v.arguments)?;
        self.pos(v.span);
        self.emit(Opcode::CallRuntime, &[id as u32, args.0 as u32, n]);
        Ok(())
    }

    // ---- generators ----

    fn yield_expression(&mut self, y: &'a YieldExpression<'a>) -> GenResult<()> {
        if y.delegate {
            return self.yield_star(y);
        }
        match &y.argument {
            Some(a) => self.expression(a)?,
            None => self.op(Opcode::LdaUndefined),
        }
        self.emit_yield();
        Ok(())
    }

    /// Awaits acc: suspends until it settles; acc is then the value, or
    /// the reason is thrown.
    pub(super) fn emit_await(&mut self) {
        let mode = self.f().resume_mode.expect("await in an async body");
        self.emit(Opcode::Await, &[mode.0 as u32]);
        let sent = self.reg();
        self.star(sent);
        let fulfilled = self.b().new_label();
        self.emit(
            Opcode::LdaSmi,
            &[crate::bytecode::opcodes::resume_mode::THROW as u32],
        );
        let s = self.slot(FeedbackSlotKind::Compare);
        self.emit(Opcode::TestEqualStrict, &[mode.0 as u32, s]);
        self.b().jump(Opcode::JumpIfFalse, fulfilled);
        self.ldar(sent);
        self.op(Opcode::ReThrow);
        self.b().bind(fulfilled);
        self.ldar(sent);
    }

    /// Returns acc from an async generator, which awaits it first.
    pub(super) fn emit_async_generator_return(&mut self) {
        self.emit_await();
        self.emit_return();
    }

    fn is_async_generator(&mut self) -> bool {
        let f = self.f();
        f.is_async && f.kind == FunctionKind::Generator
    }

    /// Yields acc (an async generator awaits it first); after resumption
    /// handles return/throw, leaving the sent value in acc.
    fn emit_yield(&mut self) {
        let mode = self.f().resume_mode.expect("yield in a generator");
        let is_async = self.is_async_generator();
        if is_async {
            self.emit_await();
        }
        self.emit(Opcode::Yield, &[mode.0 as u32]);
        let sent = self.reg();
        self.star(sent);
        let not_return = self.b().new_label();
        let not_throw = self.b().new_label();
        self.emit(
            Opcode::LdaSmi,
            &[crate::bytecode::opcodes::resume_mode::RETURN as u32],
        );
        let s = self.slot(FeedbackSlotKind::Compare);
        self.emit(Opcode::TestEqualStrict, &[mode.0 as u32, s]);
        self.b().jump(Opcode::JumpIfFalse, not_return);
        self.ldar(sent);
        if is_async {
            self.emit_async_generator_return();
        } else {
            self.emit_return();
        }
        self.b().bind(not_return);
        self.emit(
            Opcode::LdaSmi,
            &[crate::bytecode::opcodes::resume_mode::THROW as u32],
        );
        let s = self.slot(FeedbackSlotKind::Compare);
        self.emit(Opcode::TestEqualStrict, &[mode.0 as u32, s]);
        self.b().jump(Opcode::JumpIfFalse, not_throw);
        self.ldar(sent);
        self.op(Opcode::Throw);
        self.b().bind(not_throw);
        self.ldar(sent);
    }

    /// `yield* iterable`: forwards next/throw/return to the inner iterator.
    fn yield_star(&mut self, y: &'a YieldExpression<'a>) -> GenResult<()> {
        let mode = self.f().resume_mode.expect("yield in a generator");
        let is_async = self.is_async_generator();
        self.expression(y.argument.as_ref().expect("yield* has an operand"))?;
        let iterator = self.reg();
        self.emit_get_iterator(iterator, is_async);
        // The iterator record's `next`, read once.
        let next = self.reg();
        let c = self.string_constant("next");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[iterator.0 as u32, c, s]);
        self.star(next);
        let received = self.reg();
        self.op(Opcode::LdaUndefined);
        self.star(received);
        self.emit(Opcode::LdaSmi, &[0]);
        self.star(mode);
        let args = self.b().alloc_registers(4);
        let top = self.b().new_bound_label();
        let done = self.b().new_label();
        // The resume mode of this step (an await below overwrites `mode`).
        let step_mode = self.reg();
        self.ldar(mode);
        self.star(step_mode);
        // result = %YieldStarStep(iterator, mode, received, next); the
        // runtime picks next/throw/return and checks the result.
        self.ldar(iterator);
        self.star(args);
        self.ldar(step_mode);
        self.star(Reg(args.0 + 1));
        self.ldar(received);
        self.star(Reg(args.0 + 2));
        self.ldar(next);
        self.star(Reg(args.0 + 3));
        // An async inner iterator's result is awaited before it is checked.
        let step = if is_async {
            RuntimeFunction::AsyncYieldStarStep
        } else {
            RuntimeFunction::YieldStarStep
        };
        self.emit(Opcode::CallRuntime, &[step as u32, args.0 as u32, 4]);
        if is_async {
            self.emit_await();
            let c = self.string_constant("Iterator result");
            self.emit(Opcode::ThrowIfNotObject, &[c]);
        }
        let result = self.reg();
        self.star(result);
        let c = self.string_constant("done");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[result.0 as u32, c, s]);
        self.b().jump(Opcode::JumpIfToBooleanTrue, done);
        let c = self.string_constant("value");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[result.0 as u32, c, s]);
        self.emit(Opcode::Yield, &[mode.0 as u32]);
        self.star(received);
        self.b().jump(Opcode::JumpLoop, top);
        self.b().bind(done);
        let c = self.string_constant("value");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[result.0 as u32, c, s]);
        // A `return` forwarded to an inner iterator that finished returns
        // from this generator too.
        let not_return = self.b().new_label();
        let value = self.reg();
        self.star(value);
        self.emit(
            Opcode::LdaSmi,
            &[crate::bytecode::opcodes::resume_mode::RETURN as u32],
        );
        let s = self.slot(FeedbackSlotKind::Compare);
        self.emit(Opcode::TestEqualStrict, &[step_mode.0 as u32, s]);
        self.b().jump(Opcode::JumpIfFalse, not_return);
        self.ldar(value);
        if is_async {
            self.emit_async_generator_return();
        } else {
            self.emit_return();
        }
        self.b().bind(not_return);
        self.ldar(value);
        Ok(())
    }

    /// acc = the private name `#name`: declared by a class being compiled,
    /// or by one around a direct eval's caller.
    pub(super) fn load_private_name(&mut self, name: &str, span: oxc_span::Span) -> GenResult<()> {
        let name = format!("#{name}");
        let loc = self
            .private_names
            .iter()
            .rev()
            .find_map(|m| m.get(&name).copied())
            .or_else(|| self.eval_scope.as_ref()?.private_name(&name));
        match loc {
            Some(loc) => {
                self.load_loc(loc, &name);
                Ok(())
            }
            None => Err(self.error(
                span,
                &format!("Private field '{name}' must be declared in an enclosing class"),
            )),
        }
    }
}

/// oxc encodes lone surrogates as U+FFFD followed by four hex digits.
fn decode_lone_surrogates(s: &str) -> Vec<u16> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{FFFD}' {
            let hex: String = chars.by_ref().take(4).collect();
            out.push(u16::from_str_radix(&hex, 16).unwrap_or(0xFFFD));
        } else {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    out
}
