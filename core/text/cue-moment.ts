/**
 * The shared body of the phrase rules: a moment at `segments[at]` when its speaker matches and
 * one of the kind's cues is live in its text (or, failing that, the learned layer flags it).
 */
import type { MomentDraft, MomentKind, Segment, Severity, Speaker } from '../types.ts';
import type { SegmentRuleContext } from '../rules/define-rule.ts';
import { findCue, type Cue } from './find-cue.ts';
import { modelSays, modelVetoes } from './segment-classifier.ts';

export interface CueRuleSpec {
  readonly kind: MomentKind;
  readonly severity: Severity;
  readonly cues: readonly Cue[];
  /** Who can trigger it; undefined = either speaker. */
  readonly speaker?: Speaker;
  /** The general topic x stance layer (general-layer.ts), tried when no phrase cue fires. */
  readonly general?: (text: string) => boolean;
}

/** A moment spanning the segment, with its text. */
export function segmentMoment(seg: Segment, kind: MomentKind, severity: Severity): MomentDraft {
  return { kind, speaker: seg.speaker, start: seg.start, end: seg.end, text: seg.text, severity, segmentId: seg.id };
}

/**
 * Whether the learned layer flags `kind` at `segments[at]` (segment-classifier.ts), unless the
 * playbook turned the layer off.
 */
export function learnedSays(kind: MomentKind, { segments, at, playbook }: SegmentRuleContext): boolean {
  return playbook.learnedLayer !== false && modelSays(kind, segments, at);
}

/**
 * Whether the learned layer rules `kind` out at `segments[at]` (its veto: a phrase rule's moment
 * there is dropped), unless the playbook turned the layer off.
 */
export function learnedVetoes(kind: MomentKind, { segments, at, playbook }: SegmentRuleContext): boolean {
  return playbook.learnedLayer !== false && modelVetoes(kind, segments, at);
}

/** The moment at `segments[at]` when a phrase cue, the general layer or the learned layer fires. */
export function cueMoments(spec: CueRuleSpec, ctx: SegmentRuleContext): MomentDraft[] {
  const seg = ctx.segments[ctx.at];
  if (!seg || (spec.speaker && seg.speaker !== spec.speaker)) return [];
  return findCue(seg.text, spec.cues) || spec.general?.(seg.text) || learnedSays(spec.kind, ctx)
    ? [segmentMoment(seg, spec.kind, spec.severity)]
    : [];
}
