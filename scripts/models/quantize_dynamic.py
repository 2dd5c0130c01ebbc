"""Dynamic int8 quantization of an ONNX model, in the format onnxruntime's `quantize_dynamic`
writes and transformers.js ships as `*_quantized.onnx` (its "q8" dtype), with only python3-onnx
(no onnxruntime Python package here).

Every MatMul whose B input is a constant 2-D float initializer becomes
  DynamicQuantizeLinear(A) -> A_q (uint8), A_scale, A_zp
  MatMulInteger(A_q, W_q, A_zp, W_zp) -> int32
  Cast(float) * (A_scale * W_scale)
with W quantized per tensor: int8 symmetric (zero point 0, ORT's QInt8 default) or uint8
asymmetric (`--uint8`, QUInt8). ORT's CPU/WASM MatMulInteger takes uint8 A with int8 or uint8 B.
A Gemm with a constant B (transB honoured) is rewritten the same way plus its bias Add.
Subgraphs (the merged decoder's If branches) are walked too; their MatMuls read the outer
graph's initializers, and the quantized weights are added to the outer graph. One
DynamicQuantizeLinear is shared by all MatMuls of a graph reading the same A (Q/K/V).
Conv and Gather stay fp32; a float initializer still read by anything else is kept.

Usage: quantize_dynamic.py IN.onnx OUT.onnx [--uint8]   (or import `quantize(in, out)`)
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def _quantize_weight(w, uint8):
    w = w.astype(np.float32)
    if uint8:
        lo, hi = min(float(w.min()), 0.0), max(float(w.max()), 0.0)
        scale = (hi - lo) / 255.0 or 1.0
        zp = int(round(-lo / scale))
        q = np.clip(np.round(w / scale) + zp, 0, 255).astype(np.uint8)
        return q, np.float32(scale), np.uint8(zp)
    amax = float(np.abs(w).max())
    scale = amax / 127.0 or 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, np.float32(scale), np.int8(0)


def _plain_gemm(node):
    """alpha = beta = 1 and A not transposed: the only Gemm form rewritten."""
    attrs = {a.name: a for a in node.attribute}
    return (attrs.get('transA') is None or attrs['transA'].i == 0) and all(
        attrs.get(k) is None or attrs[k].f == 1.0 for k in ('alpha', 'beta'))


def _subgraphs(node):
    for a in node.attribute:
        if a.type == onnx.AttributeProto.GRAPH:
            yield a.g
        for g in a.graphs:
            yield g


def _all_graphs(graph):
    yield graph
    for n in graph.node:
        for g in _subgraphs(n):
            yield from _all_graphs(g)


def quantize(in_path, out_path, uint8=False):
    model = onnx.load(in_path)
    main = model.graph
    consts = {}  # name -> (graph that owns it, TensorProto), outer scopes visible to inner ones
    quantized = {}  # weight name (+ transpose flag) -> (q name, scale name, zp name)
    stats = {'matmul': 0, 'gemm': 0}

    def weight(name, transpose):
        key = (name, transpose)
        if key not in quantized:
            w = numpy_helper.to_array(consts[name][1])
            if transpose:
                w = w.T
            q, scale, zp = _quantize_weight(np.ascontiguousarray(w), uint8)
            base = name + ('_T' if transpose else '') + '_quantized'
            main.initializer.extend([
                numpy_helper.from_array(q, base),
                numpy_helper.from_array(np.array(scale, dtype=np.float32), base + '_scale'),
                numpy_helper.from_array(np.array(zp), base + '_zero_point'),
            ])
            quantized[key] = (base, base + '_scale', base + '_zero_point')
        return quantized[key]

    def is_const_matrix(name):
        if name not in consts:
            return False
        t = consts[name][1]
        return t.data_type == TensorProto.FLOAT and len(t.dims) == 2

    def walk(graph, visible):
        own = {i.name: (graph, i) for i in graph.initializer}
        scope = {**visible, **own}
        consts.clear()
        consts.update(scope)
        dq = {}  # A name -> (A_q, A_scale, A_zp)
        out = []
        for node in graph.node:
            for g in _subgraphs(node):
                walk(g, scope)
                consts.clear()
                consts.update(scope)
            op = node.op_type
            if op == 'MatMul' and is_const_matrix(node.input[1]):
                trans_b, bias = False, None
                stats['matmul'] += 1
            elif op == 'Gemm' and is_const_matrix(node.input[1]) and _plain_gemm(node):
                trans_b = any(a.name == 'transB' and a.i for a in node.attribute)
                bias = node.input[2] if len(node.input) > 2 and node.input[2] else None
                stats['gemm'] += 1
            else:
                out.append(node)
                continue
            a_name, y = node.input[0], node.output[0]
            if a_name not in dq:
                p = a_name + '_dq'
                dq[a_name] = (p + '_quantized', p + '_scale', p + '_zero_point')
                out.append(helper.make_node('DynamicQuantizeLinear', [a_name], list(dq[a_name]), name=p))
            a_q, a_scale, a_zp = dq[a_name]
            w_q, w_scale, w_zp = weight(node.input[1], trans_b)
            p = y + '_mmi'
            out.extend([
                helper.make_node('MatMulInteger', [a_q, w_q, a_zp, w_zp], [p + '_int32'], name=p),
                helper.make_node('Cast', [p + '_int32'], [p + '_float'], to=TensorProto.FLOAT, name=p + '_cast'),
                helper.make_node('Mul', [a_scale, w_scale], [p + '_scale'], name=p + '_scale_mul'),
            ])
            if bias is None:
                out.append(helper.make_node('Mul', [p + '_float', p + '_scale'], [y], name=p + '_out'))
            else:
                out.extend([
                    helper.make_node('Mul', [p + '_float', p + '_scale'], [p + '_scaled'], name=p + '_out'),
                    helper.make_node('Add', [p + '_scaled', bias], [y], name=p + '_bias'),
                ])
        del graph.node[:]
        graph.node.extend(out)

    walk(main, {})

    # Drop float weights nothing reads any more (a tied embedding's Gather keeps its copy).
    used = set()
    for g in _all_graphs(main):
        for n in g.node:
            used.update(n.input)
        used.update(o.name for o in g.output)
    for g in _all_graphs(main):
        keep = [i for i in g.initializer if i.name in used]
        del g.initializer[:]
        g.initializer.extend(keep)

    if not any(o.domain in ('', 'ai.onnx') and o.version >= 11 for o in model.opset_import):
        raise SystemExit('DynamicQuantizeLinear needs opset >= 11')
    onnx.checker.check_model(model)
    onnx.save(model, out_path)
    return stats


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 2:
        raise SystemExit(__doc__)
    print(quantize(args[0], args[1], uint8='--uint8' in sys.argv))
