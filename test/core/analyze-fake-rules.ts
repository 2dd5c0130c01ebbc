/**
 * Fake rules for engine tests: small stand-ins with the same contract as core/rules/*, so the
 * engine's merging, ids, cards and live/post-call equality are tested whatever the real
 * registry holds at the moment. Each looks backward the way real rules do.
 */
import { defineRule, type Rule } from '../../core/rules/define-rule.ts';
import type { MomentDraft, Segment } from '../../core/types.ts';

const draft = (seg: Segment, kind: string, extra: Partial<MomentDraft> = {}): MomentDraft => ({
  kind: kind as MomentDraft['kind'], speaker: seg.speaker, start: seg.start, end: seg.end, text: seg.text, severity: 'warning', ...extra,
});

/** Customer mentions price: anchored at the segment, no segmentId given (the engine fills it). */
export const fakePriceRule = defineRule({
  kind: 'objection.price',
  evaluate: ({ segments, at }) => {
    const seg = segments[at];
    return seg.speaker === 'customer' && /\b(price|expensive|budget)/i.test(seg.text) ? [draft(seg, 'objection.price')] : [];
  },
});

/** Customer names a playbook competitor: one moment per competitor. */
export const fakeCompetitorRule = defineRule({
  kind: 'objection.competitor',
  evaluate: ({ segments, at, playbook }) => {
    const seg = segments[at];
    if (seg.speaker !== 'customer') return [];
    return playbook.competitors
      .filter((c) => seg.text.toLowerCase().includes(c.toLowerCase()))
      .map((competitor) => draft(seg, 'objection.competitor', { competitor, segmentId: seg.id }));
  },
});

/** Rep starts while the latest earlier customer segment is still running (looks back). */
export const fakeInterruptionRule = defineRule({
  kind: 'talk.interruption',
  evaluate: ({ segments, at }) => {
    const seg = segments[at];
    if (seg.speaker !== 'rep') return [];
    for (let i = at - 1; i >= 0 && i >= at - 5; i--) {
      const prev = segments[i];
      if (prev.speaker === 'customer' && prev.end > seg.start + 0.3) return [draft(seg, 'talk.interruption', { severity: 'info' })];
    }
    return [];
  },
});

/** Rep run longer than the limit, anchored at the run's start: fires at each later segment, same id. */
export const fakeMonologueRule = defineRule({
  kind: 'talk.monologue',
  evaluate: ({ segments, at, playbook }) => {
    const seg = segments[at];
    if (seg.speaker !== 'rep') return [];
    let first = at;
    while (first > 0 && segments[first - 1].speaker === 'rep') first--;
    const start = segments[first].start;
    if (seg.end - start <= playbook.limits.monologueSeconds) return [];
    return [{ ...draft(seg, 'talk.monologue'), start, segmentId: segments[first].id }];
  },
});

/** Call-level: no customer agreement to a day before the end. */
export const fakeNextStepsMissingRule = defineRule({
  kind: 'next_steps.missing',
  evaluateCall: ({ segments, ended }) => {
    const last = segments.at(-1);
    if (!ended || !last || segments.some((s) => s.speaker === 'customer' && /\b(monday|tuesday|wednesday|thursday|friday)\b/i.test(s.text))) return [];
    return [draft(last, 'next_steps.missing', { severity: 'critical' })];
  },
});

export const fakeRules: readonly Rule[] = [fakePriceRule, fakeCompetitorRule, fakeInterruptionRule, fakeMonologueRule, fakeNextStepsMissingRule];
