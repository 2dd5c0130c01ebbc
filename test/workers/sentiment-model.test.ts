// Sentiment in the speech worker with real parts: the generated text-classification model
// (.models/sentiment-test, a BERT-shaped export) loaded by transformers.js' 'text-classification'
// pipeline on onnxruntime-node, exactly as a Hub model would be; Silero VAD and espeak speech for
// the sessions. The lexicon fallback stays in force when no model (or a broken one) is named.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scoreSentiment as lexiconSentiment } from '../../core/sentiment/lexicon.ts';
import type { Segment } from '../../core/types.ts';
import { DEFAULT_SENTENCE } from '../../scripts/models/generate-test-models.ts';
import { createAsrApi } from '../../workers/asr-api.ts';
import { nodeAsrDeps, SILERO_VAD_PATH } from '../../workers/node-deps.ts';
import { nodeOrt } from '../../workers/ort-node.ts';
import {
  chooseSentimentDtype,
  isSentimentModelFiles,
  loadSentimentModel,
  sentimentFromProbabilities,
  type SentimentModel,
} from '../../workers/sentiment-model.ts';
import { nodeSentimentSource } from '../../workers/sentiment-node.ts';
import { createSentimentScorer } from '../../workers/sentiment-scorer.ts';
import { createSpeechSession } from '../../workers/speech-session.ts';
import { createSileroVad } from '../../workers/vad.ts';
import { createWorkQueue, type WorkQueue } from '../../workers/work-queue.ts';
import { makeStereoCall } from '../harness/speech-call.ts';

const models = inject('models');

const POSITIVE = 'this is great, we love it';
const NEGATIVE = 'this is terrible and way too expensive';
const NEUTRAL = 'let us schedule the next call on tuesday';

/** A work queue that records how many of its tasks ran at once (the worker's ortTurn rule). */
function watchedTurn(): WorkQueue & { runs: number; maxAtOnce: number } {
  const inner = createWorkQueue();
  let running = 0;
  const q = {
    runs: 0,
    maxAtOnce: 0,
    run<T>(task: () => Promise<T>) {
      return inner.run(async () => {
        q.runs++;
        q.maxAtOnce = Math.max(q.maxAtOnce, ++running);
        try {
          return await task();
        } finally {
          running--;
        }
      });
    },
    get pending() {
      return inner.pending;
    },
    idle: () => inner.idle(),
  };
  return q;
}

describe('mapping label probabilities to Sentiment', () => {
  it('3 labels: score = p(positive) - p(negative), label = the most probable', () => {
    expect(sentimentFromProbabilities([{ label: 'positive', score: 0.7 }, { label: 'neutral', score: 0.2 }, { label: 'negative', score: 0.1 }])).toEqual({ score: 0.6, label: 'positive' });
    expect(sentimentFromProbabilities([{ label: 'neutral', score: 0.5 }, { label: 'positive', score: 0.3 }, { label: 'negative', score: 0.2 }])).toEqual({ score: 0.1, label: 'neutral' });
    expect(sentimentFromProbabilities([{ label: 'Negative', score: 0.45 }, { label: 'Neutral', score: 0.4 }, { label: 'Positive', score: 0.15 }])).toEqual({ score: -0.3, label: 'negative' });
  });

  it('2 labels (SST-2): the same score, neutral when neither side is clear', () => {
    expect(sentimentFromProbabilities([{ label: 'POSITIVE', score: 0.99 }, { label: 'NEGATIVE', score: 0.01 }])).toEqual({ score: 0.98, label: 'positive' });
    expect(sentimentFromProbabilities([{ label: 'NEGATIVE', score: 0.9 }, { label: 'POSITIVE', score: 0.1 }])).toEqual({ score: -0.8, label: 'negative' });
    expect(sentimentFromProbabilities([{ label: 'POSITIVE', score: 0.6 }, { label: 'NEGATIVE', score: 0.4 }])).toEqual({ score: 0.2, label: 'neutral' });
  });

  it('knows a text classifier folder from a Whisper one and picks its precision per backend', () => {
    const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx'];
    expect(isSentimentModelFiles(files)).toBe(true);
    expect(isSentimentModelFiles(['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/encoder_model.onnx'])).toBe(false);
    expect(chooseSentimentDtype(files, 'wasm')).toEqual({ dtype: 'q8' });
    expect(chooseSentimentDtype(files, 'cpu')).toEqual({ dtype: 'fp32' });
    expect(chooseSentimentDtype(['config.json'], 'cpu')).toEqual({ missing: ['tokenizer.json', 'tokenizer_config.json', 'onnx/model*.onnx'] });
  });
});

describe('the generated sentiment model through transformers.js', () => {
  const loaded: SentimentModel[] = [];
  afterAll(async () => {
    for (const m of loaded) await m.dispose();
  });

  it.each(['fp32', 'q8'])('%s: positive, negative and neutral sentences, scores in [-1, 1]', async (dtype) => {
    const model = await loadSentimentModel(models.sentiment, { backend: 'cpu', dtype });
    loaded.push(model);
    const pos = await model.score(POSITIVE);
    const neg = await model.score(NEGATIVE);
    const neu = await model.score(NEUTRAL);
    expect(pos.label).toBe('positive');
    expect(pos.score).toBeGreaterThan(0.9);
    expect(neg.label).toBe('negative');
    expect(neg.score).toBeLessThan(-0.9);
    expect(neu.label).toBe('neutral');
    expect(Math.abs(neu.score)).toBeLessThan(0.05);
    expect(await model.score('   ')).toEqual({ score: 0, label: 'neutral' });
    // Words outside the vocabulary go through WordPiece pieces, not an error.
    expect((await model.score('Supercalifragilistic xyzzy!')).label).toBe('neutral');
  });

  it('refuses a classifier whose labels are not sentiment labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitchside-topic-'));
    mkdirSync(join(dir, 'onnx'));
    for (const f of ['tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']) writeFileSync(join(dir, f), await readFile(join(models.sentiment, f)));
    const config = JSON.parse(await readFile(join(models.sentiment, 'config.json'), 'utf8'));
    config.id2label = { 0: 'sports', 1: 'politics', 2: 'weather' };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    await expect(loadSentimentModel(dir, { backend: 'cpu', dtype: 'fp32' })).rejects.toThrow(/not a sentiment model/);
  });
});

describe('the worker scorer: the model when one is installed, else the lexicon', () => {
  it('loads the model once, lazily, and runs every load and classification in the ONNX turn', async () => {
    const turn = watchedTurn();
    const scorer = createSentimentScorer({ source: nodeSentimentSource(models.sentiment), ortTurn: turn });
    expect(scorer.status()).toEqual({ scorer: 'lexicon', modelId: null, loading: false });
    const results = await Promise.all([POSITIVE, NEGATIVE, NEUTRAL].map((t) => scorer.score(t)));
    expect(results.map((r) => r.label)).toEqual(['positive', 'negative', 'neutral']);
    expect(scorer.status()).toMatchObject({ scorer: 'model', modelId: models.sentiment, loading: false });
    expect(turn.runs).toBe(1 + 3); // one load (with its warm-up), one run per text
    expect(turn.maxAtOnce).toBe(1);
    await scorer.dispose();
  });

  it('without a model: the lexicon, and no ONNX run at all', async () => {
    const turn = watchedTurn();
    const scorer = createSentimentScorer({ source: nodeSentimentSource(''), ortTurn: turn });
    await scorer.warm();
    expect(await scorer.score(DEFAULT_SENTENCE)).toEqual(lexiconSentiment(DEFAULT_SENTENCE));
    expect(scorer.status()).toEqual({ scorer: 'lexicon', modelId: null, loading: false });
    expect(turn.runs).toBe(0);
  });

  it('a named folder that is not a model: the lexicon, with the reason logged and in the status', async () => {
    const logged: string[] = [];
    const scorer = createSentimentScorer({ source: nodeSentimentSource(models.test), ortTurn: createWorkQueue(), log: (l) => void logged.push(l) });
    expect(await scorer.score(NEGATIVE)).toEqual(lexiconSentiment(NEGATIVE));
    expect(scorer.status()).toMatchObject({ scorer: 'lexicon', modelId: null, reason: expect.stringMatching(/not a text-classification model folder/) });
    expect(logged).toEqual([expect.stringMatching(/^sentiment: using the lexicon/)]);
  });
});

describe('speech sessions scoring segments with the model', () => {
  let call: ReturnType<typeof makeStereoCall>;
  beforeAll(() => {
    call = makeStereoCall(mkdtempSync(join(tmpdir(), 'pitchside-sentiment-')));
  });

  it('each segment of a two-channel call gets the model score of its own text, in call order', async () => {
    // Real VAD and sentiment model; the transcriber returns each line's script (a real Whisper
    // would), so the three segments carry three different sentiments.
    const vad = await createSileroVad(nodeOrt, new Uint8Array(await readFile(SILERO_VAD_PATH)));
    const turn = watchedTurn();
    const scorer = createSentimentScorer({ source: nodeSentimentSource(models.sentiment), ortTurn: turn });
    const script = call.lines.map((l) => l.text);
    let next = 0;
    const segments: Segment[] = [];
    const session = createSpeechSession({ callId: 'call-s' }, (s) => void segments.push(s), {
      vad,
      queue: createWorkQueue(),
      transcribe: async () => ({ text: script[next++], avgLogprob: 0, tokens: 10 }),
      scoreSentiment: scorer.score,
    });
    for (let at = 0; at < call.left.length; at += 4000) {
      await session.push('rep', call.left.slice(at, at + 4000), at / 16_000);
      await session.push('customer', call.right.slice(at, at + 4000), at / 16_000);
    }
    expect(await session.flush()).toMatchObject({ segments: 3, dropped: 0 });
    expect(segments.map((s) => [s.speaker, s.text])).toEqual(call.lines.map((l) => [l.speaker, l.text]));
    // "Thanks ..." (rep) positive, "... too high ..." (customer) negative, the question neutral.
    expect(segments.map((s) => s.sentiment?.label)).toEqual(['positive', 'negative', 'neutral']);
    const direct = await loadSentimentModel(models.sentiment, { backend: 'cpu', dtype: 'fp32' });
    for (const s of segments) expect(s.sentiment).toEqual(await direct.score(s.text));
    await direct.dispose();
    await scorer.dispose();
    await vad.dispose();
  });

  it('createAsrApi with nodeAsrDeps({ sentimentModel }): Whisper, then the model, scores every segment; status names it', async () => {
    const api = createAsrApi(nodeAsrDeps({ sentimentModel: models.sentiment }));
    try {
      expect(api.status().sentiment).toEqual({ scorer: 'lexicon', modelId: null, loading: false });
      expect(await api.load(models.test)).toMatchObject({ ok: true });
      const segments: Segment[] = [];
      const opened = await api.openSession({ callId: 'call-m' }, (s) => void segments.push(s));
      if (!opened.ok) throw new Error(opened.message);
      for (let at = 0; at < call.left.length; at += 4000) {
        await api.pushAudio(opened.sessionId, 'rep', call.left.slice(at, at + 4000), at / 16_000);
        await api.pushAudio(opened.sessionId, 'customer', call.right.slice(at, at + 4000), at / 16_000);
      }
      expect(await api.closeSession(opened.sessionId)).toMatchObject({ ok: true, segments: 3 });
      expect(api.status().sentiment).toEqual({ scorer: 'model', modelId: models.sentiment, loading: false });
      // The test Whisper always says DEFAULT_SENTENCE: the model's score of it, not the lexicon's.
      const modelScore = { score: expect.closeTo(-0.857, 2), label: 'negative' };
      expect(lexiconSentiment(DEFAULT_SENTENCE).score).not.toBeCloseTo(-0.857, 2);
      for (const s of segments) expect(s).toMatchObject({ text: DEFAULT_SENTENCE, sentiment: modelScore });
    } finally {
      await api.dispose();
    }
  });

  it('a missing model folder: the API still transcribes, with lexicon sentiment and the reason in the status', async () => {
    const api = createAsrApi(nodeAsrDeps({ sentimentModel: join(tmpdir(), 'no-such-sentiment-model') }));
    try {
      expect(await api.load(models.test)).toMatchObject({ ok: true });
      const r = await api.transcribe(call.right.slice(7 * 16_000, 10.5 * 16_000));
      expect(r).toMatchObject({ ok: true, text: DEFAULT_SENTENCE });
      const segments: Segment[] = [];
      const opened = await api.openSession({ callId: 'call-l' }, (s) => void segments.push(s));
      if (!opened.ok) throw new Error(opened.message);
      await api.pushAudio(opened.sessionId, 'customer', call.right, 0);
      await api.closeSession(opened.sessionId);
      expect(segments.length).toBeGreaterThan(0);
      for (const s of segments) expect(s.sentiment).toEqual(lexiconSentiment(DEFAULT_SENTENCE));
      expect(api.status().sentiment).toMatchObject({ scorer: 'lexicon', reason: expect.stringMatching(/no sentiment model folder/) });
    } finally {
      await api.dispose();
    }
  });
});
