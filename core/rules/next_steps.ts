/**
 * next_steps: a concrete next step with a day or time. Either a dated commitment ("I'll send
 * the proposal by Friday", anchored there) or a dated proposal by one side accepted by the other
 * within their next two turns ("Can we meet Thursday at 2?" / "Thursday works", anchored at the
 * acceptance). A deflected proposal ("let me check my calendar and get back to you") is none.
 */
import { defineRule } from './define-rule.ts';
import type { MomentDraft, Segment } from '../types.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import { isAcceptance, isDatedCommitment, isDatedProposal } from '../text/scheduling.ts';

/** How far back an acceptance may look for its proposal. */
const LOOKBACK_SEGMENTS = 6;
const LOOKBACK_SECONDS = 120;

function acceptsProposal(segments: readonly Segment[], at: number): boolean {
  const reply = segments[at];
  if (!reply || !isAcceptance(reply.text)) return false;
  let ownTurns = 0;
  for (let k = at - 1; k >= 0 && k >= at - LOOKBACK_SEGMENTS; k--) {
    const seg = segments[k];
    if (reply.start - seg.end > LOOKBACK_SECONDS) return false;
    if (seg.speaker === reply.speaker) {
      if (isAcceptance(seg.text) || ++ownTurns >= 2) return false;
      continue;
    }
    if (isDatedProposal(seg.text)) return !isDatedCommitment(seg.text);
  }
  return false;
}

export default defineRule({
  kind: 'next_steps',
  evaluate({ segments, at }): MomentDraft[] {
    const seg = segments[at];
    if (!seg) return [];
    if (isDatedCommitment(seg.text) || acceptsProposal(segments, at)) return [segmentMoment(seg, 'next_steps', 'info')];
    return [];
  },
});
