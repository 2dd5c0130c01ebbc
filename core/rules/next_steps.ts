/**
 * next_steps: a concrete next step with a day or time. Either a dated commitment ("I'll send
 * the proposal by Friday", anchored there) or a dated proposal accepted by the other side in
 * its reply to that turn ("Can we meet Thursday at 2?" / "Thursday works", anchored at the
 * acceptance). A deflected proposal ("let me check my calendar and get back to you") is none,
 * and so is an "okay" that opens a reply about something else. The proposer's own logistics
 * right after an accepted step ("Monday at ten, I'll send the invite") are the same step.
 */
import { defineRule, type SegmentRuleContext } from './define-rule.ts';
import { memoized } from './prefix-memo.ts';
import type { MomentDraft, Playbook, Segment } from '../types.ts';
import timing from './objection.timing.ts';
import { learnedSays, segmentMoment } from '../text/cue-moment.ts';
import { endsWithDatedAsk, isAcceptance, isDatedCommitment, isDatedProposal } from '../text/scheduling.ts';
import { takesNamedTime } from '../text/named-time.ts';

/** How far back an acceptance may look for its proposal. */
const LOOKBACK_SEGMENTS = 6;
const LOOKBACK_SECONDS = 120;
/** Segments after an accepted step in which the proposer's dated commitment is its logistics. */
const FOLLOW_ON_SEGMENTS = 2;

/**
 * Whether `segments[at]` accepts a dated proposal from the other side's turn just before it
 * (the replier may have said one short thing first).
 */
function acceptsProposal(segments: readonly Segment[], at: number): boolean {
  const reply = segments[at];
  // the reply restates and takes a time the other side just named ("Monday at two works great.")
  const prior = previousOtherTurn(segments, at);
  if (reply && prior && takesNamedTime(prior.text, reply.text)) return true;
  if (!reply || !isAcceptance(reply.text)) return false;
  let ownTurns = 0;
  let sawOther = false;
  for (let k = at - 1; k >= 0 && k >= at - LOOKBACK_SEGMENTS; k--) {
    const seg = segments[k];
    if (reply.start - seg.end > LOOKBACK_SECONDS) return false;
    if (seg.speaker === reply.speaker) {
      if (sawOther || isAcceptance(seg.text) || ++ownTurns >= 2) return false;
      continue;
    }
    sawOther = true;
    // A turn that itself accepts an earlier proposal is a reply, not a new proposal.
    if (isDatedProposal(seg.text)) return (!isDatedCommitment(seg.text) || endsWithDatedAsk(seg.text)) && !(isAcceptance(seg.text) && acceptsProposal(segments, k));
  }
  return false;
}

/** The other side's turn just before `at` (the replier may have said one short thing first). */
function previousOtherTurn(segments: readonly Segment[], at: number): Segment | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) if (segments[k].speaker !== segments[at].speaker) return segments[k];
  return undefined;
}

const NAMED_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/g;

/**
 * A dated commitment by the proposer right after the other side accepted its proposal, naming
 * no day the exchange had not named ("Monday at ten, I'll set up the accounts before then",
 * "I'll send the agreement this week"): the logistics of the agreed step, not a new one.
 * "…and I'll come back to you on pricing by Monday" after agreeing on Thursday is a new step.
 */
function followsAcceptedStep(segments: readonly Segment[], at: number): boolean {
  const seg = segments[at];
  for (let k = at - 1; k >= 0 && k >= at - FOLLOW_ON_SEGMENTS; k--) {
    if (segments[k].speaker === seg.speaker || !acceptsProposal(segments, k)) continue;
    const named = new Set<string>();
    for (let j = Math.max(0, k - LOOKBACK_SEGMENTS); j <= k; j++) for (const d of segments[j].text.toLowerCase().match(NAMED_DAY) ?? []) named.add(d);
    return (seg.text.toLowerCase().match(NAMED_DAY) ?? []).every((d) => named.has(d));
  }
  return false;
}

/**
 * A dated commitment that answers the other side's brush-off ("I'd rather you just email me
 * then" / "Okay, I'll email you around the fifteenth") complies with a deferral: no step agreed.
 */
function answersDeferral(segments: readonly Segment[], at: number, playbook: Playbook): boolean {
  const seg = segments[at];
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) {
    if (segments[k].speaker === seg.speaker) continue;
    return (timing.evaluate?.({ segments, playbook, at: k }) ?? []).length > 0;
  }
  return false;
}

/** Whether a next step is agreed at `segments[at]` (a pure function of `segments[0..at]`). */
function agreedAt(ctx: SegmentRuleContext): boolean {
  const { segments, playbook, at } = ctx;
  const seg = segments[at];
  const dated = acceptsProposal(segments, at) || (isDatedCommitment(seg.text) && !followsAcceptedStep(segments, at) && !answersDeferral(segments, at, playbook));
  return dated || learnedSays('next_steps', ctx);
}

export default defineRule({
  kind: 'next_steps',
  evaluate(ctx): MomentDraft[] {
    const seg = ctx.segments[ctx.at];
    if (!seg) return [];
    // kept in the engine's memo: next_steps.missing asks again of every segment when the call ends
    return memoized(ctx.memo?.get<boolean>('next_steps'), ctx.at, () => agreedAt(ctx)) ? [segmentMoment(seg, 'next_steps', 'info')] : [];
  },
});
