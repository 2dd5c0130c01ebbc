// The generated q8 files (scripts/models/quantize_dynamic.py: onnxruntime-style dynamic int8,
// `onnx/*_quantized.onnx`, what the WASM path loads first) load through transformers.js on
// onnxruntime-node and decode the same sentence as the fp32 files of the emit-a-sentence model.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_SENTENCE } from '../../scripts/models/generate-test-models.ts';
import { createAsrApi } from '../../workers/asr-api.ts';
import { nodeAsrDeps } from '../../workers/node-deps.ts';
import { makeStereoCall } from '../harness/speech-call.ts';

const models = inject('models');

/** A copy of the model folder with only the q8 ONNX files, so that 'cpu' has to load q8. */
function quantizedOnly(dir: string): string {
  const out = mkdtempSync(join(tmpdir(), 'pitchside-q8-'));
  mkdirSync(join(out, 'onnx'));
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) copyFileSync(join(dir, f), join(out, f));
  for (const f of readdirSync(join(dir, 'onnx'))) if (f.endsWith('_quantized.onnx')) copyFileSync(join(dir, 'onnx', f), join(out, 'onnx', f));
  return out;
}

describe('generated q8 (dynamic int8) Whisper files', () => {
  it('exist next to the fp32 files of both generated models', () => {
    for (const dir of [models.test, models.tinySized])
      for (const s of ['encoder_model', 'decoder_model_merged']) expect(existsSync(join(dir, 'onnx', `${s}_quantized.onnx`)), `${dir} ${s}`).toBe(true);
  });

  it('load as q8 and decode the same sentence as fp32', async () => {
    const speech = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-q8-call-'))).right;
    const texts: Record<string, string> = {};
    for (const [want, dir] of [['fp32', models.test], ['q8', quantizedOnly(models.test)]] as const) {
      const api = createAsrApi(nodeAsrDeps());
      try {
        const loaded = await api.load(dir);
        expect(loaded).toMatchObject({ ok: true, dtype: { encoder_model: want, decoder_model_merged: want } });
        const r = await api.transcribe(speech.slice(0, 5 * 16_000));
        if (!r.ok) throw new Error(JSON.stringify(r));
        texts[want] = r.text.trim();
      } finally {
        await api.dispose();
      }
    }
    expect(texts.fp32).toBe(DEFAULT_SENTENCE);
    expect(texts.q8).toBe(texts.fp32);
  }, 120_000);
});
