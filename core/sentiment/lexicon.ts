/**
 * Lexicon sentiment scorer: VADER (vader-sentiment, its lexicon bundled inside the package),
 * usable in Node, the side panel bundle and Web Workers (no fs, no network).
 * A transformer classifier may replace it behind the same `SentimentScorer` interface.
 */
import vader from 'vader-sentiment';
import type { Sentiment, SentimentLabel } from '../types.ts';
import { CANDOUR, salesValence } from './sales-lexicon.ts';

export type SentimentScorer = (text: string) => Sentiment;

/** VADER's own thresholds on the compound score (Hutto & Gilbert 2014). */
export const POSITIVE_THRESHOLD = 0.05;
export const NEGATIVE_THRESHOLD = -0.05;

export function labelFor(score: number): SentimentLabel {
  if (score >= POSITIVE_THRESHOLD) return 'positive';
  if (score <= NEGATIVE_THRESHOLD) return 'negative';
  return 'neutral';
}

/** VADER's normalisation constant: compound = sum / sqrt(sum² + ALPHA). */
const ALPHA = 15;
const toRawSum = (compound: number) => compound * Math.sqrt(ALPHA / Math.max(1e-6, 1 - compound * compound));
const normalize = (sum: number) => sum / Math.sqrt(sum * sum + ALPHA);

/**
 * Scores one utterance: VADER's compound in [-1, 1] (rounded to 4 decimals), with the
 * sales-call phrases of sales-lexicon.ts added to VADER's raw sum.
 */
export const scoreSentiment: SentimentScorer = (text) => {
  const trimmed = text.replace(CANDOUR, '').trim();
  if (!trimmed) return { score: 0, label: 'neutral' };
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(trimmed);
  const domain = salesValence(trimmed);
  const adjusted = domain === 0 ? compound : normalize(toRawSum(compound) + domain);
  const score = Math.max(-1, Math.min(1, Math.round(adjusted * 10_000) / 10_000));
  return { score, label: labelFor(score) };
};
