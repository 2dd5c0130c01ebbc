"""Exports a small BERT-shaped text-classification model (onnx/model.onnx, and with `quantize`
the dynamic-int8 onnx/model_quantized.onnx that transformers.js loads as "q8") with deterministic
weights whose behaviour is meant: called by sentiment-test-model.ts with one JSON spec on stdin:
  {"out": DIR, "vocab": 300, "dim": 32, "positive": [ids], "negative": [ids], "seed": 0,
   "quantize": true}
Inputs input_ids / attention_mask / token_type_ids [batch, sequence] (int64), output `logits`
[batch, 3] in the label order negative, neutral, positive (config.json's id2label).

The model: word + token-type embeddings, mean over the attention mask, a tanh "pooler" and a
linear classifier. Embedding dimension 0 is 1 for the positive words, dimension 1 for the
negative words (the rest is small seeded noise), so the pooled vector carries the share of
positive and negative words; the classifier turns their difference into the positive / negative
logits and gives neutral a fixed head start that either share overcomes.
Runs under Debian's /usr/bin/python3 (torch, onnx), offline.
"""
import json
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from quantize_dynamic import quantize  # noqa: E402

OPSET = 14
POOLER_GAIN = 3.0
POLARITY_GAIN = 8.0
NEUTRAL_BIAS = 1.0
NOISE = 0.02


class SentimentClassifier(nn.Module):
    def __init__(self, vocab, dim, labels):
        super().__init__()
        self.word = nn.Embedding(vocab, dim)
        self.token_type = nn.Embedding(2, dim)
        self.pooler = nn.Linear(dim, dim)
        self.classifier = nn.Linear(dim, labels)

    def forward(self, input_ids, attention_mask, token_type_ids):
        x = self.word(input_ids) + self.token_type(token_type_ids)
        mask = attention_mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.classifier(torch.tanh(self.pooler(pooled)))


def build(spec):
    dim = spec['dim']
    g = torch.Generator().manual_seed(spec['seed'])
    noise = lambda *shape: torch.randn(*shape, generator=g) * NOISE  # noqa: E731
    model = SentimentClassifier(spec['vocab'], dim, 3).eval()
    with torch.no_grad():
        word = noise(spec['vocab'], dim)
        word[:, :2] = 0.0
        word[spec['positive'], 0] = 1.0
        word[spec['negative'], 1] = 1.0
        model.word.weight.copy_(word)
        model.token_type.weight.zero_()
        pooler = noise(dim, dim)
        pooler[:2, :] = 0.0
        pooler[:, :2] = 0.0
        pooler[0, 0] = pooler[1, 1] = POOLER_GAIN
        model.pooler.weight.copy_(pooler)
        model.pooler.bias.zero_()
        head = noise(3, dim)
        head[:, :2] = torch.tensor([[-POLARITY_GAIN, POLARITY_GAIN],   # negative
                                    [-POLARITY_GAIN, -POLARITY_GAIN],  # neutral
                                    [POLARITY_GAIN, -POLARITY_GAIN]])  # positive
        model.classifier.weight.copy_(head)
        model.classifier.bias.copy_(torch.tensor([0.0, NEUTRAL_BIAS, 0.0]))
    return model


def export(spec):
    model = build(spec)
    out = os.path.join(spec['out'], 'onnx')
    os.makedirs(out, exist_ok=True)
    ids = torch.tensor([[2, 5, 6, 3]], dtype=torch.long)
    axes = {n: {0: 'batch_size', 1: 'sequence_length'} for n in ('input_ids', 'attention_mask', 'token_type_ids')}
    path = os.path.join(out, 'model.onnx')
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path, opset_version=OPSET,
                      input_names=['input_ids', 'attention_mask', 'token_type_ids'], output_names=['logits'],
                      dynamic_axes={**axes, 'logits': {0: 'batch_size'}})
    if spec.get('quantize'):
        quantize(path, os.path.join(out, 'model_quantized.onnx'))


if __name__ == '__main__':
    s = json.load(sys.stdin)
    export(s)
    print(json.dumps({'exported': s['out']}), flush=True)
