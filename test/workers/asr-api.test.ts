// createAsrApi in Node with the real deps: onnxruntime-node, transformers.js, Silero VAD, the
// generated test model (it says 'Honestly the price is too high for our budget this year.'
// whatever the audio), espeak-ng speech. No network: nodeAsrDeps forbids remote models.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Segment } from '../../core/types.ts';
import { DEFAULT_SENTENCE, TEST_DIMS, generateModels } from '../../scripts/models/generate-test-models.ts';
import { createAsrApi, type AsrApi } from '../../workers/asr-api.ts';
import { nodeAsrDeps } from '../../workers/node-deps.ts';
import { makeStereoCall, type SpokenLine } from '../harness/speech-call.ts';

const models = inject('models');
const PHANTOM_DIR = resolve(import.meta.dirname, '../../.models/whisper-phantom');

/** Pushes both channels in 250 ms chunks, as the offscreen document's worklet does. */
async function pushCall(api: AsrApi, sessionId: string, left: Float32Array, right: Float32Array) {
  const chunk = 4000;
  for (let at = 0; at < left.length; at += chunk) {
    const t = at / 16_000;
    expect(await api.pushAudio(sessionId, 'rep', left.slice(at, at + chunk), t)).toEqual({ ok: true });
    expect(await api.pushAudio(sessionId, 'customer', right.slice(at, at + chunk), t)).toEqual({ ok: true });
  }
}

async function runSession(api: AsrApi, call: { left: Float32Array; right: Float32Array }, opts = {}) {
  const segments: Segment[] = [];
  const opened = await api.openSession({ callId: 'call-1', ...opts }, (s) => void segments.push(s));
  if (!opened.ok) throw new Error(opened.message);
  await pushCall(api, opened.sessionId, call.left, call.right);
  const closed = await api.closeSession(opened.sessionId);
  segments.sort((a, b) => a.start - b.start);
  return { segments, closed };
}

describe('createAsrApi (Node, generated test model)', () => {
  const events: string[] = [];
  const api = createAsrApi({ ...nodeAsrDeps(), onModelEvent: (e) => void events.push(`${e.type} ${e.modelId}`) });
  let call: ReturnType<typeof makeStereoCall>;

  beforeAll(async () => {
    call = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-asr-')));
    const loaded = await api.load(models.test);
    expect(loaded).toMatchObject({ ok: true, backend: 'cpu', dtype: { encoder_model: 'fp32', decoder_model_merged: 'fp32' } });
  });
  afterAll(() => api.dispose());

  it('turns a two-channel espeak call into one segment per line: right speaker, times within 0.3 s, nothing in the silences', async () => {
    const { segments, closed } = await runSession(api, call);
    expect(closed).toMatchObject({ ok: true, segments: call.lines.length, dropped: 0 });
    expect(segments.map((s) => s.speaker)).toEqual(call.lines.map((l) => l.speaker));
    segments.forEach((s, i) => {
      const truth: SpokenLine = call.lines[i];
      expect(Math.abs(s.start - truth.start), `start of ${truth.text}`).toBeLessThanOrEqual(0.3);
      expect(Math.abs(s.end - truth.end), `end of ${truth.text}`).toBeLessThanOrEqual(0.3);
      expect(s).toMatchObject({ callId: 'call-1', text: DEFAULT_SENTENCE, sentiment: { label: 'negative' } });
    });
    // No segment overlaps a stretch where its channel is silent.
    for (const s of segments) {
      const own = call.lines.filter((l) => l.speaker === s.speaker);
      expect(own.some((l) => s.start < l.end && s.end > l.start)).toBe(true);
    }
    expect(api.status()).toMatchObject({ pending: 0, sessions: 0 });
  });

  it('answers every one of many concurrent transcribe calls, in order (queued, none dropped)', async () => {
    const clip = call.right.slice(7 * 16_000, 10.5 * 16_000);
    const results = await Promise.all(Array.from({ length: 6 }, () => api.transcribe(clip.slice())));
    expect(results).toHaveLength(6);
    for (const r of results) expect(r).toMatchObject({ ok: true, text: DEFAULT_SENTENCE });
  });

  it('drops utterances below the log-probability floor', async () => {
    // The test model is certain (mean log-probability 0): a floor above 0 drops everything.
    const { segments, closed } = await runSession(api, call, { minAvgLogprob: 0.5 });
    expect(segments).toEqual([]);
    expect(closed).toMatchObject({ ok: true, segments: 0, dropped: call.lines.length });
  });

  it('rejects bad audio and unknown sessions as data', async () => {
    expect(await api.transcribe(new Float32Array(0))).toMatchObject({ ok: false, code: 'bad-audio' });
    expect(await api.pushAudio('nope', 'rep', new Float32Array(512), 0)).toMatchObject({ ok: false, code: 'session-unknown' });
  });

  it('a missing model folder is model-missing, and the loaded model stays usable', async () => {
    const r = await api.load(join(tmpdir(), 'no-such-model-folder'));
    expect(r).toMatchObject({ ok: false, code: 'model-missing' });
    // A folder that is there but holds no model (not tmpdir() itself: other tests create and delete folders in it meanwhile).
    const notAModel = mkdtempSync(join(tmpdir(), 'pitchside-not-a-model-'));
    writeFileSync(join(notAModel, 'notes.txt'), 'not a model');
    expect(await api.load(notAModel)).toMatchObject({ ok: false, code: 'model-incomplete' });
    expect(api.status().modelId).toBe(models.test);
  });

  it('switching model disposes the old one before the new one loads', async () => {
    await api.load(models.test);
    const other = join(mkdtempSync(join(tmpdir(), 'pitchside-model-')), 'copy');
    symlinkSync(models.test, other);
    events.length = 0;
    const loaded = await api.load(other);
    expect(loaded).toMatchObject({ ok: true });
    expect(events).toEqual([`disposed ${models.test}`, `loaded ${other}`]);
    expect(api.status().modelId).toBe(other);
    expect(await api.transcribe(call.right.slice(7 * 16_000, 10.5 * 16_000))).toMatchObject({ ok: true, text: DEFAULT_SENTENCE });
  });

  it('before any load, transcribe says not-loaded', async () => {
    const fresh = createAsrApi(nodeAsrDeps());
    expect(await fresh.transcribe(new Float32Array(16_000))).toMatchObject({ ok: false, code: 'not-loaded' });
    await fresh.dispose();
  });
});

describe('phantom-phrase guard, end to end', () => {
  const api = createAsrApi(nodeAsrDeps());
  beforeAll(async () => {
    // A model that says Whisper's favourite hallucination, whatever the audio.
    await generateModels([{ dir: PHANTOM_DIR, dims: TEST_DIMS, sentence: 'Thank you.' }]);
    expect(await api.load(PHANTOM_DIR)).toMatchObject({ ok: true });
  });
  afterAll(() => api.dispose());

  it('transcribe returns the text, a session drops the lone phantom phrase', async () => {
    const call = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-asr-')), undefined, 18);
    expect(await api.transcribe(call.left.slice(0, 6 * 16_000))).toMatchObject({ ok: true, text: 'Thank you.' });
    const { segments, closed } = await runSession(api, call);
    expect(segments).toEqual([]);
    expect(closed).toMatchObject({ ok: true, segments: 0, dropped: call.lines.length });
  });
});
