import type { MomentDraft, Playbook, Segment } from '../types.ts';
import type { PrefixMemo } from './prefix-memo.ts';

export interface RuleContext {
  /** The transcript so far, sorted by start time. */
  readonly segments: readonly Segment[];
  readonly playbook: Playbook;
}

export interface SegmentRuleContext extends RuleContext {
  /**
   * Index of the segment being evaluated. A rule returns the moments anchored at
   * `segments[at]`, looking only at `segments[0..at]` (never ahead), so that the
   * live run (one segment at a time) and the post-call run agree.
   */
  readonly at: number;
  /**
   * Per-analysis scratch for values derived from `segments[0..i]` (see prefix-memo.ts); set by
   * the engine, absent when a rule is called directly. Results must not depend on it.
   */
  readonly memo?: PrefixMemo;
}

export interface CallRuleContext extends RuleContext {
  /** True once the call has ended (post-call run or the live run's final flush). */
  readonly ended: boolean;
  /**
   * The scratch the per-segment rules filled over these same segments (see SegmentRuleContext),
   * for a call-level rule that asks them again; absent when a rule is called directly.
   */
  readonly memo?: PrefixMemo;
}

export interface Rule {
  /** The moment kind this rule emits (`tracker.*` for playbook trackers). */
  readonly kind: string;
  /** Per-segment rule: moments anchored at `segments[at]`. */
  readonly evaluate?: (ctx: SegmentRuleContext) => MomentDraft[];
  /** Call-level rule (e.g. next_steps.missing): runs when the call ends. */
  readonly evaluateCall?: (ctx: CallRuleContext) => MomentDraft[];
}

/** Gives a rule its shape and types; returns its argument (like WXT's defineContentScript). */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}
