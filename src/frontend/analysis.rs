//! Capture and `arguments` analysis over oxc_semantic's scope tree.

use std::collections::{HashMap, HashSet};

use oxc_ast::AstKind;
use oxc_ast::ast::Expression;
use oxc_semantic::Semantic;
use oxc_syntax::node::NodeId;
use oxc_syntax::scope::ScopeId;
use oxc_syntax::symbol::SymbolId;

use super::EvalSite;

pub struct Analysis {
    /// Variables referenced from a function other than the one declaring
    /// them: they are allocated in contexts.
    pub captured: HashSet<SymbolId>,
    /// Non-arrow functions (by node id) whose body uses `arguments`; the
    /// flag says whether an arrow inside uses it (so it must be captured).
    pub uses_arguments: HashMap<NodeId, bool>,
    /// Scopes a direct `eval(…)` call sits in (and all their ancestors):
    /// their variables live in contexts that record their names, so eval
    /// code can find them at run time.
    pub eval_scopes: HashSet<ScopeId>,
    /// Functions (and the program) whose own body calls `eval(…)`.
    pub eval_functions: HashSet<NodeId>,
    /// Each `eval(…)` call (by node id) and what its code may contain.
    pub eval_sites: HashMap<NodeId, EvalSite>,
}

/// Whether a node starts a new function for the bytecode generator (class
/// field initializers and static blocks are compiled as functions).
fn is_function_boundary(kind: &AstKind) -> bool {
    matches!(
        kind,
        AstKind::Function(_)
            | AstKind::ArrowFunctionExpression(_)
            | AstKind::StaticBlock(_)
            | AstKind::PropertyDefinition(_)
            | AstKind::AccessorProperty(_)
    )
}

impl Analysis {
    pub fn run(semantic: &Semantic) -> Analysis {
        let scoping = semantic.scoping();
        let nodes = semantic.nodes();
        let mut captured = HashSet::new();
        for symbol in scoping.symbol_ids() {
            let owner = scoping.get_node_id(scoping.symbol_scope_id(symbol));
            'refs: for reference in scoping.get_resolved_references(symbol) {
                for ancestor in nodes.ancestors(reference.node_id()) {
                    if ancestor.id() == owner {
                        continue 'refs;
                    }
                    if is_function_boundary(&ancestor.kind()) {
                        captured.insert(symbol);
                        break 'refs;
                    }
                }
            }
        }
        let mut uses_arguments = HashMap::new();
        for (name, refs) in scoping.root_unresolved_references() {
            if name.as_str() != "arguments" {
                continue;
            }
            for &reference in refs {
                let node = scoping.get_reference(reference).node_id();
                let mut through_arrow = false;
                for ancestor in nodes.ancestors(node) {
                    match ancestor.kind() {
                        AstKind::ArrowFunctionExpression(_) => through_arrow = true,
                        AstKind::Function(_) => {
                            let e = uses_arguments.entry(ancestor.id()).or_insert(false);
                            *e |= through_arrow;
                            break;
                        }
                        k if is_function_boundary(&k) => break,
                        _ => {}
                    }
                }
            }
        }
        let mut eval_scopes = HashSet::new();
        let mut eval_functions = HashSet::new();
        let mut eval_sites = HashMap::new();
        for node in nodes.iter() {
            let AstKind::CallExpression(call) = node.kind() else {
                continue;
            };
            if !matches!(&call.callee, Expression::Identifier(id) if id.name == "eval") {
                continue;
            }
            eval_sites.insert(node.id(), EvalSite::of_call(nodes, node.id()));
            // Every scope from the call outwards, and every function on the
            // way (the nearest non-arrow one provides `arguments`).
            let mut scope = Some(node.scope_id());
            while let Some(s) = scope {
                if !eval_scopes.insert(s) {
                    break;
                }
                scope = scoping.scope_parent_id(s);
            }
            let mut innermost = true;
            for ancestor in nodes.ancestors(node.id()) {
                match ancestor.kind() {
                    AstKind::Function(_) => {
                        if innermost {
                            eval_functions.insert(ancestor.id());
                        }
                        innermost = false;
                        uses_arguments.insert(ancestor.id(), true);
                    }
                    AstKind::ArrowFunctionExpression(_) | AstKind::Program(_) if innermost => {
                        eval_functions.insert(ancestor.id());
                        innermost = false;
                    }
                    k if is_function_boundary(&k) && innermost => {
                        eval_functions.insert(ancestor.id());
                        innermost = false;
                    }
                    _ => {}
                }
            }
        }
        for &scope in &eval_scopes {
            captured.extend(scoping.get_bindings(scope).values().copied());
        }
        Analysis {
            captured,
            uses_arguments,
            eval_scopes,
            eval_functions,
            eval_sites,
        }
    }
}
