import type { MomentKind, Severity } from '../core/types.ts';

const LABELS: Record<string, string> = {
  'objection.price': 'Price objection',
  'objection.timing': 'Timing objection',
  'objection.authority': 'Authority objection',
  'objection.competitor': 'Competitor mentioned',
  'objection.need': 'No-need objection',
  'objection.security': 'Security objection',
  buying_signal: 'Buying signal',
  next_steps: 'Next steps agreed',
  'next_steps.missing': 'No next steps',
  'risk.negative_sentiment': 'Negative sentiment',
  'risk.churn': 'Churn risk',
  'pricing.discussed': 'Pricing discussed',
  'talk.monologue': 'Monologue',
  'talk.ratio': 'Talking too much',
  'talk.filler': 'Filler words',
  'talk.interruption': 'Interruption',
};

/** A human label for a moment kind: `objection.price` -> "Price objection", `tracker.sso` -> "Tracker: sso". */
export function momentKindLabel(kind: MomentKind | string): string {
  if (kind.startsWith('tracker.')) return `Tracker: ${kind.slice('tracker.'.length)}`;
  return LABELS[kind] ?? kind;
}

/** Colour per severity; CSS custom properties let a page theme them (light/dark). */
export const SEVERITY_COLOR: Record<Severity, string> = {
  info: 'var(--ps-info, #2563eb)',
  warning: 'var(--ps-warning, #b45309)',
  critical: 'var(--ps-critical, #dc2626)',
};
