"""Whisper-architecture PyTorch modules (encoder, cached decoder) for offline ONNX export.

Same layout and compute as openai/whisper: conv stem + sinusoidal positions + pre-LN
transformer encoder; token + learned positions + pre-LN decoder with self- and cross-attention.
Caches are in the optimum layout transformers.js reads: [batch, heads, seq, head_dim].
"""
import math

import torch
from torch import nn


def sinusoids(length, channels):
    inc = math.log(10000) / (channels // 2 - 1)
    inv = torch.exp(-inc * torch.arange(channels // 2, dtype=torch.float32))
    t = torch.arange(length, dtype=torch.float32)[:, None] * inv[None, :]
    return torch.cat([torch.sin(t), torch.cos(t)], dim=1)


class Attention(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.h, self.hd = heads, d // heads
        self.q = nn.Linear(d, d)
        self.k = nn.Linear(d, d, bias=False)
        self.v = nn.Linear(d, d)
        self.o = nn.Linear(d, d)

    def split(self, x):
        b, s, _ = x.shape
        return x.view(b, s, self.h, self.hd).transpose(1, 2)

    def attend(self, q, k, v, mask=None):
        w = torch.matmul(q, k.transpose(2, 3)) * (self.hd ** -0.5)
        if mask is not None:
            w = w + mask
        out = torch.matmul(torch.softmax(w, dim=-1), v)
        b, h, s, hd = out.shape
        return self.o(out.transpose(1, 2).reshape(b, s, h * hd))


def ffn(d, f):
    return nn.Sequential(nn.Linear(d, f), nn.GELU(), nn.Linear(f, d))


class EncoderLayer(nn.Module):
    def __init__(self, d, heads, f):
        super().__init__()
        self.ln1, self.attn, self.ln2, self.mlp = nn.LayerNorm(d), Attention(d, heads), nn.LayerNorm(d), ffn(d, f)

    def forward(self, x):
        h = self.ln1(x)
        a = self.attn
        x = x + a.attend(a.split(a.q(h)), a.split(a.k(h)), a.split(a.v(h)))
        return x + self.mlp(self.ln2(x))


class Encoder(nn.Module):
    def __init__(self, d, heads, f, layers, mels=80):
        super().__init__()
        self.conv1 = nn.Conv1d(mels, d, 3, padding=1)
        self.conv2 = nn.Conv1d(d, d, 3, stride=2, padding=1)
        self.register_buffer('pos', sinusoids(1500, d))
        self.layers = nn.ModuleList([EncoderLayer(d, heads, f) for _ in range(layers)])
        self.ln = nn.LayerNorm(d)

    def forward(self, input_features):
        x = nn.functional.gelu(self.conv1(input_features))
        x = nn.functional.gelu(self.conv2(x)).transpose(1, 2)
        x = x + self.pos[:x.shape[1]]  # lets the export trace a short input (fast)
        for layer in self.layers:
            x = layer(x)
        return self.ln(x)


class DecoderLayer(nn.Module):
    def __init__(self, d, heads, f):
        super().__init__()
        self.ln1, self.self_attn = nn.LayerNorm(d), Attention(d, heads)
        self.ln2, self.cross = nn.LayerNorm(d), Attention(d, heads)
        self.ln3, self.mlp = nn.LayerNorm(d), ffn(d, f)

    def forward(self, x, mask, past_k, past_v, enc, enc_k, enc_v):
        a = self.self_attn
        h = self.ln1(x)
        k, v = a.split(a.k(h)), a.split(a.v(h))
        if past_k is not None:
            k, v = torch.cat([past_k, k], dim=2), torch.cat([past_v, v], dim=2)
        x = x + a.attend(a.split(a.q(h)), k, v, mask)
        c = self.cross
        if enc_k is None:
            enc_k, enc_v = c.split(c.k(enc)), c.split(c.v(enc))
        x = x + c.attend(c.split(c.q(self.ln2(x))), enc_k, enc_v)
        return x + self.mlp(self.ln3(x)), k, v, enc_k, enc_v


class Decoder(nn.Module):
    """forward(input_ids, encoder_hidden_states, *past) -> logits, present...

    Without past: computes the encoder cache. With past: reuses it and returns an empty
    encoder cache (transformers.js keeps the previous one, as optimum's merged decoders do).
    """

    def __init__(self, d, heads, f, layers, vocab, positions=448, tied=True):
        super().__init__()
        # Embedding stored transposed [d, vocab]: the tied output head then multiplies by it
        # directly, so the exported graph holds one copy of the largest tensor, not two.
        self.emb_t = nn.Parameter(torch.zeros(d, vocab))
        self.pos = nn.Parameter(torch.zeros(positions, d))
        self.layers = nn.ModuleList([DecoderLayer(d, heads, f) for _ in range(layers)])
        self.ln = nn.LayerNorm(d)
        self.head_t = None if tied else nn.Parameter(torch.zeros(d, vocab))

    def forward(self, input_ids, enc, *past):
        n = input_ids.shape[1]
        p = past[0].shape[2] if past else 0
        x = self.emb_t[:, input_ids].permute(1, 2, 0) + self.pos[p:p + n]
        rows = torch.arange(n)[:, None] + p
        cols = torch.arange(p + n)[None, :]
        mask = (cols > rows).to(torch.float32) * -1e9
        presents = []
        for i, layer in enumerate(self.layers):
            pk, pv, ek, ev = past[4 * i:4 * i + 4] if past else (None, None, None, None)
            x, k, v, ek2, ev2 = layer(x, mask, pk, pv, enc, ek, ev)
            if past:
                ek2, ev2 = ek2[:, :, :0, :], ev2[:, :, :0, :]
            presents += [k, v, ek2, ev2]
        head = self.emb_t if self.head_t is None else self.head_t
        return (torch.matmul(self.ln(x), head), *presents)
