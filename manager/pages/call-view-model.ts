import type { SentimentPoint } from '../../components/SentimentLine.tsx';
import type { CallMetrics, Moment, Segment, Sentiment } from '../../core/types.ts';
import type { CallDetail } from '../api.ts';

/** The server's rows (nullable columns) as the shared components' types (optional fields). */
export function toSegments(detail: CallDetail): Segment[] {
  return detail.segments.map(({ speakerName, updatedAt: _u, sentiment, ...s }) => ({
    ...s,
    speakerName: speakerName ?? undefined,
    sentiment: sentiment ? { score: sentiment.score, label: sentiment.label as Sentiment['label'] } : undefined,
  }));
}

export function toMoments(detail: CallDetail): Moment[] {
  return detail.moments.map(({ suggestion, competitor, segmentId, updatedAt: _u, ...m }) => ({
    ...m,
    kind: m.kind as Moment['kind'],
    suggestion: suggestion ?? undefined,
    competitor: competitor ?? undefined,
    segmentId: segmentId ?? undefined,
  }));
}

/** Customer sentiment over the call, one point per scored customer segment. */
export function customerSentiment(segments: readonly Segment[]): SentimentPoint[] {
  return segments.filter((s) => s.speaker === 'customer' && s.sentiment).map((s) => ({ t: s.start, score: s.sentiment!.score }));
}

const METRIC_KEYS: (keyof CallMetrics)[] = ['talkRatio', 'longestMonologue', 'interactivity', 'patience', 'questionRate', 'fillerRate', 'wordsPerMinute', 'duration'];

/** The extension's full metrics when it sent them (CallSummary needs every field), else undefined. */
export function fullMetrics(detail: CallDetail): CallMetrics | undefined {
  const m = detail.call.metrics;
  if (!m || !METRIC_KEYS.every((k) => typeof m[k] === 'number')) return undefined;
  return { customerSentimentMean: null, customerSentimentMin: null, repTalkSeconds: 0, customerTalkSeconds: 0, ...m } as CallMetrics;
}
