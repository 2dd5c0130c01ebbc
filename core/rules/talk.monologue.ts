/**
 * talk.monologue: the rep speaks uninterrupted (rep segments with pauses under 5 s; a customer
 * backchannel under 1.5 s does not break it) for longer than the playbook's limit. One moment
 * per monologue, anchored at the segment where it crosses the limit, spanning the monologue so far.
 */
import { defineRule } from './define-rule.ts';
import type { MomentDraft } from '../types.ts';
import { isShortInterjection } from '../text/backchannel.ts';

/** A silence longer than this ends the monologue. */
const MAX_PAUSE_SECONDS = 5;
const EXCERPT_CHARS = 280;

export default defineRule({
  kind: 'talk.monologue',
  evaluate({ segments, playbook, at }): MomentDraft[] {
    const seg = segments[at];
    if (!seg || seg.speaker !== 'rep') return [];
    const limit = playbook.limits.monologueSeconds;
    let start = seg.start;
    let previousEnd: number | undefined; // end of the rep segment before `seg` in this monologue
    const texts = [seg.text];
    for (let k = at - 1; k >= 0; k--) {
      const s = segments[k];
      if (s.speaker === 'customer') {
        if (isShortInterjection(s)) continue;
        break;
      }
      if (start - s.end > MAX_PAUSE_SECONDS) break;
      previousEnd = Math.max(previousEnd ?? s.end, s.end);
      start = Math.min(start, s.start);
      if (previousEnd - start > limit) return []; // it crossed the limit before `seg`
      texts.unshift(s.text);
    }
    if (seg.end - start <= limit) return [];
    const text = texts.join(' ');
    return [
      {
        kind: 'talk.monologue',
        speaker: 'rep',
        start,
        end: seg.end,
        text: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text,
        severity: 'warning',
        segmentId: seg.id,
      },
    ];
  },
});
