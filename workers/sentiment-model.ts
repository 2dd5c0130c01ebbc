/**
 * A transformers.js text-classification model as the sentiment scorer: the 'text-classification'
 * pipeline (the same code path for Hub exports such as Xenova/distilbert-base-uncased-finetuned-sst-2-english
 * and for the generated `.models/sentiment-test`), its label probabilities mapped to the lexicon's
 * `Sentiment` shape: score = p(positive) - p(negative) in [-1, 1]; label = the most probable of
 * negative / neutral / positive for a 3-label model, and for a 2-label one (no neutral class)
 * positive or negative unless |score| < TWO_LABEL_NEUTRAL_BAND, then neutral.
 */
import { pipeline } from '@huggingface/transformers';
import type { Sentiment, SentimentLabel } from '../core/types.ts';
import type { Backend, LoadProgress } from './asr-types.ts';
import { SENTIMENT_CONFIG_FILES } from './model-catalog.ts';
import { PREFERENCE, SUFFIX } from './model-dtype.ts';

const SENTIMENT_ONNX = /^onnx\/model(_[a-z0-9]+)?\.onnx$/;

/** A 2-label model's score below this (in absolute value) is labelled neutral. */
export const TWO_LABEL_NEUTRAL_BAND = 0.5;

/** Whether a model folder's files have the layout of a transformers.js text classifier (and not Whisper's). */
export function isSentimentModelFiles(files: readonly string[]): boolean {
  return SENTIMENT_CONFIG_FILES.every((f) => files.includes(f)) && files.some((f) => SENTIMENT_ONNX.test(f));
}

/** The precision of onnx/model*.onnx to load on `backend` (q8 first on WASM, fp32 first in Node), or what is missing. */
export function chooseSentimentDtype(files: readonly string[], backend: Backend): { dtype: string } | { missing: string[] } {
  const have = new Set(files);
  const missing = SENTIMENT_CONFIG_FILES.filter((f) => !have.has(f));
  const dtype = PREFERENCE[backend].find((d) => have.has(`onnx/model${SUFFIX[d]}.onnx`));
  if (!dtype) missing.push('onnx/model*.onnx');
  return missing.length || !dtype ? { missing } : { dtype };
}

/** Which of our three labels a model's label names ('NEGATIVE', 'neutral', 'Positive', ...). */
export function canonicalLabel(name: string): SentimentLabel | null {
  const n = name.toLowerCase();
  if (n.startsWith('neg')) return 'negative';
  if (n.startsWith('neu')) return 'neutral';
  if (n.startsWith('pos')) return 'positive';
  return null;
}

/** Checks a model's id2label: every label must be negative / neutral / positive, with both poles. */
export function checkLabels(id2label: Record<string, string> | undefined): string | null {
  const names = Object.values(id2label ?? {});
  const labels = names.map(canonicalLabel);
  if (labels.some((l) => l === null)) return `labels ${JSON.stringify(names)} are not negative / neutral / positive`;
  if (!labels.includes('negative') || !labels.includes('positive')) return `labels ${JSON.stringify(names)} lack a positive and a negative class`;
  return null;
}

/** Label probabilities (as the pipeline returns them with top_k: null) to `Sentiment`. */
export function sentimentFromProbabilities(scored: readonly { label: string; score: number }[]): Sentiment {
  const p: Record<SentimentLabel, number> = { negative: 0, neutral: 0, positive: 0 };
  let hasNeutral = false;
  for (const { label, score } of scored) {
    const l = canonicalLabel(label);
    if (!l) continue;
    p[l] += score;
    hasNeutral ||= l === 'neutral';
  }
  const score = Math.max(-1, Math.min(1, Math.round((p.positive - p.negative) * 10_000) / 10_000));
  let label: SentimentLabel;
  if (hasNeutral) label = p.neutral >= p.positive && p.neutral >= p.negative ? 'neutral' : p.positive >= p.negative ? 'positive' : 'negative';
  else label = Math.abs(score) < TWO_LABEL_NEUTRAL_BAND ? 'neutral' : score > 0 ? 'positive' : 'negative';
  return { score, label };
}

export interface SentimentModel {
  readonly modelId: string;
  readonly backend: Backend;
  readonly dtype: string;
  score(text: string): Promise<Sentiment>;
  dispose(): Promise<void>;
}

interface ClassifierPipeline {
  (text: string, options: { top_k: null }): Promise<{ label: string; score: number }[]>;
  model: { config: { id2label?: Record<string, string> } };
  dispose(): Promise<void>;
}

export async function loadSentimentModel(
  modelId: string,
  opts: { loadId?: string; backend: Backend; dtype: string; onProgress?: (p: LoadProgress) => void },
): Promise<SentimentModel> {
  const classify = (await pipeline('text-classification', opts.loadId ?? modelId, {
    device: opts.backend,
    dtype: opts.dtype as never,
    progress_callback: opts.onProgress as never,
  })) as unknown as ClassifierPipeline;
  const bad = checkLabels(classify.model.config.id2label);
  if (bad) {
    await classify.dispose();
    throw new Error(`${modelId} is not a sentiment model: ${bad}`);
  }
  const model: SentimentModel = {
    modelId,
    backend: opts.backend,
    dtype: opts.dtype,
    async score(text) {
      if (!text.trim()) return { score: 0, label: 'neutral' };
      return sentimentFromProbabilities(await classify(text, { top_k: null }));
    },
    dispose: () => classify.dispose(),
  };
  await model.score('warm up'); // first run allocates; do it before a segment waits on it
  return model;
}
