/**
 * The post-call run of the coaching engine: every per-segment rule at every segment, then the
 * call-level rules, with deterministic moment ids and suggestion cards from the playbook.
 * The live run (core/live-analyzer.ts) shares these building blocks and gives the same moments.
 */
import type { CallMetrics, Moment, MomentDraft, Playbook, Segment } from './types.ts';
import { learnedVetoes } from './text/cue-moment.ts';
import type { Rule } from './rules/define-rule.ts';
import { rules as registry } from './rules/index.ts';
import { computeMetrics } from './metrics/metrics-tracker.ts';
import { PrefixMemo } from './rules/prefix-memo.ts';
import { momentId } from './moment-id.ts';
import { cardFor } from './playbook.ts';
import { scoreSentiment, type SentimentScorer } from './sentiment/lexicon.ts';

export interface AnalyzeInput {
  /** The call's id (moment ids and `callId` derive from it); else the segments' callId. */
  call?: { id: string };
  segments: readonly Segment[];
  playbook: Playbook;
  /** Defaults to the registry in core/rules/index.ts. */
  rules?: readonly Rule[];
  /** Scores segments that have no sentiment yet; defaults to the lexicon scorer. */
  scoreSentiment?: SentimentScorer;
}

export interface AnalyzeResult {
  moments: Moment[];
  metrics: CallMetrics;
  /** The segments as analysed: sorted by start, every one with a sentiment. */
  segments: Segment[];
}

const SPEAKER_ORDER = { rep: 0, customer: 1 } as const;

/** Transcript order: start, then end, speaker and id, so that every run sorts alike. */
export function compareSegments(a: Segment, b: Segment): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SPEAKER_ORDER[a.speaker] - SPEAKER_ORDER[b.speaker] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function withSentiment(seg: Segment, score: SentimentScorer = scoreSentiment): Segment {
  return seg.sentiment ? seg : { ...seg, sentiment: score(seg.text) };
}

/** A rule's draft as a stored moment: id, callId, anchor segment and suggestion card. */
export function toMoment(draft: MomentDraft, callId: string, playbook: Playbook, anchor?: Segment): Moment {
  const moment: Moment = { ...draft, id: momentId(callId, draft), callId };
  const segmentId = draft.segmentId ?? anchor?.id;
  if (segmentId !== undefined) moment.segmentId = segmentId;
  const competitorCard = draft.competitor ? cardFor(playbook, `competitor:${draft.competitor}`) : undefined;
  const suggestion = competitorCard ?? draft.suggestion ?? cardFor(playbook, draft.kind);
  if (suggestion !== undefined) moment.suggestion = suggestion;
  else delete moment.suggestion;
  return moment;
}

/**
 * Moments anchored at `segments[at]`, from every per-segment rule in registry order. `memo`
 * belongs to the caller's analysis of `segments` (see rules/prefix-memo.ts).
 */
export function momentsAt(
  rules: readonly Rule[], segments: readonly Segment[], at: number, playbook: Playbook, callId: string, memo?: PrefixMemo,
): Moment[] {
  const out: Moment[] = [];
  const ctx = { segments, playbook, at, memo };
  for (const rule of rules) {
    if (!rule.evaluate) continue;
    for (const draft of rule.evaluate(ctx)) {
      // the learned layer's veto: a moment on this turn of a kind its model rules out
      if (draft.segmentId === segments[at].id && learnedVetoes(draft.kind, ctx)) continue;
      out.push(toMoment(draft, callId, playbook, segments[at]));
    }
  }
  return out;
}

/** Moments from the call-level rules; `memo` as the per-segment rules left it over `segments`, if they ran. */
export function callMoments(
  rules: readonly Rule[], segments: readonly Segment[], playbook: Playbook, callId: string, ended: boolean, memo?: PrefixMemo,
): Moment[] {
  const out: Moment[] = [];
  const ctx = { segments, playbook, ended, memo };
  for (const rule of rules) {
    if (!rule.evaluateCall) continue;
    for (const draft of rule.evaluateCall(ctx)) out.push(toMoment(draft, callId, playbook));
  }
  return out;
}

/** Adds moments to `into` by id; the first one seen wins. */
export function addUnique(into: Map<string, Moment>, moments: readonly Moment[]): void {
  for (const m of moments) if (!into.has(m.id)) into.set(m.id, m);
}

/** Final moment order: by start, then kind and id. */
export function sortMoments(moments: Iterable<Moment>): Moment[] {
  return [...moments].sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.id < b.id ? -1 : 1));
}

export function callIdOf(input: Pick<AnalyzeInput, 'call' | 'segments'>): string {
  return input.call?.id ?? input.segments[0]?.callId ?? 'call';
}

/** Analyses a whole call (post-call run, CLI, re-analysis after a playbook change). */
export function analyzeCall(input: AnalyzeInput): AnalyzeResult {
  const callId = callIdOf(input);
  const rules = input.rules ?? registry;
  const segments = input.segments.map((s) => withSentiment(s, input.scoreSentiment)).sort(compareSegments);
  const byId = new Map<string, Moment>();
  const memo = new PrefixMemo();
  for (let at = 0; at < segments.length; at++) addUnique(byId, momentsAt(rules, segments, at, input.playbook, callId, memo));
  addUnique(byId, callMoments(rules, segments, input.playbook, callId, true, memo));
  return { moments: sortMoments(byId.values()), metrics: computeMetrics(segments), segments };
}
