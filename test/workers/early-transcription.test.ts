// Early transcription (workers/speech-session.ts): an utterance is transcribed during the VAD's
// end-of-speech hangover, once its audio is final, and that result is used when it ends; speech
// that resumes wastes the run. A fake VAD (loud frame = speech) and a fake Whisper.
import { expect, it } from 'vitest';
import type { Segment } from '../../core/types.ts';
import type { SessionOptions } from '../../workers/asr-types.ts';
import { createSpeechSession } from '../../workers/speech-session.ts';
import type { Vad } from '../../workers/vad.ts';
import { createWorkQueue } from '../../workers/work-queue.ts';

const RATE = 16_000;
const speechProbability = (frame: Float32Array) => (Math.abs(frame[0]) > 0.1 ? 0.9 : 0.01);
const fakeVad: Vad = {
  createStream: () => ({
    probability: async (frame) => speechProbability(frame),
    probabilities: async (frames) => frames.map(speechProbability),
    reset: () => undefined,
  }),
  dispose: async () => undefined,
};

/** Speech (0.3) and silence (0) stretches in seconds, in 100 ms chunks. */
function audio(parts: [level: number, seconds: number][]): Float32Array {
  const out = new Float32Array(Math.round(parts.reduce((n, [, s]) => n + s, 0) * RATE));
  let at = 0;
  for (const [level, s] of parts) {
    out.fill(level, at, at + Math.round(s * RATE));
    at += Math.round(s * RATE);
  }
  return out;
}

async function runSession(pcm: Float32Array, opts: Partial<SessionOptions> = {}) {
  const calls: number[] = [];
  const segments: Segment[] = [];
  const session = createSpeechSession({ callId: 'c', ...opts }, (s) => void segments.push(s), {
    vad: fakeVad,
    queue: createWorkQueue(),
    async transcribe(pcm) {
      calls.push(pcm.length);
      return { text: 'we can start next week', avgLogprob: -0.2, tokens: 5 };
    },
    scoreSentiment: () => ({ score: 0, label: 'neutral' }),
  });
  for (let at = 0; at < pcm.length; at += RATE / 10) {
    await session.push('customer', pcm.slice(at, at + RATE / 10), at / RATE);
    await new Promise((r) => setTimeout(r, 1)); // chunks come in over time: the worker goes idle
  }
  const closed = await session.flush();
  return { calls, segments, closed };
}

it('transcribes an utterance once, during the hangover, and delivers that text', async () => {
  const { calls, segments, closed } = await runSession(audio([[0, 1], [0.3, 2], [0, 1.5]]));
  expect(segments).toHaveLength(1);
  expect(segments[0].text).toBe('we can start next week');
  expect(calls).toHaveLength(1);
  expect(closed.early).toEqual({ used: 1, wasted: 0 });
});

it('a pause shorter than the hangover wastes the early run; the utterance is transcribed whole', async () => {
  const { calls, segments, closed } = await runSession(audio([[0, 1], [0.3, 1], [0, 0.4], [0.3, 1], [0, 1.5]]));
  expect(segments).toHaveLength(1);
  expect(closed.early).toEqual({ used: 1, wasted: 1 });
  expect(calls).toHaveLength(2);
  expect(calls[1]).toBeGreaterThan(calls[0]);
});

it('off: one transcription after the hangover', async () => {
  const { calls, closed } = await runSession(audio([[0, 1], [0.3, 1], [0, 0.4], [0.3, 1], [0, 1.5]]), { earlyTranscription: false });
  expect(calls).toHaveLength(1);
  expect(closed.early).toEqual({ used: 0, wasted: 0 });
});
