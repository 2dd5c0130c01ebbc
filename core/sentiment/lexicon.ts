/**
 * Lexicon sentiment scorer: VADER (vader-sentiment, its lexicon bundled inside the package),
 * usable in Node, the side panel bundle and Web Workers (no fs, no network).
 * A transformer classifier may replace it behind the same `SentimentScorer` interface.
 */
import vader from 'vader-sentiment';
import type { Sentiment, SentimentLabel } from '../types.ts';

export type SentimentScorer = (text: string) => Sentiment;

/** VADER's own thresholds on the compound score (Hutto & Gilbert 2014). */
export const POSITIVE_THRESHOLD = 0.05;
export const NEGATIVE_THRESHOLD = -0.05;

export function labelFor(score: number): SentimentLabel {
  if (score >= POSITIVE_THRESHOLD) return 'positive';
  if (score <= NEGATIVE_THRESHOLD) return 'negative';
  return 'neutral';
}

/** Scores one utterance: `score` is VADER's compound in [-1, 1], rounded to 4 decimals. */
export const scoreSentiment: SentimentScorer = (text) => {
  const trimmed = text.trim();
  if (!trimmed) return { score: 0, label: 'neutral' };
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(trimmed);
  const score = Math.max(-1, Math.min(1, Math.round(compound * 10_000) / 10_000));
  return { score, label: labelFor(score) };
};
