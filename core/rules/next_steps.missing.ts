/**
 * next_steps.missing (call-level): the call has ended, had some substance (at least four
 * segments), and no next step with a day or time was agreed. Anchored at the last segment.
 */
import { defineRule } from './define-rule.ts';
import nextSteps from './next_steps.ts';

const MIN_SEGMENTS = 4;

export default defineRule({
  kind: 'next_steps.missing',
  evaluateCall({ segments, playbook, ended, memo }) {
    if (!ended || segments.length < MIN_SEGMENTS) return [];
    for (let at = 0; at < segments.length; at++) {
      if ((nextSteps.evaluate?.({ segments, playbook, at, memo }) ?? []).length > 0) return [];
    }
    const last = segments.reduce((a, b) => (b.end > a.end ? b : a));
    return [
      {
        kind: 'next_steps.missing' as const,
        speaker: 'rep' as const,
        start: last.start,
        end: last.end,
        text: 'The call ended without a next step agreed for a specific day or time.',
        severity: 'warning' as const,
      },
    ];
  },
});
