import type { Query } from '../api.ts';
import { dayToMs } from '../format.ts';
import type { CallFilters } from '../store.ts';

/** Sentiment presets of the filter, as the server's min/max customer-sentiment bounds. */
const SENTIMENT: Record<CallFilters['sentiment'], { minSentiment?: number; maxSentiment?: number }> = {
  '': {},
  positive: { minSentiment: 0.2 },
  neutral: { minSentiment: -0.2, maxSentiment: 0.2 },
  negative: { maxSentiment: -0.2 },
};

/** The calls-list filters as GET /api/v1/calls query parameters (the "to" day is inclusive). */
export function filtersToQuery(f: CallFilters): Query {
  return {
    rep: f.rep || undefined,
    from: dayToMs(f.from),
    to: dayToMs(f.to, 1),
    kind: f.kind || undefined,
    ...SENTIMENT[f.sentiment],
    limit: 25,
  };
}
