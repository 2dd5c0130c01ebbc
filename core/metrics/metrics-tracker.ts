/**
 * Call metrics (CallMetrics in core/types.ts), maintained incrementally: order-independent
 * sums are updated per segment in O(1); turn-taking figures (switches, pauses, monologues)
 * are extended in O(1) when a segment arrives in start order and rebuilt only when one
 * arrives out of order.
 */
import type { CallMetrics, Segment } from '../types.ts';
import { textStats } from './text-stats.ts';

/** A rep run ends at a customer utterance or at a silence longer than this (s). */
export const MONOLOGUE_GAP_SECONDS = 10;

interface Turns {
  switches: number;
  pauseSum: number;
  pauseCount: number;
  longestMonologue: number;
  runStart: number;
  runEnd: number;
  last: Segment | null;
}

const emptyTurns = (): Turns => ({
  switches: 0, pauseSum: 0, pauseCount: 0, longestMonologue: 0, runStart: -1, runEnd: -1, last: null,
});

function extendTurns(t: Turns, seg: Segment): void {
  const prev = t.last;
  if (prev && prev.speaker !== seg.speaker) {
    t.switches++;
    if (prev.speaker === 'customer') {
      t.pauseSum += Math.max(0, seg.start - prev.end);
      t.pauseCount++;
    }
  }
  if (seg.speaker === 'rep') {
    const continues = t.runStart >= 0 && prev?.speaker === 'rep' && seg.start - t.runEnd <= MONOLOGUE_GAP_SECONDS;
    if (!continues) t.runStart = seg.start;
    t.runEnd = continues ? Math.max(t.runEnd, seg.end) : seg.end;
    t.longestMonologue = Math.max(t.longestMonologue, t.runEnd - t.runStart);
  } else {
    t.runStart = -1;
  }
  t.last = seg;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface MetricsTracker {
  /**
   * Account for one more segment. Without `sorted` it is the latest by start; with it (the
   * start-sorted transcript that now includes it) the turn-taking figures are rebuilt.
   */
  add(seg: Segment, sorted?: readonly Segment[]): void;
  snapshot(): CallMetrics;
}

export function createMetricsTracker(): MetricsTracker {
  let repSeconds = 0, customerSeconds = 0, repWords = 0, fillers = 0, questions = 0;
  let sentimentSum = 0, sentimentCount = 0, sentimentMin = Infinity;
  let first = Infinity, lastEnd = -Infinity;
  let turns = emptyTurns();

  return {
    add(seg, sorted) {
      const seconds = Math.max(0, seg.end - seg.start);
      if (seg.speaker === 'rep') {
        const stats = textStats(seg.text);
        repSeconds += seconds;
        repWords += stats.words;
        fillers += stats.fillers;
        questions += stats.questions;
      } else {
        customerSeconds += seconds;
        if (seg.sentiment) {
          sentimentSum += seg.sentiment.score;
          sentimentCount++;
          sentimentMin = Math.min(sentimentMin, seg.sentiment.score);
        }
      }
      first = Math.min(first, seg.start);
      lastEnd = Math.max(lastEnd, seg.end);
      if (!sorted) {
        extendTurns(turns, seg);
      } else {
        turns = emptyTurns();
        for (const s of sorted) extendTurns(turns, s);
      }
    },
    snapshot() {
      const talk = repSeconds + customerSeconds;
      const duration = Number.isFinite(first) ? Math.max(0, lastEnd - first) : 0;
      const minutes = duration / 60;
      return {
        talkRatio: talk > 0 ? round(repSeconds / talk) : 0,
        repTalkSeconds: round(repSeconds, 2),
        customerTalkSeconds: round(customerSeconds, 2),
        longestMonologue: round(turns.longestMonologue, 2),
        interactivity: minutes > 0 ? round(turns.switches / minutes, 2) : 0,
        patience: turns.pauseCount > 0 ? round(turns.pauseSum / turns.pauseCount, 2) : 0,
        questionRate: minutes > 0 ? round(questions / minutes, 2) : 0,
        fillerRate: repWords > 0 ? round((fillers / repWords) * 100, 2) : 0,
        wordsPerMinute: repSeconds > 0 ? round(repWords / (repSeconds / 60), 1) : 0,
        customerSentimentMean: sentimentCount > 0 ? round(sentimentSum / sentimentCount) : null,
        customerSentimentMin: sentimentCount > 0 ? round(sentimentMin) : null,
        duration: round(duration, 2),
      };
    },
  };
}

/** Metrics of a whole call; `segments` sorted by start. */
export function computeMetrics(segments: readonly Segment[]): CallMetrics {
  const tracker = createMetricsTracker();
  for (const seg of segments) tracker.add(seg);
  return tracker.snapshot();
}
