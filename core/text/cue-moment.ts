/**
 * The shared body of the phrase rules: a moment at `segments[at]` when its speaker matches and
 * one of the kind's cues is live in its text.
 */
import type { MomentDraft, MomentKind, Segment, Severity, Speaker } from '../types.ts';
import { findCue, type Cue } from './find-cue.ts';

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

export function cueMoments(spec: CueRuleSpec, seg: Segment | undefined): MomentDraft[] {
  if (!seg || (spec.speaker && seg.speaker !== spec.speaker)) return [];
  return findCue(seg.text, spec.cues) || spec.general?.(seg.text) ? [segmentMoment(seg, spec.kind, spec.severity)] : [];
}
