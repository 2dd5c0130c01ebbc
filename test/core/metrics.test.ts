import { describe, expect, it } from 'vitest';
import { computeMetrics, createMetricsTracker } from '../../core/metrics/metrics-tracker.ts';
import { textStats } from '../../core/metrics/text-stats.ts';
import type { Segment } from '../../core/types.ts';

let n = 0;
const seg = (speaker: Segment['speaker'], start: number, end: number, text: string, score?: number): Segment => ({
  id: `s${n++}`, callId: 'c', speaker, start, end, text,
  ...(score === undefined ? {} : { sentiment: { score, label: score > 0 ? 'positive' : 'negative' } }),
});

// A 50-second call worked out by hand.
const call = [
  seg('rep', 0, 10, 'Hi, um, thanks for joining. How are things?'),
  seg('customer', 10.5, 15, 'Good, busy quarter.', 0.5),
  seg('rep', 16, 26, 'Let me show you the dashboard.'),
  seg('rep', 27, 40, 'It flags objections live, you know, as they happen.'),
  seg('customer', 39, 45, 'Wait, what does it cost?', -0.3),
  seg('rep', 46, 50, 'Does Tuesday work?'),
];

describe('call metrics', () => {
  it('match a call worked out by hand', () => {
    expect(computeMetrics(call)).toEqual({
      talkRatio: 0.779, // 37 s of 47.5 s
      repTalkSeconds: 37,
      customerTalkSeconds: 10.5,
      longestMonologue: 24, // 16 s to 40 s, two rep utterances with no customer between
      interactivity: 4.8, // 4 switches in 50 s
      patience: 1, // 1 s before each answer
      questionRate: 2.4, // 2 rep questions in 50 s
      fillerRate: 7.69, // "um" and "you know" in 26 rep words
      wordsPerMinute: 42.2, // 26 words in 37 s
      customerSentimentMean: 0.1,
      customerSentimentMin: -0.3,
      duration: 50,
    });
  });

  it('are zero or null for an empty call, and without customer sentiment', () => {
    expect(computeMetrics([])).toMatchObject({ talkRatio: 0, duration: 0, customerSentimentMean: null, customerSentimentMin: null });
    expect(computeMetrics([seg('rep', 0, 5, 'Hello?')])).toMatchObject({ talkRatio: 1, longestMonologue: 5, customerSentimentMean: null });
  });

  it('end a monologue at a long silence, and count an interruption as no patience', () => {
    const m = computeMetrics([seg('rep', 0, 30, 'a'), seg('rep', 45, 80, 'b'), seg('customer', 81, 90, 'c'), seg('rep', 88, 95, 'd')]);
    expect(m.longestMonologue).toBe(35);
    expect(m.patience).toBe(0);
  });

  it('give the same figures when a segment arrives out of order', () => {
    const tracker = createMetricsTracker();
    const order = [0, 1, 2, 4, 3, 5];
    const sorted: Segment[] = [];
    for (const i of order) {
      sorted.push(call[i]);
      sorted.sort((a, b) => a.start - b.start);
      tracker.add(call[i], sorted.at(-1) === call[i] ? undefined : sorted);
    }
    expect(tracker.snapshot()).toEqual(computeMetrics(call));
  });
});

describe('text stats', () => {
  it('count hesitations and verbal tics, not the same words used for meaning', () => {
    expect(textStats('Umm, I mean, like, it is basically fine, uh, you know?')).toEqual({ words: 11, fillers: 6, questions: 1 });
    expect(textStats('I like it and I mean it. Do you know Ahmed? Why?')).toMatchObject({ fillers: 0, questions: 2 });
    expect(textStats('')).toEqual({ words: 0, fillers: 0, questions: 0 });
  });
});
