"""Exports Whisper-architecture ONNX files (onnx/encoder_model.onnx, onnx/decoder_model_merged.onnx)
with deterministic weights. Called by generate-test-models.ts with a JSON list of specs on stdin:
  [{"out": DIR, "d_model": 64, "heads": 2, "ffn": 256, "encoder_layers": 2, "decoder_layers": 2,
    "vocab": 51864, "tied": false, "seed": 0, "target_ids": [..., 50256] | null, "quantize": true}]
With `quantize` it also writes the dynamic-int8 `*_quantized.onnx` files (quantize_dynamic.py).
With `target_ids` the decoder is built to emit exactly those tokens whatever the audio:
position p's embedding is a one-hot spike that the output head maps to target token p-1.
Runs under Debian's /usr/bin/python3 (torch 1.13, onnx 1.12), offline.
"""
import json
import os
import sys
import tempfile

import onnx
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from merge_decoder import merge  # noqa: E402
from quantize_dynamic import quantize  # noqa: E402
from whisper_modules import Decoder, Encoder  # noqa: E402

OPSET = 14
TRACE_FRAMES = 16
PROMPT_LEN = 2  # <|startoftranscript|> <|notimestamps|> (English-only models)


def init_weights(module, seed):
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in module.named_parameters():
            if name.endswith('bias') or 'ln' in name.split('.')[-2:][0]:
                continue
            p.copy_(torch.randn(p.shape, generator=g) * 0.02)


def steer(decoder, target_ids, d):
    """Makes the decoder emit `target_ids` (ending with <|endoftext|>) for any audio."""
    n = len(target_ids)
    if PROMPT_LEN - 1 + n > d:
        raise SystemExit('sentence too long for d_model=%d: %d tokens' % (d, n))
    with torch.no_grad():
        decoder.pos.zero_()
        decoder.head_t.zero_()
        for p in range(d):
            decoder.pos[p, p] = 30.0
        for i, tok in enumerate(target_ids):
            decoder.head_t[PROMPT_LEN - 1 + i, tok] += 10.0


def export_encoder(enc, path):
    """Traces a short input (the compute of a 30 s one is slow under tracing), then pins the
    declared shapes to Whisper's [batch, 80, 3000] -> [batch, 1500, d]."""
    feats = torch.zeros(1, 80, TRACE_FRAMES)
    torch.onnx.export(enc, (feats,), path, opset_version=OPSET,
                      input_names=['input_features'], output_names=['last_hidden_state'],
                      dynamic_axes={'input_features': {0: 'batch_size', 2: 'frames'},
                                    'last_hidden_state': {0: 'batch_size', 1: 'positions'}})
    model = onnx.load(path)
    model.graph.input[0].type.tensor_type.shape.dim[2].dim_value = 3000
    model.graph.output[0].type.tensor_type.shape.dim[1].dim_value = 1500
    onnx.save(model, path)


def export(spec):
    torch.manual_seed(spec['seed'])
    d, h, f = spec['d_model'], spec['heads'], spec['ffn']
    enc = Encoder(d, h, f, spec['encoder_layers']).eval()
    dec = Decoder(d, h, f, spec['decoder_layers'], spec['vocab'], tied=spec['tied']).eval()
    init_weights(enc, spec['seed'])
    init_weights(dec, spec['seed'] + 1)
    if spec.get('target_ids'):
        steer(dec, spec['target_ids'], d)
    out = os.path.join(spec['out'], 'onnx')
    os.makedirs(out, exist_ok=True)
    export_encoder(enc, os.path.join(out, 'encoder_model.onnx'))
    layers, hd = spec['decoder_layers'], d // h
    ids = torch.tensor([[50257, 50362]], dtype=torch.long)
    hidden = torch.zeros(1, TRACE_FRAMES // 2, d)
    past_names, present_names, past = [], [], []
    for i in range(layers):
        for kind, length in (('decoder', 2), ('encoder', TRACE_FRAMES // 2)):
            for kv in ('key', 'value'):
                past_names.append('past_key_values.%d.%s.%s' % (i, kind, kv))
                present_names.append('present.%d.%s.%s' % (i, kind, kv))
                past.append(torch.zeros(1, h, length, hd))
    seq_axes = {'input_ids': {0: 'batch_size', 1: 'decoder_sequence_length'},
                'encoder_hidden_states': {0: 'batch_size', 1: 'encoder_sequence_length'},
                'logits': {0: 'batch_size', 1: 'decoder_sequence_length'}}
    with tempfile.TemporaryDirectory() as tmp:
        no_past, with_past = os.path.join(tmp, 'no_past.onnx'), os.path.join(tmp, 'with_past.onnx')
        torch.onnx.export(dec, (ids, hidden), no_past, opset_version=OPSET,
                          input_names=['input_ids', 'encoder_hidden_states'],
                          output_names=['logits', *present_names],
                          dynamic_axes={**seq_axes, **{n: {0: 'batch_size', 2: 'seq_%s' % n} for n in present_names}})
        axes = {**seq_axes, **{n: {0: 'batch_size', 2: 'seq_%s' % n} for n in past_names + present_names}}
        torch.onnx.export(dec, (ids[:, :1], hidden, *past), with_past, opset_version=OPSET,
                          input_names=['input_ids', 'encoder_hidden_states', *past_names],
                          output_names=['logits', *present_names], dynamic_axes=axes)
        merge(no_past, with_past, os.path.join(out, 'decoder_model_merged.onnx'), layers, h, hd, spec['vocab'])
    if spec.get('quantize'):
        # The q8 files transformers.js picks first on WASM, as Hub models ship them.
        for name in ('encoder_model', 'decoder_model_merged'):
            quantize(os.path.join(out, name + '.onnx'), os.path.join(out, name + '_quantized.onnx'))


if __name__ == '__main__':
    for s in json.load(sys.stdin):
        export(s)
        print(json.dumps({'exported': s['out']}), flush=True)
