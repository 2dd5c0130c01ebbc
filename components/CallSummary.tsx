import type { CallMetrics } from '../core/types.ts';
import { formatClock } from './format-clock.ts';

export interface CallSummaryProps {
  metrics: CallMetrics;
}

const pct = (v: number) => `${Math.round(v * 100)} %`;
const num = (v: number, digits = 1) => v.toFixed(digits);

/** The call's metrics as a definition list (post-call summary). */
export function CallSummary({ metrics: m }: CallSummaryProps) {
  const rows: [string, string][] = [
    ['Talk ratio (you)', pct(m.talkRatio)],
    ['Longest monologue', formatClock(m.longestMonologue)],
    ['Interactivity', `${num(m.interactivity)} switches/min`],
    ['Patience', `${num(m.patience)} s`],
    ['Questions', `${num(m.questionRate)} /min`],
    ['Filler words', `${num(m.fillerRate)} /100 words`],
    ['Pace', `${Math.round(m.wordsPerMinute)} words/min`],
    ['Customer sentiment', m.customerSentimentMean === null ? '—' : `${num(m.customerSentimentMean, 2)} (min ${num(m.customerSentimentMin ?? 0, 2)})`],
    ['Duration', formatClock(m.duration)],
  ];
  return (
    <dl class="ps-summary" aria-label="Call metrics">
      {rows.map(([k, v]) => (
        <div key={k} class="ps-summary-row">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
