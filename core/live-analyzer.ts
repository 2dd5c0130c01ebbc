/**
 * The live (incremental) run of the coaching engine: one segment at a time, as the ASR
 * delivers them. Gives exactly the moments `analyzeCall` gives for the same transcript:
 * it keeps the per-segment rule results of every anchor, in transcript order, and merges them
 * the same way (first id wins). Segments from the two channels may arrive slightly out of
 * start order: they are inserted sorted and the rules re-run from the insertion point on.
 */
import type { CallMetrics, Moment, Playbook, Segment } from './types.ts';
import type { Rule } from './rules/define-rule.ts';
import { rules as registry } from './rules/index.ts';
import { createMetricsTracker } from './metrics/metrics-tracker.ts';
import { addUnique, callMoments, compareSegments, momentsAt, sortMoments, withSentiment } from './analyze.ts';
import type { SentimentScorer } from './sentiment/lexicon.ts';
import { PrefixMemo } from './rules/prefix-memo.ts';

export interface LiveAnalyzerOptions {
  callId: string;
  playbook: Playbook;
  rules?: readonly Rule[];
  scoreSentiment?: SentimentScorer;
}

export interface LiveUpdate {
  /** Moments not emitted before (or emitted with different content: store them by id). */
  moments: Moment[];
  /** Ids of moments emitted earlier that no longer hold (only after an out-of-order segment). */
  retracted: string[];
  metrics: CallMetrics;
}

export interface LiveEnd extends LiveUpdate {
  /** Every moment of the call, identical to `analyzeCall(...).moments`. */
  all: Moment[];
}

export interface LiveAnalyzer {
  push(segment: Segment): LiveUpdate;
  /** Runs the call-level rules (ended = true). Further pushes throw. */
  end(): LiveEnd;
  /** The transcript so far (sorted, with sentiment) and its moments, without ending. */
  snapshot(): { segments: readonly Segment[]; moments: Moment[]; metrics: CallMetrics };
}

/** Index after the last segment that sorts before or with `seg`. */
function insertionIndex(sorted: readonly Segment[], seg: Segment): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareSegments(sorted[mid], seg) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sameMoment = (a: Moment, b: Moment) => JSON.stringify(a) === JSON.stringify(b);

export function createLiveAnalyzer(options: LiveAnalyzerOptions): LiveAnalyzer {
  const { callId, playbook } = options;
  const rules = options.rules ?? registry;
  const sorted: Segment[] = [];
  /** slots[i]: the moments anchored at sorted[i], in rule order. */
  const slots: Moment[][] = [];
  const segmentsById = new Map<string, Segment>();
  let emitted = new Map<string, Moment>();
  let metrics = createMetricsTracker();
  let ended = false;
  /** The rules' per-index scratch over `sorted`; truncated wherever `sorted` changes. */
  const memo = new PrefixMemo();

  function merged(): Map<string, Moment> {
    const byId = new Map<string, Moment>();
    for (const slot of slots) addUnique(byId, slot);
    return byId;
  }

  /** Replaces `emitted` by `next`; returns what is new or changed, and what went away. */
  function diff(next: Map<string, Moment>): Omit<LiveUpdate, 'metrics'> {
    const moments = [...next.values()].filter((m) => {
      const old = emitted.get(m.id);
      return !old || !sameMoment(old, m);
    });
    const retracted = [...emitted.keys()].filter((id) => !next.has(id));
    emitted = next;
    return { moments, retracted };
  }

  function reevaluateFrom(from: number): void {
    memo.truncate(from);
    for (let i = from; i < sorted.length; i++) slots[i] = momentsAt(rules, sorted, i, playbook, callId, memo);
  }

  function push(input: Segment): LiveUpdate {
    if (ended) throw new Error('live analyzer: push() after end()');
    const seg = withSentiment(input, options.scoreSentiment);
    const previous = segmentsById.get(seg.id);
    const existing = previous ? sorted.indexOf(previous) : -1;
    segmentsById.set(seg.id, seg);
    if (existing >= 0) {
      // A replayed or re-transcribed segment: replace it and rebuild (rare).
      memo.truncate(existing);
      sorted.splice(existing, 1);
      slots.splice(existing, 1);
    }
    const at = insertionIndex(sorted, seg);
    memo.truncate(at);
    sorted.splice(at, 0, seg);
    slots.splice(at, 0, []);
    if (existing < 0 && at === sorted.length - 1) {
      slots[at] = momentsAt(rules, sorted, at, playbook, callId, memo);
      metrics.add(seg);
      const moments = slots[at].filter((m) => !emitted.has(m.id));
      addUnique(emitted, moments);
      return { moments: dedupe(moments), retracted: [], metrics: metrics.snapshot() };
    }
    reevaluateFrom(existing >= 0 ? Math.min(existing, at) : at);
    if (existing >= 0) {
      metrics = createMetricsTracker();
      for (const s of sorted) metrics.add(s);
    } else {
      metrics.add(seg, sorted);
    }
    return { ...diff(merged()), metrics: metrics.snapshot() };
  }

  return {
    push,
    end() {
      if (!ended) {
        ended = true;
        const all = merged();
        addUnique(all, callMoments(rules, sorted, playbook, callId, true, memo));
        const update = diff(all);
        return { ...update, all: sortMoments(all.values()), metrics: metrics.snapshot() };
      }
      return { moments: [], retracted: [], all: sortMoments(emitted.values()), metrics: metrics.snapshot() };
    },
    snapshot() {
      return { segments: sorted, moments: sortMoments(emitted.values()), metrics: metrics.snapshot() };
    },
  };
}

/** Drops repeated ids within one slot (first wins), as the post-call merge does. */
function dedupe(moments: Moment[]): Moment[] {
  const seen = new Set<string>();
  return moments.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}
