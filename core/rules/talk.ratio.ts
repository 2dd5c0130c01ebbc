/**
 * talk.ratio: the rep's share of talk time over the last `talkRatioWindowSeconds` rises above
 * `talkRatio`. Fires when it crosses above (once at least two minutes of the window are
 * covered) and re-arms after it drops back. Looks back only over the window; each segment's
 * share is computed once per analysis (the engine's memo), not again as the next one's `before`.
 */
import { defineRule } from './define-rule.ts';
import type { Segment } from '../types.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import { memoized } from './prefix-memo.ts';

/** Minimum span of call (s) inside the window before the ratio means anything. */
const MIN_COVERAGE_SECONDS = 120;
/** Utterances are at most ~30 s: anything starting earlier cannot reach into the window. */
const MAX_UTTERANCE_SECONDS = 60;

/** The rep's share of talk in the window ending at segments[at].end, or undefined if too little is covered. */
function shareAt(segments: readonly Segment[], at: number, window: number): number | undefined {
  const t = segments[at].end;
  const from = t - window;
  if (t - Math.max(from, segments[0].start) < MIN_COVERAGE_SECONDS) return undefined;
  let rep = 0;
  let total = 0;
  for (let k = at; k >= 0 && segments[k].start >= from - MAX_UTTERANCE_SECONDS; k--) {
    const s = segments[k];
    const spoken = Math.max(0, Math.min(s.end, t) - Math.max(s.start, from));
    total += spoken;
    if (s.speaker === 'rep') rep += spoken;
  }
  return total > 0 ? rep / total : undefined;
}

export default defineRule({
  kind: 'talk.ratio',
  evaluate({ segments, playbook, at, memo }) {
    const seg = segments[at];
    if (!seg) return [];
    const { talkRatio, talkRatioWindowSeconds: window } = playbook.limits;
    // The share at at-1 is the one the previous segment computed: kept in the engine's memo.
    const shares = memo?.get<number | undefined>(`talk.ratio:${window}`);
    const now = memoized(shares, at, () => shareAt(segments, at, window));
    if (now === undefined || now <= talkRatio) return [];
    const before = at > 0 ? memoized(shares, at - 1, () => shareAt(segments, at - 1, window)) : undefined;
    if (before !== undefined && before > talkRatio) return [];
    return [{ ...segmentMoment(seg, 'talk.ratio', 'warning'), speaker: 'rep' as const }];
  },
});
