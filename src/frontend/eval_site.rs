//! What code given to a direct `eval` may contain beyond a script's syntax,
//! decided by where the call is written (V8 reads the same facts from the
//! caller's ScopeInfo): `new.target` inside functions, `super.x` inside
//! methods, `super()` inside derived constructors, and no `arguments` in
//! class field initializers (ES2022 PerformEval, steps 5–8).

use oxc_ast::AstKind;
use oxc_ast::ast::{MethodDefinitionKind, PropertyKind};
use oxc_semantic::{AstNodes, Semantic};
use oxc_span::GetSpan;
use oxc_syntax::node::NodeId;

use oxc_diagnostics::OxcDiagnostic;

use super::SyntaxError;
use super::syntax_error::{EarlyError, offset_of};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvalSite {
    pub new_target: bool,
    pub super_property: bool,
    pub super_call: bool,
    /// Inside a class field initializer or static block (through arrows).
    pub in_field_initializer: bool,
    /// Written at the top level (through arrows): the code around the call
    /// decides, an enclosing eval's site or a module's function wrapper.
    pub top_level: bool,
}

impl EvalSite {
    /// The site of the `eval(…)` call at `call`.
    pub fn of_call(nodes: &AstNodes, call: NodeId) -> EvalSite {
        let at = nodes.kind(call).span();
        for ancestor in nodes.ancestors(call) {
            match ancestor.kind() {
                AstKind::Function(_) => {
                    let (super_property, super_call) = method_of(nodes, ancestor.id());
                    return EvalSite {
                        new_target: true,
                        super_property,
                        super_call,
                        ..EvalSite::default()
                    };
                }
                AstKind::PropertyDefinition(p)
                    if p.value
                        .as_ref()
                        .is_some_and(|v| v.span().contains_inclusive(at)) =>
                {
                    return EvalSite::FIELD_INITIALIZER;
                }
                AstKind::StaticBlock(_) => return EvalSite::FIELD_INITIALIZER,
                _ => {}
            }
        }
        EvalSite {
            top_level: true,
            ..EvalSite::default()
        }
    }

    const FIELD_INITIALIZER: EvalSite = EvalSite {
        new_target: true,
        super_property: true,
        super_call: false,
        in_field_initializer: true,
        top_level: false,
    };

    /// As a Smi operand of the DirectEval runtime call.
    pub fn bits(self) -> u32 {
        [
            self.new_target,
            self.super_property,
            self.super_call,
            self.in_field_initializer,
            self.top_level,
        ]
        .iter()
        .enumerate()
        .map(|(i, &b)| (b as u32) << i)
        .sum()
    }

    pub fn from_bits(bits: u32) -> EvalSite {
        let bit = |i: u32| bits & (1 << i) != 0;
        EvalSite {
            new_target: bit(0),
            super_property: bit(1),
            super_call: bit(2),
            in_field_initializer: bit(3),
            top_level: bit(4),
        }
    }

    /// Whether eval code parsed for this site keeps a diagnostic oxc
    /// reports as if it were a script (`private_names` are those of the
    /// classes around the call).
    pub(super) fn keeps(
        self,
        semantic: &Semantic,
        diagnostic: &OxcDiagnostic,
        private_names: &[String],
    ) -> bool {
        let (message, offset) = (&diagnostic.message, offset_of(diagnostic));
        // Only outside the eval code's own functions (arrows see the
        // caller's `super`): those have their own rules.
        let at_top = || {
            let nodes = semantic.nodes();
            let node = nodes
                .iter()
                .find(|n| matches!(n.kind(), AstKind::Super(_)) && n.kind().span().start == offset);
            node.is_some_and(|n| {
                !nodes
                    .ancestors(n.id())
                    .any(|a| matches!(a.kind(), AstKind::Function(_)))
            })
        };
        match EarlyError::of(message) {
            EarlyError::SuperProperty => !(self.super_property && at_top()),
            EarlyError::SuperCall => !(self.super_call && at_top()),
            EarlyError::UndeclaredPrivate(name) => !private_names.iter().any(|p| p == name),
            EarlyError::Redeclared(_) | EarlyError::Other => true,
        }
    }

    /// ContainsArguments of eval code in a field initializer.
    pub(super) fn early_errors(self, semantic: &Semantic) -> Result<(), SyntaxError> {
        if !self.in_field_initializer {
            return Ok(());
        }
        let scoping = semantic.scoping();
        let nodes = semantic.nodes();
        for (name, refs) in scoping.root_unresolved_references() {
            if name.as_str() != "arguments" {
                continue;
            }
            for &r in refs {
                let node = scoping.get_reference(r).node_id();
                let in_function = nodes
                    .ancestors(node)
                    .any(|a| matches!(a.kind(), AstKind::Function(_)));
                if !in_function {
                    return Err(SyntaxError {
                        message: "'arguments' is not allowed in class field initializer or \
                                  static initialization block"
                            .into(),
                        offset: nodes.kind(node).span().start,
                    });
                }
            }
        }
        Ok(())
    }
}

/// Whether the function at `function` is a method (it may use `super.x`)
/// and whether it is a derived class's constructor (`super()`).
fn method_of(nodes: &AstNodes, function: NodeId) -> (bool, bool) {
    match nodes.parent_kind(function) {
        AstKind::MethodDefinition(m) => {
            // The nearest class is the method's own.
            let extends = nodes.ancestors(function).find_map(|a| match a.kind() {
                AstKind::Class(c) => Some(c.heritage.is_some()),
                _ => None,
            });
            (
                true,
                m.kind == MethodDefinitionKind::Constructor && extends == Some(true),
            )
        }
        AstKind::ObjectProperty(p) => (p.method || p.kind != PropertyKind::Init, false),
        _ => (false, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_round_trip() {
        for bits in 0..32 {
            assert_eq!(EvalSite::from_bits(bits).bits(), bits);
        }
    }

    #[test]
    fn sites_follow_the_enclosing_function() {
        let sites = |source: &str| {
            super::super::parse(source, false, |_, semantic| {
                let analysis = super::super::Analysis::run(semantic);
                let mut sites: Vec<_> = analysis.eval_sites.into_iter().collect();
                sites.sort_by_key(|(id, _)| *id);
                sites.into_iter().map(|(_, s)| s).collect::<Vec<_>>()
            })
            .unwrap()
        };
        let [top, function, method, ctor, arrow_in_field, field] = sites(
            "eval(); function f() { eval(); } class B {} \
             class C extends B { m() { eval(); } constructor() { eval(); } x = () => eval(); } \
             class D { y = eval(); }",
        )[..] else {
            panic!("six eval calls")
        };
        assert!(top.top_level && !top.new_target);
        assert!(function.new_target && !function.super_property);
        assert!(method.super_property && !method.super_call);
        assert!(ctor.super_call);
        assert!(arrow_in_field.in_field_initializer && arrow_in_field.super_property);
        assert!(field.in_field_initializer && !field.super_call);
    }
}
