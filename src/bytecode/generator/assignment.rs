//! Assignment targets: identifiers, members, and destructuring patterns
//! (binding patterns of declarations and parameters, and assignment
//! patterns). The value to assign is always in the accumulator.

use oxc_ast::ast::*;
use oxc_span::GetSpan;

use super::super::builder::Reg;
use super::super::opcodes::Opcode;
use super::control::Control;
use super::{GenResult, Generator};
use crate::feedback::FeedbackSlotKind;
use crate::interpreter::runtime_functions::RuntimeFunction;

/// An element of an array or object pattern, binding or assignment form.
enum Target<'a> {
    Binding(&'a BindingPattern<'a>),
    Assign(&'a AssignmentTarget<'a>),
    AssignDefault(&'a AssignmentTargetWithDefault<'a>),
    IdentifierDefault(&'a IdentifierReference<'a>, Option<&'a Expression<'a>>),
}

impl<'a> Target<'a> {
    /// A member expression assigned to (`o.x`, `o[k]`, `o.#x`, with its
    /// default if any): its reference is evaluated before the value.
    fn member_reference(
        &self,
    ) -> Option<(&'a SimpleAssignmentTarget<'a>, Option<&'a Expression<'a>>)> {
        let (target, default) = match self {
            Target::Assign(t) => (*t, None),
            Target::AssignDefault(d) => (&d.binding, Some(&d.init)),
            _ => return None,
        };
        let member = target.as_simple_assignment_target()?;
        member.is_member_expression().then_some((member, default))
    }
}

impl<'a> Generator<'a, '_> {
    /// Binds acc to a declaration pattern. `init`: a declaration's own
    /// initialization (TDZ ends here).
    pub(super) fn assign_pattern(
        &mut self,
        p: &'a BindingPattern<'a>,
        init: bool,
    ) -> GenResult<()> {
        let mark = self.mark();
        match p {
            BindingPattern::BindingIdentifier(id) => self.store_binding(id, init),
            BindingPattern::AssignmentPattern(a) => {
                let name = match &a.left {
                    BindingPattern::BindingIdentifier(id) => Some(id.name.as_str()),
                    _ => None,
                };
                self.apply_default(&a.right, name)?;
                self.assign_pattern(&a.left, init)?;
            }
            BindingPattern::ObjectPattern(o) => {
                let props: Vec<_> = o
                    .properties
                    .iter()
                    .map(|p| (&p.key, p.computed, Target::Binding(&p.value)))
                    .collect();
                let rest = o.rest.as_ref().map(|r| Target::Binding(&r.argument));
                self.object_pattern(props, rest, init)?;
            }
            BindingPattern::ArrayPattern(a) => {
                let elements = a
                    .elements
                    .iter()
                    .map(|e| e.as_ref().map(Target::Binding))
                    .collect();
                let rest = a.rest.as_ref().map(|r| Target::Binding(&r.argument));
                self.array_pattern(elements, rest, init)?;
            }
        }
        self.release(mark);
        Ok(())
    }

    /// Assigns acc to an assignment target (`a = …`, `[a, b] = …`).
    pub(super) fn assign_target(&mut self, t: &'a AssignmentTarget<'a>) -> GenResult<()> {
        let mark = self.mark();
        match t {
            AssignmentTarget::ArrayAssignmentTarget(a) => {
                let elements = a
                    .elements
                    .iter()
                    .map(|e| {
                        e.as_ref().map(|e| match e {
                            AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => {
                                Target::AssignDefault(d)
                            }
                            other => Target::Assign(other.to_assignment_target()),
                        })
                    })
                    .collect();
                let rest = a.rest.as_ref().map(|r| Target::Assign(&r.target));
                self.array_pattern(elements, rest, false)?;
            }
            AssignmentTarget::ObjectAssignmentTarget(o) => {
                let mut props = Vec::new();
                for p in &o.properties {
                    match p {
                        AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(id) => {
                            let target = Target::IdentifierDefault(&id.binding, id.init.as_ref());
                            props.push((None, false, target, Some(id.binding.name.as_str())));
                        }
                        AssignmentTargetProperty::AssignmentTargetPropertyProperty(pp) => {
                            let target = match &pp.binding {
                                AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => {
                                    Target::AssignDefault(d)
                                }
                                other => Target::Assign(other.to_assignment_target()),
                            };
                            props.push((Some(&pp.name), pp.computed, target, None));
                        }
                    }
                }
                let rest = o.rest.as_ref().map(|r| Target::Assign(&r.target));
                self.object_assignment_pattern(props, rest)?;
            }
            simple => {
                let simple = simple.to_simple_assignment_target();
                let value = self.reg();
                self.star(value);
                self.simple_assign(simple, |g| {
                    g.ldar(value);
                    Ok(())
                })?;
            }
        }
        self.release(mark);
        Ok(())
    }

    fn assign_element(&mut self, t: &Target<'a>, init: bool) -> GenResult<()> {
        match t {
            Target::Binding(p) => self.assign_pattern(p, init),
            Target::Assign(a) => self.assign_target(a),
            Target::AssignDefault(d) => {
                let name = match &d.binding {
                    AssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
                    _ => None,
                };
                self.apply_default(&d.init, name)?;
                self.assign_target(&d.binding)
            }
            Target::IdentifierDefault(id, init_expr) => {
                if let Some(init_expr) = init_expr {
                    self.apply_default(init_expr, Some(id.name.as_str()))?;
                }
                let symbol = self.resolve_reference(id);
                self.store_variable(id.name.as_str(), symbol, false, id.span.start);
                Ok(())
            }
        }
    }

    /// If acc is undefined, replaces it with the default's value.
    fn apply_default(&mut self, default: &'a Expression<'a>, name: Option<&str>) -> GenResult<()> {
        let has_value = self.b().new_label();
        self.b().jump(Opcode::JumpIfNotUndefined, has_value);
        self.expression_named(default, name)?;
        self.b().bind(has_value);
        Ok(())
    }

    fn array_pattern(
        &mut self,
        elements: Vec<Option<Target<'a>>>,
        rest: Option<Target<'a>>,
        init: bool,
    ) -> GenResult<()> {
        self.op(Opcode::GetIterator);
        let regs = self.b().alloc_registers(3);
        let (iterator, next, done) = (regs, Reg(regs.0 + 1), Reg(regs.0 + 2));
        self.star(iterator);
        let c = self.string_constant("next");
        let s = self.slot(FeedbackSlotKind::Load);
        self.emit(Opcode::GetNamedProperty, &[iterator.0 as u32, c, s]);
        self.star(next);
        self.op(Opcode::LdaFalse);
        self.star(done);
        // A throw while assigning an element (a default, a setter, a
        // nested pattern) closes the iterator unless it is done; a throw
        // from the iterator itself (the step calls) does not. So does a
        // generator's return() at a `yield` in a default (through the
        // control stack).
        self.f().control.push(Control::IteratorClose {
            iterator,
            is_async: false,
            done: Some(done),
        });
        let context = self.reg();
        self.emit(Opcode::SaveContext, &[context.0 as u32]);
        let mut assignments = Vec::new();
        let steps = elements
            .iter()
            .map(|e| (e.as_ref(), RuntimeFunction::DestructureStep))
            .chain(
                rest.iter()
                    .map(|t| (Some(t), RuntimeFunction::DestructureRest)),
            );
        for (target, step) in steps {
            let step_call = |g: &mut Self| {
                g.emit(Opcode::CallRuntime, &[step as u32, regs.0 as u32, 3]);
            };
            let Some(target) = target else {
                step_call(self);
                continue;
            };
            // The handler covers the target's code but not the step: a
            // throw from the iterator itself does not close it.
            let start = self.b().offset();
            let mut step_range = (0, 0);
            self.assign_element_from(target, init, |g| {
                step_range.0 = g.b().offset();
                step_call(g);
                step_range.1 = g.b().offset();
                Ok(())
            })?;
            if start < step_range.0 {
                assignments.push((start, step_range.0));
            }
            assignments.push((step_range.1, self.b().offset()));
        }
        self.f().control.pop();
        let skip = self.b().new_label();
        self.ldar(done);
        self.b().jump(Opcode::JumpIfTrue, skip);
        self.emit(
            Opcode::CallRuntime,
            &[RuntimeFunction::IteratorClose as u32, iterator.0 as u32, 1],
        );
        if !assignments.is_empty() {
            self.b().jump(Opcode::Jump, skip);
            let handler = self.b().new_bound_label();
            for (start, end) in assignments {
                self.b().add_handler(start, end, handler, context);
            }
            let exception = self.reg();
            self.star(exception);
            let rethrow = self.b().new_label();
            self.ldar(done);
            self.b().jump(Opcode::JumpIfTrue, rethrow);
            let close = RuntimeFunction::IteratorCloseQuietly as u32;
            self.emit(Opcode::CallRuntime, &[close, iterator.0 as u32, 1]);
            self.b().bind(rethrow);
            self.ldar(exception);
            self.op(Opcode::ReThrow);
        }
        self.b().bind(skip);
        Ok(())
    }

    #[allow(clippy::type_complexity)]
    fn object_pattern(
        &mut self,
        props: Vec<(&'a PropertyKey<'a>, bool, Target<'a>)>,
        rest: Option<Target<'a>>,
        init: bool,
    ) -> GenResult<()> {
        let props = props
            .into_iter()
            .map(|(k, c, t)| (Some(k), c, t, None))
            .collect();
        self.object_pattern_impl(props, rest, init)
    }

    #[allow(clippy::type_complexity)]
    fn object_assignment_pattern(
        &mut self,
        props: Vec<(
            Option<&'a PropertyKey<'a>>,
            bool,
            Target<'a>,
            Option<&'a str>,
        )>,
        rest: Option<Target<'a>>,
    ) -> GenResult<()> {
        self.object_pattern_impl(props, rest, false)
    }

    #[allow(clippy::type_complexity)]
    fn object_pattern_impl(
        &mut self,
        props: Vec<(
            Option<&'a PropertyKey<'a>>,
            bool,
            Target<'a>,
            Option<&'a str>,
        )>,
        rest: Option<Target<'a>>,
        init: bool,
    ) -> GenResult<()> {
        let n = props.len() as u16;
        let regs = self.b().alloc_registers(n as u32 + 1);
        let value = regs;
        self.star(value);
        // V8 names the first property in the error for null/undefined.
        let first_name = props.first().and_then(|(key, computed, _, shorthand)| {
            static_property_name(*key, *computed, *shorthand)
        });
        let argc = match first_name {
            Some(name) => {
                self.load_string(&name);
                self.star(Reg(regs.0 + 1));
                2
            }
            None => 1,
        };
        self.emit(
            Opcode::CallRuntime,
            &[
                RuntimeFunction::RequireObjectCoercible as u32,
                value.0 as u32,
                argc,
            ],
        );
        for (i, (key, computed, target, shorthand)) in props.iter().enumerate() {
            let key_reg = Reg(regs.0 + 1 + i as u16);
            let static_name = static_property_name(*key, *computed, *shorthand);
            match &static_name {
                Some(name) => self.load_string(name),
                None => {
                    // (Converted at once: before the target's reference.)
                    let key = key.expect("computed or literal key");
                    let (k, _) = self.property_key(key)?;
                    self.ldar(k);
                }
            }
            self.star(key_reg);
            self.assign_element_from(target, init, |g| {
                match &static_name {
                    Some(name) => {
                        let c = g.string_constant(name);
                        let s = g.slot(FeedbackSlotKind::Load);
                        g.emit(Opcode::GetNamedProperty, &[value.0 as u32, c, s]);
                    }
                    None => {
                        g.ldar(key_reg);
                        let s = g.slot(FeedbackSlotKind::KeyedLoad);
                        g.emit(Opcode::GetKeyedProperty, &[value.0 as u32, s]);
                    }
                }
                Ok(())
            })?;
        }
        if let Some(t) = &rest {
            self.assign_element_from(t, init, |g| {
                let copy = RuntimeFunction::CopyDataPropertiesExcluding as u32;
                g.emit(Opcode::CallRuntime, &[copy, regs.0 as u32, n as u32 + 1]);
                Ok(())
            })?;
        }
        Ok(())
    }

    /// Assigns the value `produce` leaves in acc to an element target: a
    /// member target's reference is evaluated first (and its default
    /// applied after), anything else gets the value first.
    fn assign_element_from(
        &mut self,
        target: &Target<'a>,
        init: bool,
        produce: impl FnOnce(&mut Self) -> GenResult<()>,
    ) -> GenResult<()> {
        match target.member_reference() {
            Some((member, default)) => self.simple_assign(member, |g| {
                produce(g)?;
                match default {
                    Some(d) => g.apply_default(d, None),
                    None => Ok(()),
                }
            }),
            None => {
                produce(self)?;
                self.assign_element(target, init)
            }
        }
    }

    /// `target = <value>` for simple targets; the object (and key) are
    /// evaluated before the value. acc is the value afterwards.
    pub(super) fn simple_assign(
        &mut self,
        t: &'a SimpleAssignmentTarget<'a>,
        value: impl FnOnce(&mut Self) -> GenResult<()>,
    ) -> GenResult<()> {
        match t {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                value(self)?;
                let symbol = self.resolve_reference(id);
                self.pos(id.span);
                self.store_variable(id.name.as_str(), symbol, false, id.span.start);
            }
            SimpleAssignmentTarget::StaticMemberExpression(m) => {
                let obj = self.object_of(&m.object)?;
                value(self)?;
                let c = self.string_constant(m.property.name.as_str());
                let s = self.slot(FeedbackSlotKind::Store);
                self.pos(m.property.span);
                self.store_named(obj, c, s, matches!(m.object, Expression::Super(_)));
            }
            SimpleAssignmentTarget::ComputedMemberExpression(m) => {
                let obj = self.object_of(&m.object)?;
                let key = self.expression_to_reg(&m.expression)?;
                value(self)?;
                self.pos(m.span);
                self.store_keyed(obj, key, matches!(m.object, Expression::Super(_)));
            }
            SimpleAssignmentTarget::PrivateFieldExpression(p) => {
                let obj = self.expression_to_reg(&p.object)?;
                self.load_private_name(p.field.name.as_str(), p.field.span)?;
                let key = self.reg();
                self.star(key);
                value(self)?;
                self.pos(p.span);
                self.store_keyed(obj, key, false);
            }
            other => return Err(self.error(other.span(), "TypeScript syntax is not supported")),
        }
        Ok(())
    }

    /// The object of a member target (`this` for `super.x`).
    fn object_of(&mut self, object: &'a Expression<'a>) -> GenResult<Reg> {
        if let Expression::Super(s) = object {
            let r = self.reg();
            self.load_this(s.span);
            self.star(r);
            return Ok(r);
        }
        self.expression_to_reg(object)
    }

    fn store_named(&mut self, obj: Reg, name_const: u32, slot: u32, is_super: bool) {
        if is_super {
            // The store's position belongs to SetKeyedSuper, not to the
            // moves before it.
            let position = self.b().take_position();
            let key = self.reg();
            let value = self.reg();
            self.star(value);
            self.emit(Opcode::LdaConstant, &[name_const]);
            self.star(key);
            self.ldar(value);
            if let Some(p) = position {
                self.b().set_position(p);
            }
            self.emit(Opcode::SetKeyedSuper, &[obj.0 as u32, key.0 as u32]);
        } else {
            self.emit(Opcode::SetNamedProperty, &[obj.0 as u32, name_const, slot]);
        }
    }

    fn store_keyed(&mut self, obj: Reg, key: Reg, is_super: bool) {
        if is_super {
            self.emit(Opcode::SetKeyedSuper, &[obj.0 as u32, key.0 as u32]);
        } else {
            let s = self.slot(FeedbackSlotKind::KeyedStore);
            self.emit(Opcode::SetKeyedProperty, &[obj.0 as u32, key.0 as u32, s]);
        }
    }

    /// Compound assignment and update: loads the target into acc, lets
    /// `modify` compute the new value into acc (optionally returning the
    /// register whose value the expression evaluates to), stores it.
    pub(super) fn read_modify_write(
        &mut self,
        t: &'a SimpleAssignmentTarget<'a>,
        modify: impl FnOnce(&mut Self) -> GenResult<Option<Reg>>,
    ) -> GenResult<()> {
        let result = match t {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                self.pos(id.span);
                self.load_variable_in_withs(id, false, None);
                let r = modify(self)?;
                let symbol = self.resolve_reference(id);
                self.store_variable(id.name.as_str(), symbol, false, id.span.start);
                r
            }
            SimpleAssignmentTarget::StaticMemberExpression(m) => {
                let is_super = matches!(m.object, Expression::Super(_));
                let obj = self.object_of(&m.object)?;
                let c = self.string_constant(m.property.name.as_str());
                self.pos(m.property.span);
                if is_super {
                    self.emit(Opcode::GetNamedSuper, &[obj.0 as u32, c]);
                } else {
                    let s = self.slot(FeedbackSlotKind::Load);
                    self.emit(Opcode::GetNamedProperty, &[obj.0 as u32, c, s]);
                }
                let r = modify(self)?;
                let s = self.slot(FeedbackSlotKind::Store);
                self.pos(m.property.span);
                self.store_named(obj, c, s, is_super);
                r
            }
            SimpleAssignmentTarget::ComputedMemberExpression(m) => {
                let is_super = matches!(m.object, Expression::Super(_));
                let obj = self.object_of(&m.object)?;
                let key = self.expression_to_reg(&m.expression)?;
                self.ldar(key);
                self.pos(m.span);
                if is_super {
                    self.emit(Opcode::GetKeyedSuper, &[obj.0 as u32]);
                } else {
                    let s = self.slot(FeedbackSlotKind::KeyedLoad);
                    self.emit(Opcode::GetKeyedProperty, &[obj.0 as u32, s]);
                }
                let r = modify(self)?;
                self.pos(m.span);
                self.store_keyed(obj, key, is_super);
                r
            }
            SimpleAssignmentTarget::PrivateFieldExpression(p) => {
                let obj = self.expression_to_reg(&p.object)?;
                self.load_private_name(p.field.name.as_str(), p.field.span)?;
                let key = self.reg();
                self.star(key);
                let s = self.slot(FeedbackSlotKind::KeyedLoad);
                self.emit(Opcode::GetKeyedProperty, &[obj.0 as u32, s]);
                let r = modify(self)?;
                self.store_keyed(obj, key, false);
                r
            }
            other => return Err(self.error(other.span(), "TypeScript syntax is not supported")),
        };
        if let Some(r) = result {
            self.ldar(r);
        }
        Ok(())
    }
}

/// The name of a pattern property known without running code: a shorthand
/// binding or a plain identifier key.
fn static_property_name(
    key: Option<&PropertyKey<'_>>,
    computed: bool,
    shorthand: Option<&str>,
) -> Option<String> {
    match (key, shorthand) {
        (_, Some(name)) => Some(name.to_string()),
        (Some(PropertyKey::StaticIdentifier(id)), _) if !computed => Some(id.name.to_string()),
        _ => None,
    }
}
