//! Capture and `arguments` analysis over oxc_semantic's scope tree.

use std::collections::{HashMap, HashSet};

use oxc_ast::AstKind;
use oxc_semantic::Semantic;
use oxc_syntax::node::NodeId;
use oxc_syntax::symbol::SymbolId;

pub struct Analysis {
    /// Variables referenced from a function other than the one declaring
    /// them: they are allocated in contexts.
    pub captured: HashSet<SymbolId>,
    /// Non-arrow functions (by node id) whose body uses `arguments`; the
    /// flag says whether an arrow inside uses it (so it must be captured).
    pub uses_arguments: HashMap<NodeId, bool>,
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
        Analysis {
            captured,
            uses_arguments,
        }
    }
}
