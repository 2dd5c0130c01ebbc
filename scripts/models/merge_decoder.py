"""Merges a no-past and a with-past decoder ONNX graph into one optimum-style
`decoder_model_merged.onnx`: If(use_cache_branch) then with-past else no-past, with the
weights shared (deduplicated) in the outer graph."""
import hashlib

import onnx
from onnx import TensorProto, helper, numpy_helper


def _rename_graph(graph, prefix, outer_names, init_map):
    """Prefixes every name local to `graph` so that both branches can live in one model."""
    def name_of(n):
        if n == '' or n in outer_names:
            return n
        if n in init_map:
            return init_map[n]
        return prefix + n
    for node in graph.node:
        node.input[:] = [name_of(n) for n in node.input]
        node.output[:] = [name_of(n) for n in node.output]
    for vi in list(graph.output) + list(graph.value_info):
        vi.name = name_of(vi.name)


def _dedupe(graphs):
    """Moves all initializers out of the graphs, one copy per distinct tensor."""
    shared, by_hash, maps = [], {}, []
    for g in graphs:
        m = {}
        for init in g.initializer:
            arr = numpy_helper.to_array(init)
            key = hashlib.sha1(str((arr.dtype, arr.shape)).encode() + arr.tobytes()).hexdigest()
            if key not in by_hash:
                new_name = 'w%d' % len(shared)
                by_hash[key] = new_name
                t = onnx.TensorProto()
                t.CopyFrom(init)
                t.name = new_name
                shared.append(t)
            m[init.name] = by_hash[key]
        del g.initializer[:]
        maps.append(m)
    return shared, maps


def _branch_outputs(graph, names, prefix):
    """Branch graphs need typed outputs with a rank: give each its own symbolic dims."""
    outs = []
    for i, (out, name) in enumerate(zip(graph.output, names)):
        rank = 3 if name == 'logits' else 4
        dims = ['%s%s_%d_%d' % (prefix, 'd', i, r) for r in range(rank)]
        outs.append(helper.make_tensor_value_info(out.name, TensorProto.FLOAT, dims))
    return outs


def merge(no_past_path, with_past_path, out_path, layers, heads, head_dim, vocab):
    a = onnx.load(no_past_path)
    b = onnx.load(with_past_path)
    out_names = [o.name for o in a.graph.output]
    past_names = []
    for i in range(layers):
        for kind in ('decoder', 'encoder'):
            past_names += ['past_key_values.%d.%s.key' % (i, kind), 'past_key_values.%d.%s.value' % (i, kind)]
    outer = {'input_ids', 'encoder_hidden_states', 'use_cache_branch', *past_names}
    shared, (map_a, map_b) = _dedupe([a.graph, b.graph])
    _rename_graph(a.graph, 'np_', outer, map_a)
    _rename_graph(b.graph, 'wp_', outer, map_b)

    def branch(g, name, prefix):
        return helper.make_graph(list(g.node), name, [], _branch_outputs(g, out_names, prefix))

    if_node = helper.make_node('If', ['use_cache_branch'], out_names,
                               then_branch=branch(b.graph, 'with_past', 'wp_'),
                               else_branch=branch(a.graph, 'no_past', 'np_'))
    inputs = [
        helper.make_tensor_value_info('input_ids', TensorProto.INT64, ['batch_size', 'decoder_sequence_length']),
        helper.make_tensor_value_info('encoder_hidden_states', TensorProto.FLOAT,
                                      ['batch_size', 'encoder_sequence_length', heads * head_dim]),
    ]
    for n in past_names:
        seq = 'past_decoder_sequence_length' if '.decoder.' in n else 'encoder_sequence_length_out'
        inputs.append(helper.make_tensor_value_info(n, TensorProto.FLOAT, ['batch_size', heads, seq, head_dim]))
    inputs.append(helper.make_tensor_value_info('use_cache_branch', TensorProto.BOOL, [1]))
    outputs = [helper.make_tensor_value_info('logits', TensorProto.FLOAT,
                                             ['batch_size', 'decoder_sequence_length', vocab])]
    for n in out_names[1:]:
        seq = 'present_sequence_length' if '.decoder.' in n else 'encoder_sequence_length_out'
        outputs.append(helper.make_tensor_value_info(n, TensorProto.FLOAT, ['batch_size', heads, seq, head_dim]))
    graph = helper.make_graph([if_node], 'decoder_model_merged', inputs, outputs, initializer=shared)
    model = helper.make_model(graph, opset_imports=list(a.opset_import), producer_name='pitchside-models')
    model.ir_version = a.ir_version
    onnx.checker.check_model(model)
    onnx.save(model, out_path)
