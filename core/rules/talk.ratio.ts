/**
 * talk.ratio: the rep's share of talk time over the last `talkRatioWindowSeconds` rises above
 * `talkRatio`. Fires when it crosses above (once at least two minutes of the window are
 * covered) and re-arms after it drops back. Looks back only over the window; each segment's
 * share is computed once per analysis (the engine's memo), not again as the next one's `before`.
 */
import { defineRule } from './define-rule.ts';
import type { Segment } from '../types.ts';
import { segmentMoment } from '../text/cue-moment.ts';
import { memoized, type PrefixMemo } from './prefix-memo.ts';

/** Minimum span of call (s) inside the window before the ratio means anything. */
const MIN_COVERAGE_SECONDS = 120;
/** Utterances are at most ~30 s: anything starting earlier cannot reach into the window. */
const MAX_UTTERANCE_SECONDS = 60;

/** Starts, ends and speakers of `segments[0..i]` as plain number arrays (the window scan reads them often). */
interface Timeline {
  readonly starts: number[];
  readonly ends: number[];
  readonly rep: boolean[];
}

/** The timeline through `segments[at]`: the engine's memo series, filled forward (fresh arrays without a memo). */
function timelineThrough(segments: readonly Segment[], at: number, memo: PrefixMemo | undefined): Timeline {
  const line: Timeline = memo
    ? { starts: memo.get<number>('timeline:starts'), ends: memo.get<number>('timeline:ends'), rep: memo.get<boolean>('timeline:rep') }
    : { starts: [], ends: [], rep: [] };
  for (let k = line.starts.length; k <= at; k++) {
    line.starts.push(segments[k].start);
    line.ends.push(segments[k].end);
    line.rep.push(segments[k].speaker === 'rep');
  }
  return line;
}

/** The rep's share of talk in the window ending at segments[at].end, or undefined if too little is covered. */
function shareAt({ starts, ends, rep: isRep }: Timeline, at: number, window: number): number | undefined {
  const t = ends[at];
  const from = t - window;
  if (t - Math.max(from, starts[0]) < MIN_COVERAGE_SECONDS) return undefined;
  let rep = 0;
  let total = 0;
  for (let k = at; k >= 0 && starts[k] >= from - MAX_UTTERANCE_SECONDS; k--) {
    const spoken = Math.max(0, Math.min(ends[k], t) - Math.max(starts[k], from));
    total += spoken;
    if (isRep[k]) rep += spoken;
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
    const line = timelineThrough(segments, at, memo);
    const now = memoized(shares, at, () => shareAt(line, at, window));
    if (now === undefined || now <= talkRatio) return [];
    const before = at > 0 ? memoized(shares, at - 1, () => shareAt(line, at - 1, window)) : undefined;
    if (before !== undefined && before > talkRatio) return [];
    return [{ ...segmentMoment(seg, 'talk.ratio', 'warning'), speaker: 'rep' as const }];
  },
});
