"""An independent evaluator of the ONNX graphs package lm exports.

python3-onnx 1.12 (Debian bookworm) has no onnx.reference.ReferenceEvaluator,
so this script interprets the graph itself with numpy, op by op, from the ONNX
operator specification (opset 17; SimplifiedLayerNormalization as
onnxruntime's contrib op). It shares no code with the Go exporter or model.

Input (stdin, JSON): a list of jobs {"model": path, "ids": [int, ...],
"out": path, "check": bool}. For each job it optionally runs onnx.checker
(full_check) and strict shape inference (the inferred output shape must
equal the declared one), evaluates the graph on input_ids = [ids] (int64
[1, T]; a second input position_ids gets [0 .. T-1]) in float32 and writes
the first output as raw little-endian float32 to out.
"""
import json
import sys

import numpy as np
import onnx
import onnx.checker
import onnx.numpy_helper
import onnx.shape_inference


def attrs(node):
    return {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}


def softmax(x, axis):
    m = np.max(x, axis=axis, keepdims=True)
    e = np.exp(x - m)
    return e / np.sum(e, axis=axis, keepdims=True)


def norm_axes(axis, rank):
    return axis + rank if axis < 0 else axis


def run_node(op, ins, a):
    f32 = np.float32
    if op == "Gather":
        return np.take(ins[0], ins[1], axis=a.get("axis", 0))
    if op == "Constant":
        return onnx.numpy_helper.to_array(a["value"])
    if op == "ConstantOfShape":
        v = onnx.numpy_helper.to_array(a["value"])
        return np.full(tuple(ins[0]), v[0], dtype=v.dtype)
    if op == "Add":
        return ins[0] + ins[1]
    if op == "Sub":
        return ins[0] - ins[1]
    if op == "Mul":
        return ins[0] * ins[1]
    if op == "Div":
        return ins[0] / ins[1]
    if op == "Pow":
        return np.power(ins[0], ins[1]).astype(ins[0].dtype)
    if op == "Sqrt":
        return np.sqrt(ins[0])
    if op == "Reciprocal":
        return (f32(1) / ins[0]).astype(ins[0].dtype)
    if op == "Neg":
        return -ins[0]
    if op == "Sigmoid":
        return (f32(1) / (f32(1) + np.exp(-ins[0]))).astype(ins[0].dtype)
    if op == "ReduceMean":
        axes = tuple(a["axes"])
        return np.mean(ins[0], axis=axes, keepdims=bool(a.get("keepdims", 1)), dtype=ins[0].dtype)
    if op == "MatMul":
        return np.matmul(ins[0], ins[1])
    if op == "Reshape":
        shape = [int(s) for s in ins[1]]
        shape = [ins[0].shape[i] if s == 0 else s for i, s in enumerate(shape)]
        return ins[0].reshape(shape)
    if op == "Transpose":
        return np.transpose(ins[0], a["perm"])
    if op == "Unsqueeze":
        x = ins[0]
        rank = x.ndim + len(ins[1])
        for ax in sorted(norm_axes(int(v), rank) for v in ins[1]):
            x = np.expand_dims(x, ax)
        return x
    if op == "Expand":
        shape = np.broadcast_shapes(ins[0].shape, tuple(int(s) for s in ins[1]))
        return np.broadcast_to(ins[0], shape).copy()
    if op == "Slice":
        x = ins[0]
        starts, ends = ins[1], ins[2]
        axes = ins[3] if len(ins) > 3 else range(len(starts))
        steps = ins[4] if len(ins) > 4 else [1] * len(starts)
        idx = [slice(None)] * x.ndim
        for s, e, ax, st in zip(starts, ends, axes, steps):
            ax = norm_axes(int(ax), x.ndim)
            n = x.shape[ax]
            s, e = int(s), int(e)
            s = max(0, min(n, s + n if s < 0 else s))
            e = max(0, min(n, e + n if e < 0 else e))
            idx[ax] = slice(s, e, int(st))
        return x[tuple(idx)]
    if op == "Concat":
        return np.concatenate(ins, axis=a["axis"])
    if op == "Softmax":
        return softmax(ins[0], a.get("axis", -1))
    if op == "Where":
        return np.where(ins[0], ins[1], ins[2])
    if op == "Trilu":
        k = int(ins[1]) if len(ins) > 1 else 0
        return np.triu(ins[0], k) if a.get("upper", 1) else np.tril(ins[0], k)
    if op == "LayerNormalization":
        x, scale = ins[0], ins[1]
        axis = norm_axes(a.get("axis", -1), x.ndim)
        axes = tuple(range(axis, x.ndim))
        mean = np.mean(x, axis=axes, keepdims=True)
        var = np.mean((x - mean) ** 2, axis=axes, keepdims=True)
        y = (x - mean) / np.sqrt(var + f32(a.get("epsilon", 1e-5)))
        y = y * scale
        if len(ins) > 2:
            y = y + ins[2]
        return y.astype(x.dtype)
    if op == "SimplifiedLayerNormalization":
        x, scale = ins[0], ins[1]
        axis = norm_axes(a.get("axis", -1), x.ndim)
        axes = tuple(range(axis, x.ndim))
        ms = np.mean(x * x, axis=axes, keepdims=True)
        return (x / np.sqrt(ms + f32(a.get("epsilon", 1e-5))) * scale).astype(x.dtype)
    raise NotImplementedError(op)


def evaluate(model, ids):
    env = {t.name: onnx.numpy_helper.to_array(t) for t in model.graph.initializer}
    env[model.graph.input[0].name] = np.array([ids], dtype=np.int64)
    for inp in model.graph.input[1:]:
        if inp.name != "position_ids":
            raise NotImplementedError("graph input " + inp.name)
        env[inp.name] = np.arange(len(ids), dtype=np.int64)[None, :]
    for node in model.graph.node:
        ins = [env[i] for i in node.input if i != ""]
        y = run_node(node.op_type, ins, attrs(node))
        env[node.output[0]] = y
    return env[model.graph.output[0].name]


def check(model):
    onnx.checker.check_model(model, full_check=True)
    inferred = onnx.shape_inference.infer_shapes(model, check_type=True, strict_mode=True)
    want = [d.dim_value for d in model.graph.output[0].type.tensor_type.shape.dim]
    got = [d.dim_value for d in inferred.graph.output[0].type.tensor_type.shape.dim]
    if want != got:
        raise SystemExit("inferred output shape %s, declared %s" % (got, want))


def main():
    with np.errstate(over="ignore"):
        for job in json.load(sys.stdin):
            model = onnx.load(job["model"])
            if job.get("check"):
                check(model)
            y = evaluate(model, job["ids"])
            if y.dtype != np.float32:
                raise SystemExit("%s: output dtype %s" % (job["model"], y.dtype))
            y.astype("<f4").tofile(job["out"])


if __name__ == "__main__":
    main()
