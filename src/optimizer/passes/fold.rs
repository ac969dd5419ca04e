//! Constant folding: operations whose inputs are constants become
//! constants, and guards on constants that pass are dropped.

use crate::optimizer::ir::{Graph, NodeId, NumOp, Op};
use crate::runtime::value::Value;

/// Folds in place; returns how many nodes became constants.
pub fn run(graph: &mut Graph) -> usize {
    let mut folded = 0;
    for b in 0..graph.blocks.len() {
        for i in 0..graph.blocks[b].nodes.len() {
            let id = graph.blocks[b].nodes[i];
            if let Some(op) = fold(graph, id) {
                let node = &mut graph.nodes[id.0 as usize];
                node.op = op;
                node.inputs.clear();
                node.deopt = None;
                folded += 1;
            }
        }
    }
    folded
}

fn int32(graph: &Graph, n: NodeId) -> Option<i32> {
    match graph.node(n).op {
        Op::Int32Constant(i) => Some(i),
        _ => None,
    }
}

fn float64(graph: &Graph, n: NodeId) -> Option<f64> {
    match graph.node(n).op {
        Op::Float64Constant(d) => Some(d),
        _ => None,
    }
}

fn tagged(graph: &Graph, n: NodeId) -> Option<Value> {
    match graph.node(n).op {
        Op::Constant(v) => Some(v),
        _ => None,
    }
}

/// The constant `id` computes, if its inputs make it one.
fn fold(graph: &Graph, id: NodeId) -> Option<Op> {
    let node = graph.node(id);
    let input = |i: usize| node.inputs[i];
    Some(match &node.op {
        Op::CheckedInt32(op) => {
            let (a, b) = (int32(graph, input(0))?, int32(graph, input(1))?);
            Op::Int32Constant(int32_op(*op, a, b)?)
        }
        Op::Float64(op) => {
            let (a, b) = (float64(graph, input(0))?, float64(graph, input(1))?);
            Op::Float64Constant(match op {
                NumOp::Add => a + b,
                NumOp::Sub => a - b,
                NumOp::Mul => a * b,
                NumOp::Div => a / b,
                NumOp::Mod => a % b,
                _ => return None,
            })
        }
        Op::Int32ToFloat64 => Op::Float64Constant(int32(graph, input(0))? as f64),
        Op::Int32ToTagged => Op::Constant(Value::int(int32(graph, input(0))?)),
        Op::CheckedTaggedToInt32 => {
            let v = tagged(graph, input(0))?;
            Op::Int32Constant(v.is_int().then(|| v.as_int())?)
        }
        Op::CheckedTaggedToFloat64 => {
            let v = tagged(graph, input(0))?;
            Op::Float64Constant(v.is_number().then(|| v.as_number())?)
        }
        _ => return None,
    })
}

/// The int32 result, or None where the guarded operation would deoptimize
/// (overflow, -0) and so must stay.
fn int32_op(op: NumOp, a: i32, b: i32) -> Option<i32> {
    match op {
        NumOp::Add => a.checked_add(b),
        NumOp::Sub => a.checked_sub(b),
        NumOp::Mul => a.checked_mul(b).filter(|&r| r != 0 || (a >= 0 && b >= 0)),
        NumOp::BitAnd => Some(a & b),
        NumOp::BitOr => Some(a | b),
        NumOp::BitXor => Some(a ^ b),
        NumOp::Shl => Some(a.wrapping_shl(b as u32 & 31)),
        NumOp::Sar => Some(a >> (b as u32 & 31)),
        NumOp::Div => None,
        // 0 from a negative dividend is -0, and x % 0 is NaN.
        // (i32::MIN % -1 is -0 too: checked_rem declines it.)
        NumOp::Mod => a.checked_rem(b).filter(|&r| r != 0 || a >= 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarded_int32_operations_fold_only_when_they_would_not_deopt() {
        assert_eq!(int32_op(NumOp::Add, 2, 3), Some(5));
        assert_eq!(int32_op(NumOp::Add, i32::MAX, 1), None);
        assert_eq!(int32_op(NumOp::Mul, -4, 0), None, "-0 is not an int32");
        assert_eq!(int32_op(NumOp::Mul, 0, 7), Some(0));
        assert_eq!(int32_op(NumOp::Mod, 7, -3), Some(1));
        assert_eq!(int32_op(NumOp::Mod, -7, 3), Some(-1));
        assert_eq!(int32_op(NumOp::Mod, -6, 3), None, "-0 is not an int32");
        assert_eq!(int32_op(NumOp::Mod, 5, 0), None, "NaN is not an int32");
        assert_eq!(
            int32_op(NumOp::Mod, i32::MIN, -1),
            None,
            "-0 is not an int32"
        );
        assert_eq!(
            int32_op(NumOp::Shl, 1, 33),
            Some(2),
            "shift counts are mod 32"
        );
    }
}
