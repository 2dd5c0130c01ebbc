// Word error rate of a REAL Whisper model (PITCHSIDE_MODEL_DIR = a transformers.js Whisper folder,
// e.g. onnx-community/whisper-tiny.en) on jfk.wav (public domain, shipped in nodejs-whisper) and on
// espeak-ng speech with known text, through the whole pipeline (VAD + Whisper). Skipped without one:
// no real weights can be had on machines without Hub access.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav } from '../../core/audio/decode-wav.ts';
import type { Segment } from '../../core/types.ts';
import { createAsrApi } from '../../workers/asr-api.ts';
import { nodeAsrDeps } from '../../workers/node-deps.ts';
import { makeStereoCall } from '../harness/speech-call.ts';
import { wordErrorRate } from '../harness/word-error-rate.ts';

const MODEL = process.env.PITCHSIDE_MODEL_DIR;
const JFK = join(dirname(createRequire(import.meta.url).resolve('nodejs-whisper/package.json')), 'cpp/whisper.cpp/bindings/go/samples/jfk.wav');
const JFK_TEXT = 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';

if (!MODEL) console.log('accuracy (WER): skipped: set PITCHSIDE_MODEL_DIR to a real Whisper model folder to measure word error rate');

it('word error rate itself', () => {
  expect(wordErrorRate('ask not what your country', 'Ask not what your country.')).toBe(0);
  expect(wordErrorRate('a b c d', 'a x c')).toBe(0.5);
});

describe.skipIf(!MODEL)(`accuracy of ${MODEL ?? 'a real model (PITCHSIDE_MODEL_DIR unset)'}`, () => {
  const api = createAsrApi(nodeAsrDeps());
  beforeAll(async () => {
    expect(await api.load(MODEL!)).toMatchObject({ ok: true });
  }, 180_000);
  afterAll(() => api.dispose());

  it('jfk.wav: WER <= 0.15', async () => {
    const [pcm] = (await decodeWav(new Uint8Array(readFileSync(JFK)))).channels;
    const r = await api.transcribe(pcm);
    if (!r.ok) throw new Error(r.message);
    const wer = wordErrorRate(JFK_TEXT, r.text);
    console.log(`accuracy: jfk.wav WER ${wer.toFixed(3)} "${r.text}"`);
    expect(wer).toBeLessThanOrEqual(0.15);
  });

  it('espeak-ng call, through VAD and Whisper per channel: WER <= 0.35', async () => {
    const call = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-wer-')));
    const segments: Segment[] = [];
    const o = await api.openSession({ callId: 'wer' }, (s) => void segments.push(s));
    if (!o.ok) throw new Error(o.message);
    for (let at = 0; at < call.left.length; at += 4000) {
      await api.pushAudio(o.sessionId, 'rep', call.left.slice(at, at + 4000), at / 16_000);
      await api.pushAudio(o.sessionId, 'customer', call.right.slice(at, at + 4000), at / 16_000);
    }
    await api.closeSession(o.sessionId);
    segments.sort((a, b) => a.start - b.start);
    const wer = wordErrorRate(call.lines.map((l) => l.text).join(' '), segments.map((s) => s.text).join(' '));
    console.log(`accuracy: espeak call WER ${wer.toFixed(3)}: ${segments.map((s) => `${s.speaker}: ${s.text}`).join(' | ')}`);
    expect(segments.map((s) => s.speaker)).toEqual(call.lines.map((l) => l.speaker));
    expect(wer).toBeLessThanOrEqual(0.35);
  });
});
