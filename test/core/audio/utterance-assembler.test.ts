import { expect, it } from 'vitest';
import { UtteranceAssembler, type Utterance } from '../../../core/audio/utterance-assembler.ts';

const FRAME = 512;
const DT = FRAME / 16_000;

/** Feeds frames of `level` amplitude with probabilities `probs`; returns the utterances. */
function feed(a: UtteranceAssembler, probs: number[], level: (i: number) => number = (i) => (probs[i] >= 0.35 ? 0.3 : 0), t0 = 0): Utterance[] {
  const out: Utterance[] = [];
  probs.forEach((p, i) => out.push(...a.push(new Float32Array(FRAME).fill(level(i)), p, t0 + i * DT)));
  return out;
}
const run = (n: number, p: number) => Array<number>(n).fill(p);

it('speech between silences becomes one utterance with start/end on the frame grid, pre-roll audio and post-roll', () => {
  const a = new UtteranceAssembler();
  const u = feed(a, [...run(30, 0), ...run(40, 0.9), ...run(30, 0)]);
  expect(u).toHaveLength(1);
  expect(u[0].start).toBeCloseTo(30 * DT, 6);
  expect(u[0].end).toBeCloseTo(70 * DT, 6);
  // 15 frames of pre-roll (0.48 s), 40 of speech, 5 of post-roll (0.15 s).
  expect(u[0].audio.length).toBe((15 + 40 + 5) * FRAME);
  expect(u[0].audioStart).toBeCloseTo(15 * DT, 6);
});

it('refines the bounds by energy: a soft onset before the VAD fires and its lagging tail', () => {
  const a = new UtteranceAssembler();
  // Audible from frame 20 to 60; Silero fires only at 28 and decays until 70.
  const probs = [...run(28, 0.1), ...run(42, 0.9), ...run(30, 0)];
  const u = feed(a, probs, (i) => (i >= 20 && i < 60 ? 0.2 : 0));
  expect(u).toHaveLength(1);
  expect(u[0].start).toBeCloseTo(20 * DT, 6);
  expect(u[0].end).toBeCloseTo(60 * DT, 6);
});

it('leaves the VAD bounds alone when the background is as loud as the speech', () => {
  const u = feed(new UtteranceAssembler(), [...run(28, 0.1), ...run(42, 0.9), ...run(30, 0)], () => 0.2);
  expect(u[0].start).toBeCloseTo(28 * DT, 6);
  expect(u[0].end).toBeCloseTo(70 * DT, 6);
});

it('discards blips shorter than minSpeechSeconds and keeps short pauses inside an utterance', () => {
  const a = new UtteranceAssembler();
  expect(feed(a, [...run(10, 0), ...run(5, 0.9), ...run(30, 0)])).toEqual([]);
  const u = feed(new UtteranceAssembler(), [...run(10, 0), ...run(20, 0.9), ...run(10, 0.1), ...run(20, 0.9), ...run(30, 0)]);
  expect(u).toHaveLength(1);
});

it('cuts at maxSeconds and carries on with the next utterance', () => {
  const a = new UtteranceAssembler({ maxSeconds: 5 });
  const u = feed(a, [...run(5, 0), ...run(400, 0.9), ...run(30, 0)]);
  expect(u.length).toBeGreaterThanOrEqual(3);
  for (const x of u) expect(x.audio.length / 16_000).toBeLessThanOrEqual(5);
  for (let i = 1; i < u.length; i++) expect(u[i].start).toBeCloseTo(u[i - 1].end, 6);
  expect(u.at(-1)!.end).toBeCloseTo(405 * DT, 6);
});

it('flush ends an open utterance', () => {
  const a = new UtteranceAssembler();
  expect(feed(a, [...run(5, 0), ...run(20, 0.9)])).toEqual([]);
  const u = a.flush();
  expect(u).toHaveLength(1);
  expect(u[0].end).toBeCloseTo(25 * DT, 6);
  expect(a.flush()).toEqual([]);
});

it('pending: the utterance as it will end, once the post-roll is in; nothing while speech goes on or after it resumes', () => {
  const a = new UtteranceAssembler();
  expect(feed(a, [...run(20, 0), ...run(40, 0.9), ...run(4, 0)])).toEqual([]);
  expect(a.pending()).toBeNull(); // 4 silent frames: the 5-frame post-roll is not complete
  expect(feed(a, [0], undefined, 64 * DT)).toEqual([]);
  const early = a.pending();
  expect(early).not.toBeNull();
  // Speech resumes: nothing pending; silence again, then the hangover ends it.
  expect(feed(a, [0.9], undefined, 65 * DT)).toEqual([]);
  expect(a.pending()).toBeNull();
  const again = feed(a, run(5, 0), undefined, 66 * DT);
  expect(again).toEqual([]);
  const tentative = a.pending()!;
  const done = feed(a, run(20, 0), undefined, 71 * DT);
  expect(done).toHaveLength(1);
  expect(done[0].audio).toEqual(tentative.audio);
  expect(done[0].audioStart).toBe(tentative.audioStart);
  expect(done[0].audio.length).toBeGreaterThan(early!.audio.length);
});
