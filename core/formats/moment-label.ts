import type { MomentKind } from '../types.ts';

const LABELS: Record<string, string> = {
  'objection.price': 'Objection: price',
  'objection.timing': 'Objection: timing',
  'objection.authority': 'Objection: authority',
  'objection.competitor': 'Objection: competitor',
  'objection.need': 'Objection: no need',
  'objection.security': 'Objection: security',
  buying_signal: 'Buying signal',
  next_steps: 'Next steps agreed',
  'next_steps.missing': 'No next steps',
  'risk.negative_sentiment': 'Negative sentiment',
  'risk.churn': 'Churn risk',
  'pricing.discussed': 'Pricing discussed',
  'talk.monologue': 'Monologue',
  'talk.ratio': 'Talk ratio',
  'talk.filler': 'Filler words',
  'talk.interruption': 'Interruption',
};

/** A moment kind as a person reads it: `objection.price` -> `Objection: price`. */
export function momentLabel(kind: MomentKind | string): string {
  if (kind.startsWith('tracker.')) return `Tracker: ${kind.slice('tracker.'.length)}`;
  return LABELS[kind] ?? kind;
}
